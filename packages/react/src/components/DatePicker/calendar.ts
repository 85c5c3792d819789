// The month grid of DatePicker: which days sit in which row. Day arithmetic (add days and
// months, ISO weeks) is the shared date module's; only the grid's layout lives here.
import { addDays, daysInMonth, isoWeek, isoWeekday, type DateParts } from '../../date/calendar.js';

/** One row of the month grid: its ISO week number and seven days (Monday first), `null` outside the month. */
export interface CalendarWeek {
  week: number;
  days: Array<DateParts | null>;
}

/** The weeks of `month` (1–12) of `year`, Monday first; days of the months around it are `null`. */
export function monthWeeks(year: number, month: number): CalendarWeek[] {
  const last = daysInMonth(year, month);
  const first: DateParts = { year, month, day: 1 };
  let monday = addDays(first, 1 - isoWeekday(first));
  const weeks: CalendarWeek[] = [];
  do {
    const days: Array<DateParts | null> = [];
    for (let offset = 0; offset < 7; offset++) {
      const day = addDays(monday, offset);
      days.push(day.month === month ? day : null);
    }
    weeks.push({ week: isoWeek(monday).week, days });
    monday = addDays(monday, 7);
  } while (monday.month === month && monday.day <= last);
  return weeks;
}

