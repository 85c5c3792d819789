import { personnummerMessagesEn } from '../personnummer/messages.js';
import { dateMessagesEn, timeMessagesEn } from '../date/messages.js';
import { organisationsnummerMessagesEn } from '../organisationsnummer/messages.js';
import { phoneNumberMessagesEn } from '../phone/messages.js';
import { postalCodeMessagesEn } from '../postalcode/messages.js';
import type { GbgStrings } from './strings.js';

// English built-in strings. Typed with the Swedish dictionary's shape: every key must exist.
export const enCommon: GbgStrings['common'] = {
  close: 'Close',
  loading: 'Loading…',
  required: 'required',
  optional: 'optional',
  error: 'Error',
  moreInformation: 'More information',
};

export const enField: GbgStrings['field'] = {
  required: 'required',
  optional: 'optional',
  errorPrefix: 'Error:',
};

export const enTextField: GbgStrings['textField'] = {
  showPassword: 'Show password',
  passwordShown: 'Your password is shown.',
  passwordHidden: 'Your password is hidden.',
};

export const enTextarea: GbgStrings['textarea'] = {
  charactersLeft: (count: number) =>
    count === 1 ? '1 character left' : `${count} characters left`,
  charactersOver: (count: number) =>
    count === 1 ? '1 character too many' : `${count} characters too many`,
};

export const enSwitch: GbgStrings['switch'] = {
  on: 'On',
  off: 'Off',
};

export const enLink: GbgStrings['link'] = {
  external: 'external site',
  newWindow: 'opens in a new window',
};

export const enSkipLink: GbgStrings['skipLink'] = {
  label: 'Skip to main content',
};

export const enLogo: GbgStrings['logo'] = {
  homePage: 'home page',
};

export const enSenderText: GbgStrings['senderText'] = {
  company: 'A municipal company, City of Gothenburg',
  unit: (unit: string) => `${unit} is part of the City of Gothenburg`,
};

export const enBreadcrumbs: GbgStrings['breadcrumbs'] = {
  label: 'Breadcrumbs',
  backTo: 'Back to',
};

export const enBackLink: GbgStrings['backLink'] = {
  label: 'Back',
};

export const enPagination: GbgStrings['pagination'] = {
  label: 'Pagination',
  previous: 'Previous',
  next: 'Next',
  page: (page: number) => `Page ${page}`,
  status: (page: number, count: number) => `Page ${page} of ${count}`,
};

export const enTableOfContents: GbgStrings['tableOfContents'] = {
  heading: 'On this page',
};

export const enHeader: GbgStrings['header'] = {
  menu: 'Menu',
  navigation: 'Main menu',
};

export const enSideNavigation: GbgStrings['sideNavigation'] = {
  label: 'Section menu',
  subpages: 'Subpages of',
};

export const enLanguageSwitcher: GbgStrings['languageSwitcher'] = {
  label: 'Language',
};

export const enFooter: GbgStrings['footer'] = {
  contact: 'Contact',
  social: 'Follow us',
  accessibility: 'Accessibility statement',
  about: 'About the website',
  cookies: 'Cookies',
};

export const enErrorSummary: GbgStrings['errorSummary'] = {
  heading: 'There is a problem',
};

export const enSearchField: GbgStrings['searchField'] = {
  label: 'Search',
  submit: 'Search',
  clear: 'Clear search',
};

export const enPersonnummerField: GbgStrings['personnummerField'] = {
  label: 'Personal identity number',
  description: '12 digits, YYYYMMDD-XXXX',
  // The object itself, not its properties: property reads would keep it in every bundle.
  errors: personnummerMessagesEn,
};

export const enDateInput: GbgStrings['dateInput'] = {
  year: 'Year',
  month: 'Month',
  day: 'Day',
  errors: dateMessagesEn,
};

export const enTimeInput: GbgStrings['timeInput'] = {
  hours: 'Hours',
  minutes: 'Minutes',
  errors: timeMessagesEn,
};

export const enOrganisationsnummerField: GbgStrings['organisationsnummerField'] = {
  label: 'Organisation number',
  labelWithPersonnummer: 'Organisation number or personal identity number',
  description: '10 digits, NNNNNN-NNNN',
  descriptionWithPersonnummer: '10 digits, NNNNNN-NNNN. Sole trader: your personal identity number.',
  errors: organisationsnummerMessagesEn,
};

export const enPhoneField: GbgStrings['phoneField'] = {
  label: 'Phone number',
  description: 'With the area code. Numbers in other countries with the country code, for example +47.',
  errors: phoneNumberMessagesEn,
};

export const enPostalCodeField: GbgStrings['postalCodeField'] = {
  label: 'Postcode',
  errors: postalCodeMessagesEn,
};

export const enPasswordInput: GbgStrings['passwordInput'] = {
  label: 'Password',
  labelNew: 'New password',
};

export const enAlert: GbgStrings['alert'] = {
  info: 'Info:',
  success: 'Success:',
  warning: 'Warning:',
  error: 'Error:',
  dismiss: 'Close',
};

export const enContactCard: GbgStrings['contactCard'] = {
  phone: 'Phone',
  email: 'Email',
  visitingAddress: 'Visiting address',
  postalAddress: 'Postal address',
  openingHours: 'Opening hours',
};

export const enTag: GbgStrings['tag'] = {
  remove: 'Remove filter:',
  removed: (label: string) => `Filter ${label} removed`,
};

export const enStatusBadge: GbgStrings['statusBadge'] = {
  submitted: 'Submitted',
  inProgress: 'In progress',
  actionNeeded: 'More information needed',
  decided: 'Decision made',
  closed: 'Closed',
};

export const enProgressBar: GbgStrings['progressBar'] = {
  percent: (percent: number) => `${percent}%`,
};

export const enSkeleton: GbgStrings['skeleton'] = {
  loading: 'Loading content…',
};

export const enDialog: GbgStrings['dialog'] = {
  close: 'Close',
};

export const enConfirmDialog: GbgStrings['confirmDialog'] = {
  cancel: 'Cancel',
  failed: 'That did not work. Please try again in a moment.',
};

export const enAccordion: GbgStrings['accordion'] = {
  showAll: 'Show all',
  hideAll: 'Hide all',
};

export const enDatePicker: GbgStrings['datePicker'] = {
  description: 'YYYY-MM-DD, for example 2026-03-15',
  openCalendar: 'Choose date',
  changeDate: (date: string) => `Change date, ${date}`,
  dialogHeading: 'Choose date',
  keyboardHint: 'Arrow keys change the day, Page Up and Page Down change the month.',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  previousYear: 'Previous year',
  nextYear: 'Next year',
  weekShort: 'Wk',
  week: 'Week',
  today: 'today',
  errorFormat: 'Enter the date as YYYY-MM-DD, for example 2026-03-15.',
  errorNonexistent: 'That date does not exist. Check the month and day.',
  errorBeforeMin: (min: string) => `Choose a date on or after ${min}.`,
  errorAfterMax: (max: string) => `Choose a date on or before ${max}.`,
  errorUnavailable: (date: string) => `${date} cannot be chosen. Choose another date.`,
};

export const enProcessSteps: GbgStrings['processSteps'] = {
  step: (number: number) => `Step ${number}`,
};

export const enTaskList: GbgStrings['taskList'] = {
  completed: 'Completed',
  notStarted: 'Not yet started',
  inProgress: 'In progress',
  cannotStart: 'Cannot start yet',
  error: 'There is a problem',
};

export const enFileUpload: GbgStrings['fileUpload'] = {
  chooseFile: 'Choose file',
  chooseFiles: 'Choose files',
  dropHint: 'or drag and drop here',
  listLabel: 'Chosen files',
  remove: 'Remove',
  pending: 'Waiting to upload',
  uploading: (percent: number) => `Uploading ${percent}%`,
  done: 'Uploaded',
  failed: 'The upload failed',
  progressLabel: (name: string) => `Upload of ${name}`,
  wrongType: (name: string, allowed: string) => `${name} is the wrong file type. Allowed: ${allowed}.`,
  tooLarge: (name: string, size: string, max: string) => `${name} is ${size}. The largest size allowed is ${max}.`,
  tooMany: (name: string, max: number) => `${name} was not added. You can choose at most ${max} ${max === 1 ? 'file' : 'files'}.`,
  anyImage: 'images',
  anyVideo: 'videos',
  anyAudio: 'audio',
  added: (count: number, name: string) => (count === 1 ? `${name} chosen` : `${count} files chosen`),
  removed: (name: string) => `${name} removed`,
  announceUploading: (name: string) => `Uploading ${name}`,
  announceDone: (name: string) => `${name} uploaded`,
  announceFailed: (name: string, message: string) => `${name}: ${message}`,
};

export const enCombobox: GbgStrings['combobox'] = {
  noMatches: 'No matches',
  matches: (count: number) => (count === 1 ? '1 match' : `${count} matches`),
  loading: 'Loading options…',
  selected: 'Selected',
  remove: 'Remove',
  added: (label: string) => `${label} selected`,
  removed: (label: string) => `${label} removed`,
};

export const enTable: GbgStrings['table'] = {
  ascending: 'ascending',
  descending: 'descending',
  sorted: (column: string, direction: string) => `Sorted by ${column}, ${direction}`,
};

export const enCheckAnswers: GbgStrings['checkAnswers'] = {
  change: 'Change',
  missing: 'Not answered',
};

export const enReceipt: GbgStrings['receipt'] = {
  caseNumber: 'Your case number is',
  nextSteps: 'What happens next',
};

export const enSessionTimeout: GbgStrings['sessionTimeout'] = {
  heading: 'You will be signed out soon',
  text: (time) => `For your security, you will be signed out in ${time} unless you continue. What you have filled in is kept when you continue.`,
  remaining: (time) => `${time} left before you are signed out.`,
  duration: (minutes, seconds) => {
    const m = minutes === 1 ? '1 minute' : `${minutes} minutes`;
    const s = seconds === 1 ? '1 second' : `${seconds} seconds`;
    return minutes === 0 ? s : seconds === 0 ? m : `${m} and ${s}`;
  },
  extend: 'Stay signed in',
  signOut: 'Sign out',
  extended: 'You are still signed in.',
  expiredHeading: 'You have been signed out',
  expiredText: 'You have been signed out because you have not done anything for a while. Sign in again to continue.',
  signInAgain: 'Sign in again',
  close: 'Close',
};

export const enSignInButton: GbgStrings['signInButton'] = {
  label: 'Log in with e-ID',
};

export const enStepIndicator: GbgStrings['stepIndicator'] = {
  label: 'Form steps',
  status: (current, total) => `Step ${current} of ${total}`,
  showAll: 'Show all steps',
  done: 'completed',
  here: 'you are here',
};

/** The whole English dictionary. */
export const en: GbgStrings = {
  common: enCommon,
  field: enField,
  textField: enTextField,
  textarea: enTextarea,
  switch: enSwitch,
  link: enLink,
  skipLink: enSkipLink,
  logo: enLogo,
  senderText: enSenderText,
  breadcrumbs: enBreadcrumbs,
  backLink: enBackLink,
  pagination: enPagination,
  tableOfContents: enTableOfContents,
  header: enHeader,
  sideNavigation: enSideNavigation,
  languageSwitcher: enLanguageSwitcher,
  footer: enFooter,
  errorSummary: enErrorSummary,
  searchField: enSearchField,
  personnummerField: enPersonnummerField,
  dateInput: enDateInput,
  timeInput: enTimeInput,
  organisationsnummerField: enOrganisationsnummerField,
  phoneField: enPhoneField,
  postalCodeField: enPostalCodeField,
  passwordInput: enPasswordInput,
  alert: enAlert,
  contactCard: enContactCard,
  tag: enTag,
  statusBadge: enStatusBadge,
  progressBar: enProgressBar,
  skeleton: enSkeleton,
  dialog: enDialog,
  confirmDialog: enConfirmDialog,
  accordion: enAccordion,
  combobox: enCombobox,
  datePicker: enDatePicker,
  processSteps: enProcessSteps,
  taskList: enTaskList,
  fileUpload: enFileUpload,
  table: enTable,
  stepIndicator: enStepIndicator,
  signInButton: enSignInButton,
  checkAnswers: enCheckAnswers,
  receipt: enReceipt,
  sessionTimeout: enSessionTimeout,
};
