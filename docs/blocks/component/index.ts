// Doc blocks for the component pages (they use Storybook's docs context, so they live apart
// from the token blocks in ../index.ts, which also render in plain Node tests).
export { PropsTable, formatType } from './PropsTable.js';
export { HtmlMarkup, formatHtml } from './HtmlMarkup.js';
export { Conformance } from './Conformance.js';
export { Do, DoDont, Dont } from './DoDont.js';
