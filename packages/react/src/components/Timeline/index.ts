export { Timeline, type TimelineEvent, type TimelineHeadingLevel, type TimelineOrder, type TimelineProps } from './Timeline.js';
export { formatTimelineDate, parseTimelineDate, type TimelineDate } from './timelineDate.js';
