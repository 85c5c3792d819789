// The one warning-spy setup for component tests: forgets shown warnings before each test (warnOnce
// shows a message once per run) and captures console.warn so a test can assert on its message.
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';
import { resetWarnings } from '../src/internal/warn.js';

export interface CapturedWarnings {
  /** The console.warn spy of the current test. */
  readonly spy: MockInstance<(...args: unknown[]) => void>;
  /** Every warning text of the current test, in order. */
  messages(): string[];
}

/** Call once at the top of a test file (or a describe block). */
export function captureWarnings(): CapturedWarnings {
  let spy: MockInstance<(...args: unknown[]) => void> | undefined;
  beforeEach(() => {
    resetWarnings();
    spy = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    spy?.mockRestore();
    spy = undefined;
  });
  return {
    get spy() {
      if (!spy) throw new Error('captureWarnings(): the spy exists only while a test runs.');
      return spy;
    },
    messages() {
      return (spy?.mock.calls ?? []).map((args) => args.map(String).join(' '));
    },
  };
}
