// "Which component for X": a small scored text match over the manifest — names, Swedish and
// English descriptions, usage rules and prop descriptions. Swedish letters are folded
// (å, ä → a; ö → o) so "kryssruta", "kryssrutor" and "kryssrutа" typed without å/ä/ö still match,
// and short word stems let inflected forms and compounds meet ("knappar" → "knapp").
import type { Manifest, ManifestComponent } from './manifest.js';

/** Lower case without diacritics: "Överblick Åtgärd" → "overblick atgard". */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

// Words that say nothing about which component is meant.
const STOP_WORDS = new Set(
  fold(
    'a an the and or of for to in on with without which what how i my we is are be can should use want need ' +
      'component components komponent komponenten komponenter en ett den det de och eller att for till i pa med ' +
      'utan vilken vilket vilka hur jag vi ska kan vill behover som ar av om nar inte',
  ).split(' '),
);

/** Query words worth matching, folded. */
export function queryTerms(query: string): string[] {
  const words = fold(query).match(/[a-z0-9]+/g) ?? [];
  return [...new Set(words.filter((word) => word.length > 1 && !STOP_WORDS.has(word)))];
}

/** A stem that meets Swedish and English inflections: "knappar" → "knap", "options" → "optio". */
function stem(term: string): string {
  return term.length > 5 ? term.slice(0, Math.max(4, term.length - 2)) : term;
}

function words(text: string | null | undefined): string[] {
  return text ? (fold(text).match(/[a-z0-9]+/g) ?? []) : [];
}

/** How well a text matches one term: whole word 1, a word starting with the stem 0.75, inside a compound 0.5. */
function termMatch(term: string, textWords: string[]): number {
  const s = stem(term);
  let best = 0;
  for (const word of textWords) {
    if (word === term) return 1;
    if (word.startsWith(s)) best = Math.max(best, 0.75);
    else if (s.length >= 5 && word.includes(s)) best = Math.max(best, 0.5);
  }
  return best;
}

interface Field {
  weight: number;
  words: string[];
  label: string;
}

function fieldsOf(component: ManifestComponent): Field[] {
  const join = (list: (string | null | undefined)[]) => list.filter(Boolean).join(' ');
  // The name split into its parts too: "CheckboxGroup" → "checkbox group".
  const nameParts = component.name.replace(/([a-z])([A-Z])/g, '$1 $2');
  return [
    { weight: 10, words: words(`${component.name} ${nameParts}`), label: 'name' },
    // The page heading carries the Swedish name: "Checkbox (kryssruta)".
    { weight: 8, words: words(component.docs?.heading), label: 'Swedish name' },
    { weight: 4, words: words(join([component.description.sv, component.summary.sv])), label: 'Swedish description' },
    { weight: 4, words: words(join([component.description.en, component.summary.en])), label: 'English description' },
    { weight: 3, words: words(join(component.usage.whenToUse)), label: 'when to use' },
    { weight: 1, words: words(join([...component.usage.contentGuidance, ...component.accessibility])), label: 'guidance' },
    {
      weight: 1,
      words: words(join(component.props.flatMap((p) => [p.name, p.description.en, p.description.sv]))),
      label: 'props',
    },
  ];
}

export interface SearchHit {
  component: ManifestComponent;
  score: number;
  /** Where the query matched, for the answer's explanation. */
  matched: string[];
}

/**
 * Ranks the components for a free-text need ("ett fält för personnummer", "show an error list").
 * "När du inte ska använda den" rules that point elsewhere ("Många alternativ: använd `Select`")
 * give the component they name a lift when the query matches the rule.
 */
export function searchComponents(manifest: Manifest, query: string, limit = 5): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const scores = new Map<string, SearchHit>();
  const hit = (component: ManifestComponent) => {
    let entry = scores.get(component.name);
    if (!entry) scores.set(component.name, (entry = { component, score: 0, matched: [] }));
    return entry;
  };
  const byName = new Map(manifest.components.map((c) => [c.name, c]));

  // Rare words decide more than common ones: "skärmläsare" says more than "text", which nearly
  // every component mentions (inverse document frequency over the components).
  const fields = new Map(manifest.components.map((c) => [c.name, fieldsOf(c)]));
  const total = manifest.components.length;
  const weightOf = new Map(
    terms.map((term) => {
      const frequency = manifest.components.filter((c) => fields.get(c.name)!.some((f) => termMatch(term, f.words) > 0)).length;
      return [term, Math.log(1 + total / Math.max(1, frequency))];
    }),
  );
  const matchedTerms = new Map<string, Set<string>>();
  const lift = new Map<string, number>();

  for (const component of manifest.components) {
    for (const field of fields.get(component.name)!) {
      let sum = 0;
      for (const term of terms) {
        const match = termMatch(term, field.words);
        if (match === 0) continue;
        sum += match * weightOf.get(term)!;
        const seen = matchedTerms.get(component.name) ?? new Set<string>();
        matchedTerms.set(component.name, seen.add(term));
      }
      if (sum > 0) {
        const entry = hit(component);
        entry.score += sum * field.weight;
        if (!entry.matched.includes(field.label)) entry.matched.push(field.label);
      }
    }
    for (const rule of component.usage.whenNotToUse) {
      const ruleWords = words(rule);
      const sum = terms.reduce((acc, term) => acc + termMatch(term, ruleWords) * weightOf.get(term)!, 0);
      if (sum === 0) continue;
      for (const [, named] of rule.matchAll(/`([A-Z][A-Za-z]+)`/g)) {
        const target = named ? byName.get(named) : undefined;
        if (!target || target === component) continue;
        // The strongest recommendation counts, not their number: a component that many others
        // point to (TextField, "for free text") must not outrank the real answer by volume.
        lift.set(target.name, Math.max(lift.get(target.name) ?? 0, sum * 3));
        const entry = hit(target);
        const label = `recommended by ${component.name}'s rules`;
        if (!entry.matched.includes(label)) entry.matched.push(label);
      }
    }
  }
  for (const [name, value] of lift) scores.get(name)!.score += value;
  // A component that matches more of the query's words ranks above one that matches one word
  // many times.
  for (const entry of scores.values()) {
    const covered = matchedTerms.get(entry.component.name)?.size ?? 0;
    entry.score *= (1 + covered) / (1 + terms.length);
  }
  // Far weaker matches (a word met in passing) are noise next to a clear answer.
  const best = Math.max(0, ...[...scores.values()].map((entry) => entry.score));
  // A part (Radio) shares its page with its parent; rank it just below when both match equally.
  return [...scores.values()]
    .filter((entry) => entry.score > 0 && entry.score >= best * 0.15)
    .sort((a, b) => b.score - a.score || Number(a.component.parent !== null) - Number(b.component.parent !== null) || a.component.name.localeCompare(b.component.name))
    .slice(0, Math.max(1, limit));
}

/** Case-insensitive lookup by name; `undefined` when there is no such component. */
export function findComponent(manifest: Manifest, name: string): ManifestComponent | undefined {
  const wanted = fold(name.trim().replace(/^<|\/?>$/g, ''));
  return manifest.components.find((component) => fold(component.name) === wanted);
}
