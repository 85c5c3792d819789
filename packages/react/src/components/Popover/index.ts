export { Popover, type PopoverProps, type PopoverPlacement, type PopoverHeadingLevel } from './Popover.js';
