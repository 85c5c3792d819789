// Development-time warnings for bad input that types cannot catch. One message per component and
// text, so a list of 200 fields without labels does not flood the console. Silent in production.

// Declared here rather than through @types/node: library code must not depend on Node types.
declare const process: { env: { NODE_ENV?: string } } | undefined;

const seen = new Set<string>();

function isDevelopment(): boolean {
  // `process` may not exist in a browser bundle without a define; treat that as development
  // only when a bundler has not replaced NODE_ENV.
  try {
    return typeof process === 'undefined' || process.env.NODE_ENV !== 'production';
  } catch {
    return true;
  }
}

/**
 * Logs `[gbg] <component>: <message>` once per component and message, only outside production.
 * Never throws: bad input must not crash the host page.
 */
export function warnOnce(component: string, message: string): void {
  if (!isDevelopment()) return;
  const text = `[gbg] ${component}: ${message}`;
  if (seen.has(text)) return;
  seen.add(text);
  console.warn(text);
}

/** Test hook: forget which warnings were shown so each test can assert its own. */
export function resetWarnings(): void {
  seen.clear();
}
