// Swedish built-in strings: the default language. One exported section per component
// (`svPagination`), one `svCommon` for words many components share. A new key goes into `en.ts`
// too (the type of `en` makes a missing key a compile error); a new section also gets a line in
// the `sv`/`en` objects at the end of both files and in `sections.ts`.
import { personnummerMessagesSv } from '../personnummer/messages.js';
import { dateMessagesSv, timeMessagesSv } from '../date/messages.js';
import { organisationsnummerMessagesSv } from '../organisationsnummer/messages.js';
import { phoneNumberMessagesSv } from '../phone/messages.js';
import { postalCodeMessagesSv } from '../postalcode/messages.js';

export const svCommon = {
  close: 'Stäng',
  loading: 'Laddar…',
  required: 'obligatorisk',
  optional: 'valfri',
  error: 'Fel',
  moreInformation: 'Mer information',
} as const;

export const svField = {
  /** After a label or legend, in parentheses: "E-post (obligatoriskt)". */
  required: 'obligatoriskt',
  optional: 'valfritt',
  /** Read before an error message (visually hidden; the icon shows it). */
  errorPrefix: 'Fel:',
} as const;

export const svTextField = {
  showPassword: 'Visa lösenord',
  /** Announced after the toggle is pressed: the state in words (focus stays on the button). */
  passwordShown: 'Lösenordet visas.',
  passwordHidden: 'Lösenordet är dolt.',
} as const;

export const svTextarea = {
  charactersLeft: (count: number) => `${count} tecken kvar`,
  charactersOver: (count: number) => `${count} tecken för mycket`,
} as const;

export const svSwitch = {
  on: 'På',
  off: 'Av',
} as const;

export const svLink = {
  /** Visually hidden, after the link text in parentheses. */
  external: 'extern webbplats',
  newWindow: 'öppnas i nytt fönster',
} as const;

export const svSkipLink = {
  label: 'Hoppa till huvudinnehållet',
} as const;

export const svLogo = {
  /** After the logo's name when it links home: "Göteborgs Stad – startsida". */
  homePage: 'startsida',
} as const;

export const svSenderText = {
  /** Guarantee text of wholly owned city companies (brand text, do not reword). */
  company: 'En del av Göteborgs Stad',
  /** Guarantee text of units with an approved special profile (brand text). */
  unit: (unit: string) => `${unit} är en del av Göteborgs Stad`,
} as const;

export const svBreadcrumbs = {
  /** Accessible name of the breadcrumb `nav`. */
  label: 'Brödsmulor',
  /** Before the parent page's name when a long trail collapses on a narrow screen. */
  backTo: 'Tillbaka till',
} as const;

export const svBackLink = {
  label: 'Tillbaka',
} as const;

export const svPagination = {
  /** Accessible name of the pagination `nav`. */
  label: 'Sidnumrering',
  previous: 'Föregående',
  next: 'Nästa',
  /** Accessible name of a page number: "Sida 3". */
  page: (page: number) => `Sida ${page}`,
  /** Compact form on narrow screens, and what is announced after a client-side page change. */
  status: (page: number, count: number) => `Sida ${page} av ${count}`,
} as const;

export const svTableOfContents = {
  heading: 'Innehåll på sidan',
} as const;

export const svHeader = {
  /** Text of the button that shows the navigation on narrow screens. */
  menu: 'Meny',
  /** Accessible name of the header's primary navigation (`nav`). */
  navigation: 'Huvudmeny',
} as const;

export const svSideNavigation = {
  /** Accessible name of the section navigation (`nav`); also the narrow-screen toggle's text. */
  label: 'Undermeny',
  /** Before a page's name in the name of the button that shows its subpages: "Undersidor till Förskola". */
  subpages: 'Undersidor till',
} as const;

export const svLanguageSwitcher = {
  /** Accessible name of the language links (`nav`). */
  label: 'Språk',
} as const;

export const svFooter = {
  contact: 'Kontakt',
  social: 'Följ oss',
  /** Legally required link (DOS-lagen): the accessibility statement. */
  accessibility: 'Tillgänglighetsredogörelse',
  about: 'Om webbplatsen',
  cookies: 'Kakor (cookies)',
} as const;

export const svErrorSummary = {
  heading: 'Det finns fel i formuläret',
} as const;

export const svSearchField = {
  /** Label of the search input (may be visually hidden). */
  label: 'Sök',
  /** Text of the submit button. */
  submit: 'Sök',
  /** Accessible name of the clear button (it shows only an icon). */
  clear: 'Rensa sökfältet',
} as const;

export const svPersonnummerField = {
  label: 'Personnummer',
  description: '12 siffror, ÅÅÅÅMMDD-XXXX',
  /** One message per error code of parsePersonnummer (same texts as its `message.sv`). */
  // The object itself, not its properties: property reads would keep it in every bundle.
  errors: personnummerMessagesSv,
} as const;

export const svDateInput = {
  year: 'År',
  month: 'Månad',
  day: 'Dag',
  /** One message per `parseDateParts` message key; `{min}`/`{max}` become the limit (ÅÅÅÅ-MM-DD). */
  // The object itself, not its properties: property reads would keep it in every bundle.
  errors: dateMessagesSv,
} as const;

export const svTimeInput = {
  hours: 'Timmar',
  minutes: 'Minuter',
  /** One message per `parseTimeParts` message key. */
  errors: timeMessagesSv,
} as const;

export const svOrganisationsnummerField = {
  label: 'Organisationsnummer',
  /** Label when a sole trader's personnummer is accepted too. */
  labelWithPersonnummer: 'Organisationsnummer eller personnummer',
  description: '10 siffror, NNNNNN-NNNN',
  descriptionWithPersonnummer: '10 siffror, NNNNNN-NNNN. Har du enskild firma: ditt personnummer.',
  /** One message per error code of parseOrganisationsnummer (same texts as its `message.sv`). */
  errors: organisationsnummerMessagesSv,
} as const;

export const svPhoneField = {
  label: 'Telefonnummer',
  description: 'Med riktnummer. Nummer i andra länder med landsnummer, till exempel +47.',
  /** One message per error code of parsePhoneNumber (same texts as its `message.sv`). */
  errors: phoneNumberMessagesSv,
} as const;

export const svPostalCodeField = {
  label: 'Postnummer',
  /** One message per error code of parsePostalCode (same texts as its `message.sv`). */
  errors: postalCodeMessagesSv,
} as const;

export const svPasswordInput = {
  label: 'Lösenord',
  /** Label for `purpose="new"` (choosing a password). */
  labelNew: 'Nytt lösenord',
} as const;

export const svAlert = {
  /** Visually hidden before the alert's heading (or text): the tone in words, not only by icon and colour. */
  info: 'Information:',
  success: 'Klart:',
  warning: 'Varning:',
  error: 'Fel:',
  /** Accessible name of the dismiss button (it shows only an icon). */
  dismiss: 'Stäng',
} as const;

export const svContactCard = {
  /** Labels beside the icons of a contact card: each detail is named in words, not by its icon alone. */
  phone: 'Telefon',
  email: 'E-post',
  visitingAddress: 'Besöksadress',
  postalAddress: 'Postadress',
  openingHours: 'Öppettider',
} as const;

export const svTag = {
  /** Read before a removable tag's text: the button's name is "Ta bort filter: Förskola". */
  remove: 'Ta bort filter:',
  /** Spoken after a tag was removed. */
  removed: (label: string) => `Filtret ${label} är borttaget`,
} as const;

export const svStatusBadge = {
  /** Default words for each case status; the badge shows them beside an icon. */
  submitted: 'Inskickad',
  inProgress: 'Under handläggning',
  actionNeeded: 'Komplettering behövs',
  decided: 'Beslut fattat',
  closed: 'Avslutad',
} as const;

export const svProgressBar = {
  /** Value text of a determinate bar without its own `valueText`. */
  percent: (percent: number) => `${percent} %`,
} as const;

export const svSkeleton = {
  /** Said once when a region starts loading (and kept as hidden text while it loads). */
  loading: 'Laddar innehåll…',
} as const;

export const svDialog = {
  /** Accessible name of the dialog's close button (it shows only an icon). */
  close: 'Stäng',
} as const;

export const svConfirmDialog = {
  /** The safe choice of a confirmation dialog; focus starts on it. */
  cancel: 'Avbryt',
  /** Shown in the dialog and spoken when the confirmed action failed (the app may give its own). */
  failed: 'Det gick inte att genomföra. Försök igen om en stund.',
} as const;

export const svAccordion = {
  /** The button above an accordion that opens every section. */
  showAll: 'Visa alla',
  /** The same button once every section is open: closes them all. */
  hideAll: 'Dölj alla',
} as const;

export const svDatePicker = {
  /** Format hint under the label (the field takes this format; the calendar writes it). */
  description: 'ÅÅÅÅ-MM-DD, till exempel 2026-03-15',
  /** Name of the button that opens the calendar while the field is empty or wrong. */
  openCalendar: 'Välj datum',
  /** The same button when a date is chosen: says which one. */
  changeDate: (date: string) => `Ändra datum, ${date}`,
  /** Heading of the calendar dialog. */
  dialogHeading: 'Välj datum',
  /** Keyboard help under the calendar's heading. */
  keyboardHint: 'Piltangenterna byter dag, Page Up och Page Down byter månad.',
  previousMonth: 'Föregående månad',
  nextMonth: 'Nästa månad',
  previousYear: 'Föregående år',
  nextYear: 'Nästa år',
  /** Column header of the week numbers: short text shown, full word read. */
  weekShort: 'v.',
  week: 'Vecka',
  /** Added to today's name in the calendar. */
  today: 'idag',
  /** Typed text that is not a date in the form ÅÅÅÅ-MM-DD. */
  errorFormat: 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-15.',
  /** A date that does not exist (2026-02-30). */
  errorNonexistent: 'Datumet finns inte. Kontrollera månad och dag.',
  errorBeforeMin: (min: string) => `Välj ett datum från och med ${min}.`,
  errorAfterMax: (max: string) => `Välj ett datum till och med ${max}.`,
  errorUnavailable: (date: string) => `${date} går inte att välja. Välj ett annat datum.`,
} as const;

export const svProcessSteps = {
  /** Visually hidden words before a step's number in its heading: "Steg 2 Betala avgiften". */
  step: (number: number) => `Steg ${number}`,
} as const;

export const svTaskList = {
  /** Default words for each task status, shown as text beside the task. */
  completed: 'Klar',
  notStarted: 'Inte påbörjad',
  inProgress: 'Pågår',
  cannotStart: 'Kan inte påbörjas än',
  error: 'Fel',
} as const;

export const svFileUpload = {
  /** The button that opens the file picker (`multiple`: "Välj filer"). */
  chooseFile: 'Välj fil',
  chooseFiles: 'Välj filer',
  /** Beside the button once drag and drop works (after the page's JavaScript has run). */
  dropHint: 'eller dra och släpp här',
  /** Accessible name of the list of chosen files. */
  listLabel: 'Valda filer',
  /** Visible text of a file's remove button; the file name follows, visually hidden: "Ta bort foto.jpg". */
  remove: 'Ta bort',
  pending: 'Väntar på uppladdning',
  uploading: (percent: number) => `Laddar upp ${percent} %`,
  done: 'Uppladdad',
  /** Shown when a file has status `error` without a message of its own. */
  failed: 'Uppladdningen misslyckades',
  /** Name of a file's progress bar. */
  progressLabel: (name: string) => `Uppladdning av ${name}`,
  /** Checks before upload: each message names the file and the limit. */
  wrongType: (name: string, allowed: string) => `${name} har fel filtyp. Tillåtna: ${allowed}.`,
  tooLarge: (name: string, size: string, max: string) => `${name} är ${size}. Största tillåtna storlek är ${max}.`,
  tooMany: (name: string, max: number) => `${name} kom inte med. Du kan välja högst ${max} ${max === 1 ? 'fil' : 'filer'}.`,
  /** Words for `image/*`, `video/*`, `audio/*` in "Tillåtna: …". */
  anyImage: 'bilder',
  anyVideo: 'video',
  anyAudio: 'ljud',
  /** Spoken politely (shared live region). */
  added: (count: number, name: string) => (count === 1 ? `${name} är vald` : `${count} filer är valda`),
  removed: (name: string) => `${name} är borttagen`,
  announceUploading: (name: string) => `Laddar upp ${name}`,
  announceDone: (name: string) => `${name} är uppladdad`,
  announceFailed: (name: string, message: string) => `${name}: ${message}`,
} as const;

export const svCombobox = {
  /** Spoken politely after typing (and shown in the popup when nothing matches). */
  noMatches: 'Inga träffar',
  matches: (count: number) => (count === 1 ? '1 träff' : `${count} träffar`),
  /** Shown in the popup and spoken while `loading` is set. */
  loading: 'Laddar alternativ…',
  /** Accessible name of the list of chosen values (multiple selection). */
  selected: 'Valda',
  /** Visually hidden words before a chosen value's text: the chip's name is "Ta bort Angered". */
  remove: 'Ta bort',
  /** Spoken politely when a value is added or removed (multiple selection). */
  added: (label: string) => `${label} vald`,
  removed: (label: string) => `${label} borttagen`,
} as const;

export const svTable = {
  ascending: 'stigande',
  descending: 'fallande',
  /** Announced after a sortable column header is pressed: "Sorterat på Avgift, stigande". */
  sorted: (column: string, direction: string) => `Sorterat på ${column}, ${direction}`,
} as const;

export const svStepIndicator = {
  /** Accessible name of the list of all steps. */
  label: 'Formulärets steg',
  /** "Steg 2 av 4" above the page heading. */
  status: (current: number, total: number) => `Steg ${current} av ${total}`,
  /** The toggle that shows every step by name. */
  showAll: 'Visa alla steg',
  /** After a completed step's name. */
  done: 'klart',
  /** After the current step's name (for the eye; screen readers hear aria-current). */
  here: 'du är här',
} as const;

export const svSignInButton = {
  /** The sign-in button's words. */
  label: 'Logga in med e-legitimation',
} as const;

export const svCheckAnswers = {
  /** The link on each answer; hidden words after it say what is changed ("Ändra namn"). */
  change: 'Ändra',
  /** Shown for an empty answer. */
  missing: 'Inget svar',
} as const;

export const svReceipt = {
  /** Before the case number. */
  caseNumber: 'Ditt ärendenummer är',
  /** The heading over what happens next. */
  nextSteps: 'Det här händer nu',
} as const;

export const svSessionTimeout = {
  heading: 'Du loggas snart ut',
  /** The warning's text with the time left ("1 minut och 30 sekunder"). */
  text: (time: string) => `Av säkerhetsskäl loggas du ut om ${time} om du inte fortsätter. Det du har fyllt i sparas när du fortsätter.`,
  /** Spoken at each whole minute and at 30 seconds while the warning is open. */
  remaining: (time: string) => `${time} kvar innan du loggas ut.`,
  /** The time left in words. */
  duration: (minutes: number, seconds: number) => {
    const m = minutes === 1 ? '1 minut' : `${minutes} minuter`;
    const s = seconds === 1 ? '1 sekund' : `${seconds} sekunder`;
    return minutes === 0 ? s : seconds === 0 ? m : `${m} och ${s}`;
  },
  extend: 'Fortsätt vara inloggad',
  signOut: 'Logga ut',
  /** Spoken after the session was extended and the warning closed. */
  extended: 'Du är fortfarande inloggad.',
  expiredHeading: 'Du har loggats ut',
  expiredText: 'Du har loggats ut eftersom du inte har gjort något på en stund. Logga in igen för att fortsätta.',
  signInAgain: 'Logga in igen',
  close: 'Stäng',
} as const;

/** The whole Swedish dictionary. Components read one section each (`i18n/sections.ts`). */
export const sv = {
  common: svCommon,
  field: svField,
  textField: svTextField,
  textarea: svTextarea,
  switch: svSwitch,
  link: svLink,
  skipLink: svSkipLink,
  logo: svLogo,
  senderText: svSenderText,
  breadcrumbs: svBreadcrumbs,
  backLink: svBackLink,
  pagination: svPagination,
  tableOfContents: svTableOfContents,
  header: svHeader,
  sideNavigation: svSideNavigation,
  languageSwitcher: svLanguageSwitcher,
  footer: svFooter,
  errorSummary: svErrorSummary,
  searchField: svSearchField,
  personnummerField: svPersonnummerField,
  dateInput: svDateInput,
  timeInput: svTimeInput,
  organisationsnummerField: svOrganisationsnummerField,
  phoneField: svPhoneField,
  postalCodeField: svPostalCodeField,
  passwordInput: svPasswordInput,
  alert: svAlert,
  contactCard: svContactCard,
  tag: svTag,
  statusBadge: svStatusBadge,
  progressBar: svProgressBar,
  skeleton: svSkeleton,
  dialog: svDialog,
  confirmDialog: svConfirmDialog,
  accordion: svAccordion,
  combobox: svCombobox,
  datePicker: svDatePicker,
  processSteps: svProcessSteps,
  taskList: svTaskList,
  fileUpload: svFileUpload,
  table: svTable,
  stepIndicator: svStepIndicator,
  signInButton: svSignInButton,
  checkAnswers: svCheckAnswers,
  receipt: svReceipt,
  sessionTimeout: svSessionTimeout,
} as const;
