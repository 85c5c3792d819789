export { Card, type CardHeadingLevel, type CardProps, type CardSurface } from './Card.js';
