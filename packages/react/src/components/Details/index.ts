export { Details, type DetailsProps, type DetailsHeadingLevel } from './Details.js';
