// Swedish built-in strings: the default language. Group keys by component (camelCase), one
// `common` group for words many components share. When you add a key here, add it to `en.ts`
// too — the type of `en` makes a missing key a compile error.
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
  provider: {
    /** Read aloud by screen readers; not shown. */
    themeLight: 'Ljust tema',
    themeDark: 'Mörkt tema',
    themeAuto: 'Tema efter systemets inställning',
  },
} as const;
