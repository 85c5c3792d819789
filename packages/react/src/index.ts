// Public entry of @goteborgsstad/react.

// Foundation: theme contract, provider, i18n.
export { vars, focusRing, focusRingOnFocusVisible, visuallyHidden, visuallyHiddenRule } from './theme/index.js';
export * from './provider/index.js';
// One mechanism each: announcements (live regions) and router links.
export * from './announce/index.js';
export * from './navigation/index.js';
export {
  sv,
  en,
  dictionaries,
  mergeStrings,
  type GbgLocale,
  type GbgStrings,
  type GbgStringOverrides,
  type GbgStringValue,
  type DeepPartial,
} from './i18n/index.js';

// Components: add one line per component, e.g.
// export * from './components/Button/index.js';
export * from './components/Card/index.js';
export * from './components/Accordion/index.js';
export * from './components/Alert/index.js';
export * from './components/BackLink/index.js';
export * from './components/Breadcrumbs/index.js';
export * from './components/Button/index.js';
export * from './components/Blockquote/index.js';
export * from './components/ButtonGroup/index.js';
export * from './components/CheckAnswers/index.js';
export * from './components/Checkbox/index.js';
export * from './components/CheckboxGroup/index.js';
export * from './components/Combobox/index.js';
export * from './components/ConfirmDialog/index.js';
export * from './components/ContactCard/index.js';
export * from './components/Container/index.js';
export * from './components/DatePicker/index.js';
export * from './components/DateInput/index.js';
export * from './components/DescriptionList/index.js';
export * from './components/Details/index.js';
export * from './components/Dialog/index.js';
export * from './components/Divider/index.js';
export * from './components/ErrorSummary/index.js';
export * from './components/Field/index.js';
export * from './form/index.js';
export * from './components/FactBox/index.js';
export * from './components/FileUpload/index.js';
export * from './components/Fieldset/index.js';
export * from './components/Figure/index.js';
export * from './components/Footer/index.js';
export * from './components/Grid/index.js';
export * from './components/Header/index.js';
export * from './components/Heading/index.js';
export * from './components/Icon/index.js';
export * from './components/LanguageSwitcher/index.js';
export * from './components/Link/index.js';
export * from './components/LinkCard/index.js';
export * from './components/List/index.js';
export * from './components/Logo/index.js';
export * from './components/OrganisationsnummerField/index.js';
export * from './components/Pagination/index.js';
export * from './components/PasswordInput/index.js';
export * from './components/Popover/index.js';
export * from './components/ProcessSteps/index.js';
export * from './components/ProgressBar/index.js';
export * from './components/PersonnummerField/index.js';
export * from './components/PhoneField/index.js';
export * from './components/PostalCodeField/index.js';
export * from './components/RadioGroup/index.js';
export * from './components/Receipt/index.js';
export * from './components/SearchField/index.js';
export * from './components/Select/index.js';
export * from './components/SenderText/index.js';
export * from './components/SessionTimeout/index.js';
export * from './components/SignInButton/index.js';
export * from './components/ServiceStatus/index.js';
export * from './components/SideNavigation/index.js';
export * from './components/Skeleton/index.js';
export * from './components/SkipLink/index.js';
export * from './components/Spinner/index.js';
export * from './components/Stack/index.js';
export * from './components/StatusBadge/index.js';
export * from './components/StepIndicator/index.js';
export * from './components/Switch/index.js';
export * from './components/Table/index.js';
export * from './components/TableOfContents/index.js';
export * from './components/Tabs/index.js';
export * from './components/Tag/index.js';
export * from './components/TaskList/index.js';
export * from './components/Text/index.js';
export * from './components/Textarea/index.js';
export * from './components/TextField/index.js';
export * from './components/Tooltip/index.js';
export * from './components/TimeInput/index.js';
export * from './components/Timeline/index.js';
export * from './components/VisuallyHidden/index.js';

// Swedish personal identity numbers: also importable without React from
// `@goteborgsstad/react/personnummer` (server-side validation).
export * from './personnummer/index.js';
export * from './organisationsnummer/index.js';
// Phone numbers to E.164 and as Swedes read them: also from `@goteborgsstad/react/phone`.
export * from './phone/index.js';
// Swedish postcodes: also from `@goteborgsstad/react/postalcode`.
export * from './postalcode/index.js';
// Pure date and time functions: also importable without React from `@goteborgsstad/react/date`.
export * from './date/index.js';
