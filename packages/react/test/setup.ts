// Setup for the jsdom `unit` project: jest-dom matchers on `expect`, and an unmounted DOM after
// every test so one test's render cannot leak into the next.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // The announcer's on-demand live regions (no GbgProvider) live outside React's containers.
  if (typeof document === 'undefined') return;
  for (const region of document.body.querySelectorAll(':scope > [data-gbg-announcer]')) region.remove();
});
