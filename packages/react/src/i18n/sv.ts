// Swedish built-in strings: the default language. Group keys by component (camelCase), one
// `common` group for words many components share. When you add a key here, add it to `en.ts`
// too — the type of `en` makes a missing key a compile error.
import { personnummerMessagesSv } from '../personnummer/messages.js';

export const sv = {
  common: {
    close: 'Stäng',
    loading: 'Laddar…',
    required: 'obligatorisk',
    optional: 'valfri',
    error: 'Fel',
    moreInformation: 'Mer information',
  },
  field: {
    /** After a label or legend, in parentheses: "E-post (obligatoriskt)". */
    required: 'obligatoriskt',
    optional: 'valfritt',
    /** Read before an error message (visually hidden; the icon shows it). */
    errorPrefix: 'Fel:',
  },
  textField: {
    showPassword: 'Visa lösenord',
  },
  textarea: {
    charactersLeft: (count: number) => `${count} tecken kvar`,
    charactersOver: (count: number) => `${count} tecken för mycket`,
  },
  switch: {
    on: 'På',
    off: 'Av',
  },
  link: {
    /** Visually hidden, after the link text in parentheses. */
    external: 'extern webbplats',
    newWindow: 'öppnas i nytt fönster',
  },
  skipLink: {
    label: 'Hoppa till huvudinnehållet',
  },
  logo: {
    /** After the logo's name when it links home: "Göteborgs Stad – startsida". */
    homePage: 'startsida',
  },
  senderText: {
    /** Guarantee text of wholly owned city companies (brand text, do not reword). */
    company: 'En del av Göteborgs Stad',
    /** Guarantee text of units with an approved special profile (brand text). */
    unit: (unit: string) => `${unit} är en del av Göteborgs Stad`,
  },
  breadcrumbs: {
    /** Accessible name of the breadcrumb `nav`. */
    label: 'Brödsmulor',
    /** Before the parent page's name when a long trail collapses on a narrow screen. */
    backTo: 'Tillbaka till',
  },
  backLink: {
    label: 'Tillbaka',
  },
  pagination: {
    /** Accessible name of the pagination `nav`. */
    label: 'Sidnumrering',
    previous: 'Föregående',
    next: 'Nästa',
    /** Accessible name of a page number: "Sida 3". */
    page: (page: number) => `Sida ${page}`,
    /** Compact form on narrow screens, and what is announced after a client-side page change. */
    status: (page: number, count: number) => `Sida ${page} av ${count}`,
  },
  tableOfContents: {
    heading: 'Innehåll på sidan',
  },
  header: {
    /** Text of the button that shows the navigation on narrow screens. */
    menu: 'Meny',
    /** Accessible name of the header's primary navigation (`nav`). */
    navigation: 'Huvudmeny',
  },
  languageSwitcher: {
    /** Accessible name of the language links (`nav`). */
    label: 'Språk',
  },
  footer: {
    contact: 'Kontakt',
    social: 'Följ oss',
    /** Legally required link (DOS-lagen): the accessibility statement. */
    accessibility: 'Tillgänglighetsredogörelse',
    about: 'Om webbplatsen',
    cookies: 'Kakor (cookies)',
  },
  errorSummary: {
    heading: 'Det finns fel i formuläret',
  },
  searchField: {
    /** Label of the search input (may be visually hidden). */
    label: 'Sök',
    /** Text of the submit button. */
    submit: 'Sök',
    /** Accessible name of the clear button (it shows only an icon). */
    clear: 'Rensa sökfältet',
  },
  personnummerField: {
    label: 'Personnummer',
    description: '12 siffror, ÅÅÅÅMMDD-XXXX',
    /** One message per error code of parsePersonnummer (same texts as its `message.sv`). */
    errors: {
      empty: personnummerMessagesSv.empty,
      'invalid-format': personnummerMessagesSv['invalid-format'],
      'invalid-date': personnummerMessagesSv['invalid-date'],
      'invalid-checksum': personnummerMessagesSv['invalid-checksum'],
      'future-date': personnummerMessagesSv['future-date'],
    },
  },
} as const;
