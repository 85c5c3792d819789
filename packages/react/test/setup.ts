// Setup for the jsdom `unit` project: jest-dom matchers on `expect`, and an unmounted DOM after
// every test so one test's render cannot leak into the next.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
