// Finds Swedish in text that should be English or Arabic: the letters å, ä, ö and common
// Swedish words that are not English words. Tuned on the English demo content of the stories
// (tests/locale/swedish.test.ts proves it flags Swedish and leaves English alone).

/**
 * Frequent Swedish words in form and page copy that are not English words (words with å, ä or ö
 * are caught by their letters). Left out on purpose, because they are English words too: till,
 * den, visa, vi, om, av, du, var, dig, ort, ny, nu, bra.
 */
const swedishWords = new Set([
  'och', 'att', 'inte', 'eller', 'som', 'ett', 'det', 'med', 'har', 'ditt', 'dina', 'din', 'oss', 'vill',
  'alla', 'inga', 'ingen', 'mer', 'kan', 'ska', 'finns', 'igen', 'jag', 'ja', 'nej', 'hej', 'tack',
  'ange', 'skicka', 'namn', 'fel', 'sida', 'sidan', 'sidor', 'exempel', 'adress', 'adressen',
  'postnummer', 'telefon', 'telefonnummer', 'epost', 'fyll', 'kryssa', 'obligatorisk', 'obligatoriskt',
  'valfri', 'valfritt', 'avbryt', 'spara', 'stad', 'kommun', 'barn', 'skola', 'nyheter', 'kontakta',
  'senast', 'tillbaka', 'meddelande', 'beskrivning', 'villkor', 'kvittens', 'bygglov', 'parkering',
  'avgift', 'belopp', 'antal', 'personer', 'webbplats', 'gatuadress', 'efternamn', 'mobilnummer',
  'personnummer', 'vanligen', 'vara', 'nytt', 'nya', 'inloggad', 'logga',
]);

/**
 * Proper names that stay Swedish in every language: the city's name (the brand), its districts,
 * the river and the place names the stories use, which English pages write as they are.
 */
const properNames =
  /Göteborgs Stad|Göteborgs?(?![\p{L}])|Örgryte-Härlanda|Västra Göteborg|Östra Göteborg|Västra Hisingen|Askim-Frölunda-Högsbo|Göta älv|Gläntan/giu;

/** The Swedish words and å/ä/ö words in a text, in order, without repeats. */
export function findSwedish(text: string): string[] {
  const found = new Set<string>();
  // Addresses are not prose: `goteborgs.stad@goteborg.se`, `https://goteborg.se/sok`.
  const prose = text.replace(/\S+@\S+|\b(?:https?:\/\/|www\.)\S+/g, ' ').replace(properNames, ' ');
  for (const raw of prose.split(/[^\p{L}]+/u)) {
    const word = raw.toLowerCase();
    if (!word) continue;
    if (/[åäö]/.test(word) || swedishWords.has(word)) found.add(raw);
  }
  return [...found];
}

/** True when the text has Arabic script (U+0600–U+06FF). */
export function hasArabic(text: string): boolean {
  return /[\u0600-\u06FF]/.test(text);
}

const skipped = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
// Shown or read text in attributes (labels for icons, image text, placeholders, tooltips).
const textAttributes = ['aria-label', 'alt', 'placeholder', 'title'];
// Inputs whose `value` is text on the screen.
const textInputs = new Set(['text', 'email', 'tel', 'url', 'search', 'number', 'password', '']);

/**
 * The text a reader sees or hears in `root`: text nodes, text attributes and text inputs'
 * values. Left out: hidden inputs, anything inside an element whose `lang` is neither English
 * nor Arabic (language names in a language switcher, a Swedish provider inside the story),
 * and the Logo (the city's name is the brand in every language).
 */
export function collectText(root: Element): string[] {
  const parts: string[] = [];
  const visit = (element: Element) => {
    if (skipped.has(element.tagName)) return;
    const lang = element.getAttribute('lang');
    if (lang !== null && lang !== '' && !/^(en|ar)\b/i.test(lang)) return;
    if (element.classList.contains('gbg-logo')) return;
    for (const name of textAttributes) {
      const value = element.getAttribute(name);
      if (value) parts.push(value);
    }
    if (element.tagName === 'INPUT' && textInputs.has((element.getAttribute('type') ?? '').toLowerCase())) {
      const value = element.getAttribute('value');
      if (value) parts.push(value);
    }
    for (const child of element.childNodes) {
      if (child.nodeType === 3) {
        const text = child.textContent?.trim();
        if (text) parts.push(text);
      } else if (child.nodeType === 1) {
        visit(child as Element);
      }
    }
  };
  visit(root);
  return parts;
}
