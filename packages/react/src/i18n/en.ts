import { personnummerMessagesEn } from '../personnummer/messages.js';
import type { GbgStrings } from './strings.js';

// English built-in strings. Typed with the Swedish dictionary's shape: every key must exist.
export const en: GbgStrings = {
  common: {
    close: 'Close',
    loading: 'Loading…',
    required: 'required',
    optional: 'optional',
    error: 'Error',
    moreInformation: 'More information',
  },
  field: {
    required: 'required',
    optional: 'optional',
    errorPrefix: 'Error:',
  },
  textField: {
    showPassword: 'Show password',
  },
  textarea: {
    charactersLeft: (count: number) =>
      count === 1 ? '1 character left' : `${count} characters left`,
    charactersOver: (count: number) =>
      count === 1 ? '1 character too many' : `${count} characters too many`,
  },
  switch: {
    on: 'On',
    off: 'Off',
  },
  link: {
    external: 'external site',
    newWindow: 'opens in a new window',
  },
  skipLink: {
    label: 'Skip to main content',
  },
  logo: {
    homePage: 'home page',
  },
  senderText: {
    company: 'A municipal company, City of Gothenburg',
    unit: (unit: string) => `${unit} is part of the City of Gothenburg`,
  },
  breadcrumbs: {
    label: 'Breadcrumbs',
    backTo: 'Back to',
  },
  backLink: {
    label: 'Back',
  },
  pagination: {
    label: 'Pagination',
    previous: 'Previous',
    next: 'Next',
    page: (page: number) => `Page ${page}`,
    status: (page: number, count: number) => `Page ${page} of ${count}`,
  },
  tableOfContents: {
    heading: 'On this page',
  },
  header: {
    menu: 'Menu',
    navigation: 'Main menu',
  },
  languageSwitcher: {
    label: 'Language',
  },
  footer: {
    contact: 'Contact',
    social: 'Follow us',
    accessibility: 'Accessibility statement',
    about: 'About the website',
    cookies: 'Cookies',
  },
  errorSummary: {
    heading: 'There is a problem',
  },
  searchField: {
    label: 'Search',
    submit: 'Search',
    clear: 'Clear search',
  },
  personnummerField: {
    label: 'Personal identity number',
    description: '12 digits, YYYYMMDD-XXXX',
    errors: {
      empty: personnummerMessagesEn.empty,
      'invalid-format': personnummerMessagesEn['invalid-format'],
      'invalid-date': personnummerMessagesEn['invalid-date'],
      'invalid-checksum': personnummerMessagesEn['invalid-checksum'],
      'future-date': personnummerMessagesEn['future-date'],
    },
  },
};
