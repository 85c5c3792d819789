// Development-time warnings for bad input that types cannot catch. One message per component and
// text, so a list of 200 fields without labels does not flood the console. Silent in production.

const seen = new Set<string>();

/**
 * Logs `[gbg] <component>: <message>` once per component and message, only outside production.
 * Never throws: bad input must not crash the host page. (`process.env.NODE_ENV` is replaced by
 * the app's bundler; the components need one anyway, see `env.d.ts`.)
 */
export function warnOnce(component: string, message: string): void {
  // A literal check, so bundlers fold it and drop the rest of this function from production
  // builds. (It used to test `typeof process` first, which a bundler cannot fold: in a browser
  // that made production builds warn.) Callers with long texts also wrap the call in the same
  // check, so the texts drop out too.
  if (process.env.NODE_ENV === 'production') return;
  const text = `[gbg] ${component}: ${message}`;
  if (seen.has(text)) return;
  seen.add(text);
  console.warn(text);
}

/** Test hook: forget which warnings were shown so each test can assert its own. */
export function resetWarnings(): void {
  seen.clear();
}
