// One binding per dictionary section, so a component bundles only the sections it reads
// (Button carries `common` and `link`, not the whole dictionary). A new section in `sv.ts`
// and `en.ts` gets its line here.
import type { GbgStrings } from './strings.js';
import {
  svCommon,
  svField,
  svTextField,
  svTextarea,
  svSwitch,
  svLink,
  svSkipLink,
  svLogo,
  svSenderText,
  svBreadcrumbs,
  svBackLink,
  svPagination,
  svTableOfContents,
  svHeader,
  svSideNavigation,
  svLanguageSwitcher,
  svFooter,
  svErrorSummary,
  svSearchField,
  svPersonnummerField,
  svDateInput,
  svTimeInput,
  svOrganisationsnummerField,
  svPhoneField,
  svPostalCodeField,
  svPasswordInput,
  svAlert,
  svContactCard,
  svTag,
  svStatusBadge,
  svProgressBar,
  svSkeleton,
  svDialog,
  svConfirmDialog,
  svAccordion,
  svCombobox,
  svDatePicker,
  svFileUpload,
  svProcessSteps,
  svTaskList,
  svTable,
  svStepIndicator,
  svSignInButton,
  svCheckAnswers,
  svReceipt,
  svSessionTimeout,
} from './sv.js';
import {
  enCommon,
  enField,
  enTextField,
  enTextarea,
  enSwitch,
  enLink,
  enSkipLink,
  enLogo,
  enSenderText,
  enBreadcrumbs,
  enBackLink,
  enPagination,
  enTableOfContents,
  enHeader,
  enSideNavigation,
  enLanguageSwitcher,
  enFooter,
  enErrorSummary,
  enSearchField,
  enPersonnummerField,
  enDateInput,
  enTimeInput,
  enOrganisationsnummerField,
  enPhoneField,
  enPostalCodeField,
  enPasswordInput,
  enAlert,
  enContactCard,
  enTag,
  enStatusBadge,
  enProgressBar,
  enSkeleton,
  enDialog,
  enConfirmDialog,
  enAccordion,
  enCombobox,
  enDatePicker,
  enFileUpload,
  enProcessSteps,
  enTaskList,
  enTable,
  enStepIndicator,
  enSignInButton,
  enCheckAnswers,
  enReceipt,
  enSessionTimeout,
} from './en.js';

/** One section of the built-in strings in every locale, read with `useSectionStrings`. */
export interface StringSection<K extends keyof GbgStrings> {
  readonly key: K;
  readonly sv: GbgStrings[K];
  readonly en: GbgStrings[K];
}

export const commonStrings: StringSection<'common'> = { key: 'common', sv: svCommon, en: enCommon };
export const fieldStrings: StringSection<'field'> = { key: 'field', sv: svField, en: enField };
export const textFieldStrings: StringSection<'textField'> = { key: 'textField', sv: svTextField, en: enTextField };
export const textareaStrings: StringSection<'textarea'> = { key: 'textarea', sv: svTextarea, en: enTextarea };
export const switchStrings: StringSection<'switch'> = { key: 'switch', sv: svSwitch, en: enSwitch };
export const linkStrings: StringSection<'link'> = { key: 'link', sv: svLink, en: enLink };
export const skipLinkStrings: StringSection<'skipLink'> = { key: 'skipLink', sv: svSkipLink, en: enSkipLink };
export const logoStrings: StringSection<'logo'> = { key: 'logo', sv: svLogo, en: enLogo };
export const senderTextStrings: StringSection<'senderText'> = { key: 'senderText', sv: svSenderText, en: enSenderText };
export const breadcrumbsStrings: StringSection<'breadcrumbs'> = { key: 'breadcrumbs', sv: svBreadcrumbs, en: enBreadcrumbs };
export const backLinkStrings: StringSection<'backLink'> = { key: 'backLink', sv: svBackLink, en: enBackLink };
export const paginationStrings: StringSection<'pagination'> = { key: 'pagination', sv: svPagination, en: enPagination };
export const tableOfContentsStrings: StringSection<'tableOfContents'> = { key: 'tableOfContents', sv: svTableOfContents, en: enTableOfContents };
export const headerStrings: StringSection<'header'> = { key: 'header', sv: svHeader, en: enHeader };
export const sideNavigationStrings: StringSection<'sideNavigation'> = { key: 'sideNavigation', sv: svSideNavigation, en: enSideNavigation };
export const languageSwitcherStrings: StringSection<'languageSwitcher'> = { key: 'languageSwitcher', sv: svLanguageSwitcher, en: enLanguageSwitcher };
export const footerStrings: StringSection<'footer'> = { key: 'footer', sv: svFooter, en: enFooter };
export const errorSummaryStrings: StringSection<'errorSummary'> = { key: 'errorSummary', sv: svErrorSummary, en: enErrorSummary };
export const searchFieldStrings: StringSection<'searchField'> = { key: 'searchField', sv: svSearchField, en: enSearchField };
export const personnummerFieldStrings: StringSection<'personnummerField'> = { key: 'personnummerField', sv: svPersonnummerField, en: enPersonnummerField };
export const dateInputStrings: StringSection<'dateInput'> = { key: 'dateInput', sv: svDateInput, en: enDateInput };
export const timeInputStrings: StringSection<'timeInput'> = { key: 'timeInput', sv: svTimeInput, en: enTimeInput };
export const organisationsnummerFieldStrings: StringSection<'organisationsnummerField'> = { key: 'organisationsnummerField', sv: svOrganisationsnummerField, en: enOrganisationsnummerField };
export const phoneFieldStrings: StringSection<'phoneField'> = { key: 'phoneField', sv: svPhoneField, en: enPhoneField };
export const postalCodeFieldStrings: StringSection<'postalCodeField'> = { key: 'postalCodeField', sv: svPostalCodeField, en: enPostalCodeField };
export const passwordInputStrings: StringSection<'passwordInput'> = { key: 'passwordInput', sv: svPasswordInput, en: enPasswordInput };
export const alertStrings: StringSection<'alert'> = { key: 'alert', sv: svAlert, en: enAlert };
export const contactCardStrings: StringSection<'contactCard'> = { key: 'contactCard', sv: svContactCard, en: enContactCard };
export const tagStrings: StringSection<'tag'> = { key: 'tag', sv: svTag, en: enTag };
export const statusBadgeStrings: StringSection<'statusBadge'> = { key: 'statusBadge', sv: svStatusBadge, en: enStatusBadge };
export const progressBarStrings: StringSection<'progressBar'> = { key: 'progressBar', sv: svProgressBar, en: enProgressBar };
export const skeletonStrings: StringSection<'skeleton'> = { key: 'skeleton', sv: svSkeleton, en: enSkeleton };
export const dialogStrings: StringSection<'dialog'> = { key: 'dialog', sv: svDialog, en: enDialog };
export const confirmDialogStrings: StringSection<'confirmDialog'> = { key: 'confirmDialog', sv: svConfirmDialog, en: enConfirmDialog };
export const accordionStrings: StringSection<'accordion'> = { key: 'accordion', sv: svAccordion, en: enAccordion };
export const tableStrings: StringSection<'table'> = { key: 'table', sv: svTable, en: enTable };
export const stepIndicatorStrings: StringSection<'stepIndicator'> = { key: 'stepIndicator', sv: svStepIndicator, en: enStepIndicator };
export const signInButtonStrings: StringSection<'signInButton'> = { key: 'signInButton', sv: svSignInButton, en: enSignInButton };
export const checkAnswersStrings: StringSection<'checkAnswers'> = { key: 'checkAnswers', sv: svCheckAnswers, en: enCheckAnswers };
export const receiptStrings: StringSection<'receipt'> = { key: 'receipt', sv: svReceipt, en: enReceipt };
export const sessionTimeoutStrings: StringSection<'sessionTimeout'> = { key: 'sessionTimeout', sv: svSessionTimeout, en: enSessionTimeout };
export const comboboxStrings: StringSection<'combobox'> = { key: 'combobox', sv: svCombobox, en: enCombobox };
export const datePickerStrings: StringSection<'datePicker'> = { key: 'datePicker', sv: svDatePicker, en: enDatePicker };
export const processStepsStrings: StringSection<'processSteps'> = { key: 'processSteps', sv: svProcessSteps, en: enProcessSteps };
export const taskListStrings: StringSection<'taskList'> = { key: 'taskList', sv: svTaskList, en: enTaskList };
export const fileUploadStrings: StringSection<'fileUpload'> = { key: 'fileUpload', sv: svFileUpload, en: enFileUpload };
