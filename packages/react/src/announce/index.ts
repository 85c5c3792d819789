export { useAnnounce } from './useAnnounce.js';
export type { AnnounceFn, AnnouncePoliteness } from './announcer.js';
