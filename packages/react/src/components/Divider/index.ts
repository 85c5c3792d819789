export { Divider, type DividerProps, type DividerOrientation, type DividerTone } from './Divider.js';
