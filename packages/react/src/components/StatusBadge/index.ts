export { StatusBadge, type StatusBadgeProps, type CaseStatus } from './StatusBadge.js';
