'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { useLocale } from '../../provider/hooks.js';
import { StatusBadge, type CaseStatus } from '../StatusBadge/StatusBadge.js';
import { formatTimelineDate, parseTimelineDate } from './timelineDate.js';
import * as styles from './Timeline.css.js';

/** Heading levels an event can take. */
export type TimelineHeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Which end of the history comes first. */
export type TimelineOrder = 'newest-first' | 'oldest-first';

/** One thing that happened in a case. */
export interface TimelineEvent {
  /**
   * When it happened, in ISO 8601: a date (`2026-03-03`), a time in the city (`2026-03-03T14:05`)
   * or a time with an offset (`2026-03-03T14:05:00+01:00`). Shown with `Intl` in the page's language.
   * @sv När det hände, i ISO 8601: datum (`2026-03-03`), tid i staden (`2026-03-03T14:05`) eller tid med tidszon. Visas med `Intl` på sidans språk.
   */
  date: string;
  /**
   * What happened, in a few words ("Ansökan inskickad", "Komplettering begärd").
   * @sv Vad som hände, med några ord ("Ansökan inskickad").
   */
  heading: ReactNode;
  /**
   * A sentence or two more: who did what, what happens next. A string becomes a paragraph.
   * @sv En eller två meningar till: vem gjorde vad, vad händer sen. En sträng blir ett stycke.
   */
  text?: ReactNode;
  /**
   * The case's status after this event, shown as a `StatusBadge` (words and icon).
   * @sv Ärendets status efter händelsen, visad som `StatusBadge` (ord och ikon).
   */
  status?: CaseStatus;
  /**
   * Own words for the status ("Beviljad").
   * @sv Egna ord för statusen ("Beviljad").
   * @default the status's words from the dictionaries
   */
  statusText?: ReactNode;
  /**
   * A stable key and the `id` of the event's list item.
   * @sv Stabil nyckel och listpunktens `id`.
   */
  id?: string;
}

interface TimelineOwnProps {
  /**
   * The events, in any order: they are sorted by `date`.
   * @sv Händelserna i valfri ordning; de sorteras efter `date`.
   */
  events: readonly TimelineEvent[];
  /**
   * `newest-first` for a case page where the latest news matters most; `oldest-first` to tell
   * the story from the start.
   * @sv `newest-first` på en ärendesida där det senaste är viktigast; `oldest-first` för att berätta från början.
   * @default 'newest-first'
   */
  order?: TimelineOrder;
  /**
   * Level of each event's heading.
   * @sv Rubriknivå för varje händelse.
   * @default 3
   */
  headingLevel?: TimelineHeadingLevel;
  /**
   * Time zone for times given with an offset. Dates and times without an offset are shown as written.
   * @sv Tidszon för tider med offset. Datum och tider utan offset visas som de är skrivna.
   * @default 'Europe/Stockholm'
   */
  timeZone?: string;
}

export type TimelineProps = TimelineOwnProps &
  Omit<ComponentPropsWithoutRef<'ol'>, keyof TimelineOwnProps | 'children'>;

const LEVELS: readonly unknown[] = [2, 3, 4, 5, 6];
const ORDERS: readonly unknown[] = ['newest-first', 'oldest-first'];

const present = (node: ReactNode) => node !== undefined && node !== null && node !== false && node !== '';

/**
 * The history of a case: what happened and when ("Ansökan inskickad 3 mars", "Komplettering
 * begärd"), as an ordered list, newest or oldest first. Each event has a `<time dateTime>`
 * written with `Intl` for the page's language, a heading, optional text and an optional status
 * badge in words. Markers and line are drawn with CSS from tokens and kept in forced colours;
 * no meaning rests on them.
 *
 * Usage rule: for what has happened, not what will happen (that is `ProcessSteps`). Say the
 * status in words; never mark an event by colour alone.
 */
export const Timeline = forwardRef<HTMLOListElement, TimelineProps>(function Timeline(
  { events, order = 'newest-first', headingLevel = 3, timeZone = 'Europe/Stockholm', className, ...rest },
  ref,
) {
  const locale = useLocale();
  const list = Array.isArray(events) ? events.filter(Boolean) : [];
  const levelOk = LEVELS.includes(headingLevel);
  const orderOk = ORDERS.includes(order);
  if (process.env.NODE_ENV !== 'production') {
    if (list.length === 0) {
      warnOnce('Timeline', 'has no `events`; pass what happened as an array, e.g. events={[{ date: "2026-03-03", heading: "Ansökan inskickad" }]}.');
    }
    if (!levelOk) {
      warnOnce('Timeline', `\`headingLevel\` must be 2–6 (got ${String(headingLevel)}); h3 was rendered. Pick the level that fits the page's headings.`);
    }
    if (!orderOk) {
      warnOnce('Timeline', `\`order\` must be "newest-first" or "oldest-first" (got ${JSON.stringify(order)}); newest first was shown.`);
    }
    const bad = list.find((event) => !parseTimelineDate(event.date));
    if (bad) {
      warnOnce('Timeline', `an event's \`date\` is not an ISO 8601 date (got ${JSON.stringify(bad.date)}); it is shown as written, without <time>. Write it as "2026-03-03", "2026-03-03T14:05" or with an offset.`);
    }
  }
  if (list.length === 0) return null;

  const direction = orderOk && order === 'oldest-first' ? 1 : -1;
  // Undated events keep their place relative to each other, after the dated ones.
  const sorted = list
    .map((event, index) => ({ event, index, key: parseTimelineDate(event.date)?.sortKey }))
    .sort((a, b) => {
      if (a.key === undefined || b.key === undefined) return a.key === b.key ? a.index - b.index : a.key === undefined ? 1 : -1;
      return a.key === b.key ? a.index - b.index : (a.key - b.key) * direction;
    });
  const Heading = `h${levelOk ? headingLevel : 3}` as 'h3';

  return (
    <ol ref={ref} className={cx(styles.root, className)} data-order={orderOk ? order : 'newest-first'} {...rest}>
      {sorted.map(({ event, index }) => {
        const label = formatTimelineDate(event.date, locale, timeZone);
        return (
          <li key={event.id ?? index} id={event.id} className={styles.event}>
            <Heading className={styles.heading}>{event.heading}</Heading>
            {label ? (
              // <bdi>: a Latin date on a right-to-left page keeps its own order ("29 april 2026").
              <time className={styles.time} dateTime={parseTimelineDate(event.date)!.dateTime}>
                <bdi>{label}</bdi>
              </time>
            ) : (
              <span className={styles.time}>
                <bdi>{String(event.date ?? '')}</bdi>
              </span>
            )}
            {present(event.text) && (typeof event.text === 'string' ? <p className={styles.text}>{event.text}</p> : <div className={styles.text}>{event.text}</div>)}
            {event.status !== undefined && (
              <div className={styles.status}>
                <StatusBadge status={event.status}>{event.statusText}</StatusBadge>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
});
Timeline.displayName = 'Timeline';
