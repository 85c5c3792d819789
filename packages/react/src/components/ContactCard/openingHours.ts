// Opening hours as data, shown with day names and times from `Intl` for the page's language.

export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

export const WEEKDAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** One line of opening hours: a day or a range of days, and the times in 24-hour "HH:MM". */
export interface OpeningHours {
  /** A day, or the first and last day of a range: `['monday', 'friday']`. */
  days: Weekday | readonly [from: Weekday, to: Weekday];
  /** Opening time, 24-hour "HH:MM": "08:00". */
  opens: string;
  /** Closing time, 24-hour "HH:MM": "16:30". */
  closes: string;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for a 24-hour "HH:MM" time ("08:00", "16:30"). */
export function isTime(value: unknown): value is string {
  return typeof value === 'string' && TIME.test(value);
}

export function isWeekday(value: unknown): value is Weekday {
  return WEEKDAYS.includes(value as Weekday);
}

// 2024-01-01 was a Monday. UTC everywhere, so server and browser name the same day.
const MONDAY = Date.UTC(2024, 0, 1);
const DAY = 24 * 60 * 60 * 1000;

/** "måndag" / "Monday", from `Intl` for the locale. */
export function weekdayName(day: Weekday, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(MONDAY + WEEKDAYS.indexOf(day) * DAY);
}

/** The days of a line for reading: "Måndag–fredag", "Lördag". Capitalised: it starts the line. */
export function daysLabel(days: OpeningHours['days'], locale: string): string {
  const [from, to] = typeof days === 'string' ? [days, days] : days;
  const text = from === to ? weekdayName(from, locale) : `${weekdayName(from, locale)}–${weekdayName(to, locale)}`;
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** "08:00" → "08:00" (sv) / "08:00 AM" (en), from `Intl`. */
export function timeLabel(time: string, locale: string): string {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1, hours, minutes));
}
