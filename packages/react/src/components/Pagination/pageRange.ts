/** A page number, or a gap of hidden pages shown as an ellipsis. */
export type PageRangeItem = number | 'gap-start' | 'gap-end';

/**
 * The pages to show for `page` of `count`: always the first and last page, the current page
 * with `siblings` neighbours on each side, and a gap where pages are left out. The number of
 * slots stays the same on every page (2 × siblings + 5), so the buttons do not jump about
 * while someone clicks "Nästa". A gap never stands for a single page: that page is shown.
 */
export function pageRange(page: number, count: number, siblings: number): PageRangeItem[] {
  const slots = 2 * siblings + 5;
  const all = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  if (count <= slots) return all(1, count);
  // Near the start or the end, the block of pages grows into the side without a gap.
  const edge = 2 * siblings + 3;
  if (page <= siblings + 3) return [...all(1, edge), 'gap-end', count];
  if (page >= count - siblings - 2) return [1, 'gap-start', ...all(count - edge + 1, count)];
  return [1, 'gap-start', ...all(page - siblings, page + siblings), 'gap-end', count];
}
