export { SessionTimeout } from './SessionTimeout.js';
export type { SessionTimeoutProps } from './SessionTimeout.js';
