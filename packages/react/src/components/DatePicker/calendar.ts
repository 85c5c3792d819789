// The month grid of DatePicker: which days sit in which row. Day arithmetic (add days and
// months, ISO weeks) is the shared date module's; only the grid's layout lives here.
import { addDays, isoWeek, isoWeekday, type DateParts } from '../../date/calendar.js';

/** One row of the month grid: its ISO week number and seven days (Monday first), `null` outside the month. */
export interface CalendarWeek {
  week: number;
  days: Array<DateParts | null>;
}

/** The weeks of `month` (1–12) of `year`, Monday first; days of the months around it are `null`. */
export function monthWeeks(year: number, month: number): CalendarWeek[] {
  const first: DateParts = { year, month, day: 1 };
  const weeks: CalendarWeek[] = [];
  // From the Monday on or before the 1st, one row per Monday until a Monday leaves the month.
  for (let monday = addDays(first, 1 - isoWeekday(first)); monday.month === month || !weeks.length; monday = addDays(monday, 7)) {
    weeks.push({
      week: isoWeek(monday).week,
      days: [0, 1, 2, 3, 4, 5, 6].map((offset) => {
        const day = addDays(monday, offset);
        return day.month === month ? day : null;
      }),
    });
  }
  return weeks;
}
