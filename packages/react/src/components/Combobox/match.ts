// Matching of typed text against option labels, Swedish rules. Pure: no DOM, no React, so it runs
// on the server and in tests as it runs in the browser.
//
// The decision (documented on the docs page):
// - Case never matters ("hisingen" finds "Hisingen").
// - Accents that are not Swedish letters do not matter: "linne" finds "Majorna-Linné", "e" finds "é".
// - å, ä and ö are letters of their own in Swedish (they sort after z): "a" does NOT find "å",
//   "o" does NOT find "ö". Intl.Collator('sv', { sensitivity: 'base' }) says exactly this, and also
//   treats æ as ä and ø as ö (Danish and Norwegian spellings) and ü as y.
// - Only when NOTHING matches by Swedish rules do we try once more with the rings and dots
//   ignored ("Orgryte" then finds "Örgryte-Härlanda"). People on a keyboard without å/ä/ö (a
//   visitor, a phone set to another language) would otherwise get "Inga träffar" for a place that
//   exists, while a Swedish typist, who typed the real letter, never sees a wrong "a"/"å" mix.

/** Where the typed text was found in a label: `[start, end)` in UTF-16 code units. */
export type MatchRange = readonly [start: number, end: number];

// Built on first use: constructing collators at import time would cost every page that only
// imports the package.
let swedish: Intl.Collator | undefined;
let loose: Intl.Collator | undefined;

function collator(strict: boolean): Intl.Collator {
  if (strict) return (swedish ??= new Intl.Collator('sv', { sensitivity: 'base', usage: 'search' }));
  // The root collation has no Swedish letters: å, ä, ö are a and o with marks, so they fold.
  return (loose ??= new Intl.Collator('und', { sensitivity: 'base', usage: 'search' }));
}

/**
 * Finds `query` inside `label` (anywhere, first place found), ignoring case and non-Swedish
 * accents; `strict` (the default) keeps å, ä, ö apart from a and o. Returns the range to
 * highlight, or `null`. An empty or blank query matches nothing (`null`).
 */
export function findMatch(label: string, query: string, strict = true): MatchRange | null {
  const text = label.normalize('NFC');
  const wanted = query.normalize('NFC').trim();
  if (wanted === '') return null;
  const compare = collator(strict).compare;
  const length = wanted.length;
  for (let start = 0; start + length <= text.length; start += 1) {
    if (compare(text.slice(start, start + length), wanted) === 0) return [start, start + length];
  }
  return null;
}

/**
 * Matches every label against `query` by Swedish rules; when none matches, again with å, ä, ö
 * folded to a and o. Returns one entry per label: its range, or `null` when it does not match.
 */
export function matchLabels(labels: readonly string[], query: string): Array<MatchRange | null> {
  const strict = labels.map((label) => findMatch(label, query));
  if (strict.some(Boolean) || query.trim() === '') return strict;
  return labels.map((label) => findMatch(label, query, false));
}
