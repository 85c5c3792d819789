/**
 * User-facing finding messages, Swedish (default) and English.
 */
export type Locale = 'sv' | 'en';

export interface NearestInfo {
  nameSv: string;
  nameEn: string;
  hex: string;
  deltaE: string;
  token: string;
  cssVar: string;
}

export interface Messages {
  textColor(value: string, translucent: boolean): string;
  svgTextColor(value: string): string;
  iconColor(value: string): string;
  palette(value: string, n: NearestInfo): string;
  contrastText(ratio: string, fg: string, bg: string, min: string, large: boolean, theme: string): string;
  contrastUi(ratio: string, fg: string, bg: string, theme: string): string;
  rawColor(value: string, suggestion: string): string;
  rawLength(kind: 'spacing' | 'font-size' | 'radius', value: string, suggestion: string): string;
  rawFontFamily(value: string, suggestion: string): string;
  logoName(name: string): string;
  logoSize(width: number, height: number, minWidth: number, minHeight: number): string;
  logoDistorted(percent: string): string;
  logoClearSpace(side: string, space: number, needed: number): string;
  logoPlaceholder(): string;
  logoCropped(parts: readonly string[]): string;
  logoOverlap(): string;
  unreadable(reason: string): string;
  binary(): string;
  syntax(reason: string): string;
  unsupported(): string;
  notRegular(kind: string): string;
  resourceLimit(reason: string): string;
  timeout(seconds: string): string;
  internal(reason: string): string;
  darkTheme: string;
}

const sv: Messages = {
  textColor: (v, translucent) =>
    translucent
      ? `Textfärgen ${v} är genomskinlig och blir grå. Text är alltid helt svart eller vit.`
      : `Textfärgen ${v} är varken svart eller vit. Text är alltid svart eller vit — visa status med ikon, kant eller bakgrund, inte med textfärg.`,
  svgTextColor: (v) => `SVG-text fylls med ${v}, som varken är svart eller vit. Text är alltid svart eller vit.`,
  iconColor: (v) => `Ikonen ritas i ${v}. Ikoner är svarta på ljusa färger och vita på mörka.`,
  palette: (v, n) =>
    `${v} är ingen av stadens 17 färger. Närmast är ${n.nameSv} ${n.hex} (ΔE ${n.deltaE}): token ${n.token}, CSS-variabel ${n.cssVar}.`,
  contrastText: (r, fg, bg, min, large, theme) =>
    `Kontrasten ${r}:1 mellan text ${fg} och bakgrund ${bg}${theme} är under ${min}:1${large ? ' (stor text)' : ''} (WCAG 1.4.3).`,
  contrastUi: (r, fg, bg, theme) =>
    `Kontrasten ${r}:1 mellan ${fg} och bakgrund ${bg}${theme} är under 3:1 för grafik och komponentdelar (WCAG 1.4.11).`,
  rawColor: (v, s) => `Färgen ${v} skrivs direkt i koden. Använd token: ${s}.`,
  rawLength: (k, v, s) =>
    `${k === 'spacing' ? 'Avståndet' : k === 'font-size' ? 'Textstorleken' : 'Hörnradien'} ${v} skrivs direkt i koden. Använd token: ${s}.`,
  rawFontFamily: (v, s) => `Typsnittet ${v} skrivs direkt i koden. Använd token: ${s}.`,
  logoName: (n) =>
    n ? `Logotypen heter "${n}" för skärmläsare. Den ska heta "Göteborgs Stad" (eller "City of Gothenburg").` : 'Logotypen saknar tillgängligt namn. Ge den namnet "Göteborgs Stad" (eller "City of Gothenburg").',
  logoSize: (w, h, mw, mh) => (mw > 0 ? `Logotypen är ${w}×${h} px, mindre än minsta storlek ${mw}×${mh} px.` : `Logotypen är ${h} px hög, lägre än minsta höjd ${mh} px.`),
  logoDistorted: (p) => `Logotypen är förvrängd: proportionerna avviker ${p} % från originalet. Skala den lika i båda led.`,
  logoClearSpace: (side, s, n) => `Frizonen runt logotypen är ${s} px (${side}), minst ${n} px krävs.`,
  logoPlaceholder: () =>
    'Platshållaren för logotypen skulle visas i produktion. Ge stadens logotypfiler med LogoAssetsProvider (eller rita den officiella logotypen).',
  logoCropped: (parts) =>
    `Logotypen är beskuren: ${parts.map((p) => (p === 'wordmark' ? 'ordbilden' : 'vapnet')).join(' och ')} syns inte helt. Logotypen visas alltid hel — kontrollera bredden och höger-till-vänster-layouten.`,
  logoOverlap: () => 'Ordbilden och vapnet i logotypen överlappar varandra. Delarna ska stå bredvid (eller under) varandra som i originalet — kontrollera höger-till-vänster-layouten.',
  unreadable: (r) => `Filen kunde inte läsas: ${r}`,
  binary: () => 'Filen är binär och kontrollerades inte.',
  syntax: (r) => `Syntaxfel, filen kontrollerades inte: ${r}`,
  unsupported: () => 'Filtypen stöds inte (css, scss, sass, less, html, vue, svelte, js, jsx, ts, tsx).',
  notRegular: (k) => `Inte en vanlig fil (${k}); den lästes inte.`,
  resourceLimit: (r) => `Filen kontrollerades inte: den nådde en resursgräns (${r}). Dela upp filen eller undanta den med "ignore".`,
  timeout: (s) => `Filen kontrollerades inte: den tog längre än ${s} s (--timeout). Dela upp filen, höj --timeout eller undanta den med "ignore".`,
  internal: (r) => `Filen kontrollerades inte: ett fel i gbg-brand (${r}). Rapportera gärna felet med filen.`,
  darkTheme: ' (mörkt tema)',
};

const en: Messages = {
  textColor: (v, translucent) =>
    translucent
      ? `Text colour ${v} is translucent and renders grey. Text is always solid black or white.`
      : `Text colour ${v} is neither black nor white. Text is always black or white — show state with an icon, border or background, not text colour.`,
  svgTextColor: (v) => `SVG text is filled with ${v}, which is neither black nor white. Text is always black or white.`,
  iconColor: (v) => `The icon is drawn in ${v}. Icons are black on light colours and white on dark ones.`,
  palette: (v, n) =>
    `${v} is not one of the city's 17 colours. Nearest is ${n.nameEn} ${n.hex} (ΔE ${n.deltaE}): token ${n.token}, CSS variable ${n.cssVar}.`,
  contrastText: (r, fg, bg, min, large, theme) =>
    `Contrast ${r}:1 between text ${fg} and background ${bg}${theme} is below ${min}:1${large ? ' (large text)' : ''} (WCAG 1.4.3).`,
  contrastUi: (r, fg, bg, theme) =>
    `Contrast ${r}:1 between ${fg} and background ${bg}${theme} is below 3:1 for graphics and UI parts (WCAG 1.4.11).`,
  rawColor: (v, s) => `Colour ${v} is written as a literal. Use the token: ${s}.`,
  rawLength: (k, v, s) =>
    `${k === 'spacing' ? 'Spacing' : k === 'font-size' ? 'Font size' : 'Radius'} ${v} is written as a literal. Use the token: ${s}.`,
  rawFontFamily: (v, s) => `Font family ${v} is written as a literal. Use the token: ${s}.`,
  logoName: (n) =>
    n ? `The logotype's accessible name is "${n}". It must be "Göteborgs Stad" (or "City of Gothenburg").` : 'The logotype has no accessible name. Name it "Göteborgs Stad" (or "City of Gothenburg").',
  logoSize: (w, h, mw, mh) => (mw > 0 ? `The logotype is ${w}×${h} px, below the minimum size ${mw}×${mh} px.` : `The logotype is ${h} px tall, below the minimum height ${mh} px.`),
  logoDistorted: (p) => `The logotype is distorted: its proportions differ ${p}% from the original. Scale it evenly.`,
  logoClearSpace: (side, s, n) => `Clear space around the logotype is ${s} px (${side}); at least ${n} px is needed.`,
  logoPlaceholder: () =>
    'The logotype placeholder would ship to production. Provide the city\'s logo files with LogoAssetsProvider (or draw the official logotype).',
  logoCropped: (parts) =>
    `The logotype is cropped: ${parts.map((p) => (p === 'wordmark' ? 'the word mark' : 'the coat of arms')).join(' and ')} is not fully visible. The logotype is always shown whole — check its width and the right-to-left layout.`,
  logoOverlap: () => 'The word mark and the coat of arms overlap. The parts stand beside (or below) each other as in the original — check the right-to-left layout.',
  unreadable: (r) => `The file could not be read: ${r}`,
  binary: () => 'The file is binary and was not checked.',
  syntax: (r) => `Syntax error, the file was not checked: ${r}`,
  unsupported: () => 'Unsupported file type (css, scss, sass, less, html, vue, svelte, js, jsx, ts, tsx).',
  notRegular: (k) => `Not a regular file (${k}); it was not read.`,
  resourceLimit: (r) => `The file was not checked: it hit a resource limit (${r}). Split the file or exclude it with "ignore".`,
  timeout: (s) => `The file was not checked: it took longer than ${s} s (--timeout). Split the file, raise --timeout or exclude it with "ignore".`,
  internal: (r) => `The file was not checked: an error in gbg-brand (${r}). Please report it with the file.`,
  darkTheme: ' (dark theme)',
};

export const MESSAGES: Readonly<Record<Locale, Messages>> = { sv, en };
