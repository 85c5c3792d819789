// Variants are data attributes on the component's class (theme/styles.ts componentVariants).
// `look(element)` is what decides how an element is styled: its classes plus its data-* attributes.
export function look(element: Element | null | undefined): string {
  if (!element) throw new Error('look(): no element');
  const data = Array.from(element.attributes)
    .filter((attribute) => attribute.name.startsWith('data-') && !attribute.name.startsWith('data-testid'))
    .map((attribute) => `${attribute.name}=${attribute.value}`)
    .sort();
  return [element.getAttribute('class') ?? '', ...data].join(' ');
}
