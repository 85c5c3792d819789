export {
  ContactCard,
  type ContactCardHeadingLevel,
  type ContactCardProps,
  type OpeningHours,
  type Weekday,
} from './ContactCard.js';
