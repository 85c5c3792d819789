/**
 * Dates written for people, through `Intl.DateTimeFormat` (no date library: `Intl` knows the
 * Swedish and English month and weekday names and word order).
 */

import type { DateParts } from './calendar.js';

/**
 * - `long`: "9 mars 2026" / "9 March 2026"
 * - `full`: "måndag 9 mars 2026" / "Monday 9 March 2026"
 * - `medium`: "9 mars 2026" abbreviated where the locale abbreviates ("9 Mar 2026")
 * - `numeric`: "2026-03-09" in Swedish, "09/03/2026" in British English
 */
export type DateFormatStyle = 'full' | 'long' | 'medium' | 'numeric';

// Formatters are costly to build and immutable: one per locale and style.
const cache = new Map<string, Intl.DateTimeFormat>();

const STYLE_OPTIONS: Record<DateFormatStyle, Intl.DateTimeFormatOptions> = {
  full: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  numeric: { day: '2-digit', month: '2-digit', year: 'numeric' },
};

// The design system's English is British (day before month), like the city's English pages.
const LOCALE_TAG: Record<string, string> = { sv: 'sv-SE', en: 'en-GB' };

/** A cached `Intl.DateTimeFormat` that reads dates in UTC (see `formatDate`). */
export function getDateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALE_TAG[locale] ?? locale, { ...options, timeZone: 'UTC' });
    cache.set(key, formatter);
  }
  return formatter;
}

/**
 * Writes a calendar day for people in Swedish (`'sv'`) or English (`'en'`, British order); any
 * other BCP 47 tag is passed to `Intl`. The day is formatted at midnight UTC with
 * `timeZone: 'UTC'`, so the server's and the browser's time zones cannot shift it by a day.
 */
export function formatDate(parts: DateParts, locale: string = 'sv', style: DateFormatStyle = 'long'): string {
  const formatter = getDateFormatter(locale, STYLE_OPTIONS[style]);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const date = new Date(Date.UTC(2000, parts.month - 1, parts.day));
  date.setUTCFullYear(parts.year);
  return formatter.format(date);
}
