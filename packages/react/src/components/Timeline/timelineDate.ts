// Dates of timeline events: ISO 8601 in, a `<time dateTime>` value, a sort key and the words
// from `Intl` out. Pure, so the server and the browser format the same text (no hydration
// mismatch) and a page without React can use the same rules.

/** A parsed event date. */
export interface TimelineDate {
  /** The machine-readable value for `<time dateTime>`. */
  dateTime: string;
  /** Milliseconds for ordering events (wall-clock times are ordered as if in UTC). */
  sortKey: number;
  /** Whether a time of day was given. */
  hasTime: boolean;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

function validDay(year: number, month: number, day: number): boolean {
  const at = new Date(Date.UTC(year, month - 1, day));
  return at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day;
}

/**
 * Reads `2026-03-03`, `2026-03-03T14:05` (a wall-clock time in the city) or
 * `2026-03-03T14:05:00+01:00` / `…Z`. Anything else gives `undefined`.
 */
export function parseTimelineDate(value: unknown): TimelineDate | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  let match = DATE.exec(text);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (!validDay(year, month, day)) return undefined;
    return { dateTime: text, sortKey: Date.UTC(year, month - 1, day), hasTime: false };
  }
  match = LOCAL.exec(text);
  if (match) {
    const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
    if (!validDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
    return { dateTime: text, sortKey: Date.UTC(year, month - 1, day, hour, minute, second), hasTime: true };
  }
  if (ZONED.test(text)) {
    const at = Date.parse(text);
    const [year, month, day] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
    if (Number.isNaN(at) || !validDay(year, month, day)) return undefined;
    return { dateTime: text, sortKey: at, hasTime: true };
  }
  return undefined;
}

const LOCALES: Record<string, string> = { sv: 'sv-SE', en: 'en-GB' };

/**
 * "3 mars 2026" / "3 March 2026", with the time when one was given ("3 mars 2026 14:05").
 * Dates and wall-clock times are shown as written; times with an offset are shown in `timeZone`
 * (the city's by default), so every reader sees the same words.
 */
export function formatTimelineDate(value: string, locale: string, timeZone = 'Europe/Stockholm'): string | undefined {
  const parsed = parseTimelineDate(value);
  if (!parsed) return undefined;
  const tag = LOCALES[locale] ?? locale;
  const zoned = ZONED.test(value.trim());
  const format = new Intl.DateTimeFormat(tag, {
    dateStyle: 'long',
    ...(parsed.hasTime ? { timeStyle: 'short' } : {}),
    timeZone: zoned ? timeZone : 'UTC',
  });
  return format.format(parsed.sortKey);
}
