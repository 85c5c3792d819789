export { List, ListItem } from './List.js';
export type { ListItemProps, ListProps, ListSpacing, ListVariant } from './List.js';
