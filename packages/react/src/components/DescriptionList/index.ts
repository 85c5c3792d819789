export {
  DescriptionList,
  DescriptionListItem,
  type DescriptionListEntry,
  type DescriptionListItemProps,
  type DescriptionListLayout,
  type DescriptionListProps,
} from './DescriptionList.js';
