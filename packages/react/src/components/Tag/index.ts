export { Tag, TagList, type TagProps, type StaticTagProps, type RemovableTagProps, type TagListProps } from './Tag.js';
