'use client';
import {
  forwardRef,
  useEffect,
  useRef,
  useState,
  type ChangeEvent,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useAnnounce } from '../../announce/useAnnounce.js';
import {
  addDays,
  addMonths,
  compareDates,
  dateFromDate,
  formatIsoDate,
  isoWeekday,
  parseIsoDate,
  toDayNumber,
  type DateParts,
} from '../../date/calendar.js';
import { getDateFormatter } from '../../date/formatDate.js';
import { splitFieldProps } from '../../form/splitFieldProps.js';
import { FieldDescription, FieldError, FieldLabel } from '../../form/parts.js';
import { isEmptyLabel, useFormField } from '../../form/useFormField.js';
import * as control from '../../form/control.css.js';
import * as fieldStyles from '../../form/field.css.js';
import { datePickerStrings, dialogStrings } from '../../i18n/sections.js';
import { cx } from '../../internal/cx.js';
import { useControllableState } from '../../internal/useControllableState.js';
import { warnOnce } from '../../internal/warn.js';
import { useDirection, useLocale, useSectionStrings } from '../../provider/hooks.js';
import * as dialogStyles from '../Dialog/Dialog.css.js';
import { dialogNaming, useModal } from '../Dialog/useModal.js';
import type { FieldComponentProps } from '../Field/Field.js';
import { monthWeeks } from './calendar.js';
import { parseDateText, type DateTextErrorCode, type DateTextResult } from './parseDateText.js';
import * as styles from './DatePicker.css.js';

interface DatePickerOwnProps {
  /**
   * The field's text (controlled). It is what the person typed, so it need not be a date yet;
   * once valid it is `YYYY-MM-DD`. Pair with `onValueChange`.
   * @sv Fältets text (styrt läge). Det som skrivits, så det behöver inte vara ett datum än; giltigt blir det `ÅÅÅÅ-MM-DD`.
   */
  value?: string;
  /**
   * The text at first (uncontrolled), e.g. `'2026-03-15'`.
   * @sv Texten från början (ostyrt läge), t.ex. `'2026-03-15'`.
   * @default ''
   */
  defaultValue?: string;
  /**
   * Called with the new text when the person types, picks a date in the calendar, or leaves the
   * field with a date the field rewrote as `YYYY-MM-DD`.
   * @sv Anropas med den nya texten när något skrivs, ett datum väljs i kalendern eller fältet skriver om datumet som `ÅÅÅÅ-MM-DD`.
   */
  onValueChange?: (value: string) => void;
  /**
   * First day that can be chosen, `YYYY-MM-DD`. Days before it are not selectable in the
   * calendar and a typed one gets an error that says the limit.
   * @sv Första dag som går att välja, `ÅÅÅÅ-MM-DD`.
   */
  min?: string;
  /**
   * Last day that can be chosen, `YYYY-MM-DD`.
   * @sv Sista dag som går att välja, `ÅÅÅÅ-MM-DD`.
   */
  max?: string;
  /**
   * Days that cannot be chosen (closed, fully booked), asked per day as `YYYY-MM-DD`. They stay
   * reachable by keyboard in the calendar (so the person learns they exist) but cannot be picked.
   * Say in `description` why some days are missing.
   * @sv Dagar som inte går att välja (stängt, fullbokat), frågas per dag som `ÅÅÅÅ-MM-DD`. Säg i `description` varför.
   */
  isDateUnavailable?: (date: string) => boolean;
  /**
   * Format hint under the label. Pass `null` to leave it out.
   * @sv Formattips under etiketten. `null` tar bort det.
   * @default "ÅÅÅÅ-MM-DD, till exempel 2026-03-15" / "YYYY-MM-DD, for example 2026-03-15" (from the dictionaries)
   */
  description?: ReactNode;
  /**
   * An error from outside (the server's answer, a required field left empty on submit). It wins
   * over the field's own message about format, missing days, limits and unavailable days.
   * @sv Ett fel utifrån (serverns svar, ett tomt obligatoriskt fält). Vinner över fältets eget meddelande.
   */
  error?: ReactNode;
  /**
   * Called with the result each time the field checks its text (on blur, and when a date is
   * picked): `{ ok: true, value }` or `{ ok: false, error }`. Check again on the server with
   * `parseDateText`.
   * @sv Anropas med resultatet varje gång fältet kontrollerar texten (när det lämnas och när ett datum väljs).
   */
  onValidate?: (result: DateTextResult) => void;
  /**
   * The day marked as today and where the calendar opens while the field is empty,
   * `YYYY-MM-DD`. Set it when the service's "today" is not the device's (and in tests).
   * @sv Dagen som markeras som idag och där kalendern öppnas när fältet är tomt.
   * @default the device's date
   */
  today?: string;
}

export type DatePickerProps = FieldComponentProps<DatePickerOwnProps, 'input', 'children' | 'type'>;

// Intl options of the day names read out ("måndag 16 mars 2026"): the same as formatDate's `full`.
const FULL_DATE: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const MONTH: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };
/** Steps of the grid's keys, by `KeyboardEvent.key`. */
type Steps = Partial<Record<string, number>>;
// 2024-01-01 was a Monday: the seven column headers.
const WEEK_DAYS = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ year: 2024, month: 1, day }));

/**
 * A date field (`ÅÅÅÅ-MM-DD`) with a calendar button: the calendar is a modal dialog with a month
 * grid (Monday first, ISO week numbers, names from `Intl`), following the WAI-ARIA date picker
 * dialog pattern. Typing is always allowed; the text is checked when the field is left.
 *
 * `ref` goes to the `<input>`; `className` and `style` to the outer wrapper; other props (`name`,
 * `autoComplete`…) to the `<input>`.
 *
 * Usage rule: for a date near in time that people pick by weekday or week (a booking, a
 * move-in day). For dates people know by heart (birthday) use `DateInput`.
 */
export const DatePicker = forwardRef<HTMLInputElement, DatePickerProps>(function DatePicker(props, ref) {
  const {
    value,
    defaultValue,
    onValueChange,
    min,
    max,
    isDateUnavailable,
    description,
    error,
    onValidate,
    today: todayProp,
    onBlur,
    onChange,
    ...others
  } = props;
  const [{ label, hideLabel, id, disabled, readOnly, required, optional, className, style, ...fieldRest }, inputProps] =
    splitFieldProps(others);
  const strings = useSectionStrings(datePickerStrings);
  const locale = useLocale();
  const rtl = useDirection() === 'rtl';
  const announce = useAnnounce();
  const [text, setText] = useControllableState({ value, defaultValue: defaultValue ?? '', onChange: onValueChange });
  const [errorCode, setErrorCode] = useState<DateTextErrorCode | null>(null);
  const [open, setOpen] = useState(false);
  const [focused, setFocused] = useState<DateParts>({ year: 2000, month: 1, day: 1 });
  const buttonRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const focusedCell = useRef<HTMLTableCellElement>(null);
  const moveFocus = useRef(false);
  const closeLabel = useSectionStrings(dialogStrings).close;
  // Before the effects below: the dialog is shown (and focus moved) before they run.
  const modalHandlers = useModal(dialogRef, { open, setOpen, initialFocusRef: focusedCell, returnFocusRef: buttonRef });

  const minDate = parseIsoDate(min);
  const maxDate = parseIsoDate(max);
  const today = parseIsoDate(todayProp) ?? dateFromDate();
  if (process.env.NODE_ENV !== 'production') {
    for (const [name, given, parsed] of [['min', min, minDate], ['max', max, maxDate], ['today', todayProp, parseIsoDate(todayProp)]] as const) {
      if (given !== undefined && !parsed) warnOnce('DatePicker', `\`${name}\` must be a date written YYYY-MM-DD (got "${String(given)}"); it was ignored.`);
    }
    if (minDate && maxDate && compareDates(minDate, maxDate) > 0) {
      warnOnce('DatePicker', '`min` is after `max`, so no day can be chosen. Swap them.');
    }
  }
  const options = { min, max, isDateUnavailable };
  /** A calendar day in words through the shared cached `Intl` formatter (UTC midnight, so no zone shifts it). */
  const say = (date: DateParts, format = FULL_DATE) => getDateFormatter(locale, format).format(toDayNumber(date) * 864e5);
  const clamp = (date: DateParts) =>
    minDate && compareDates(date, minDate) < 0 ? minDate : maxDate && compareDates(date, maxDate) > 0 ? maxDate : date;
  /** Out of range or unavailable: reachable in the grid (so the person learns it exists), never picked. */
  const unavailable = (date: DateParts) => !!compareDates(clamp(date), date) || !!isDateUnavailable?.(formatIsoDate(date));
  const chosen = parseDateText(text, options);

  const check = (next: string) => {
    const result = parseDateText(next, options);
    setErrorCode(result.ok || result.error === 'empty' ? null : result.error);
    onValidate?.(result);
    return result;
  };

  const pick = (date: DateParts) => {
    if (unavailable(date)) return;
    const iso = formatIsoDate(date);
    setText(iso);
    check(iso);
    setOpen(false);
  };

  useEffect(() => {
    if (moveFocus.current) {
      moveFocus.current = false;
      focusedCell.current?.focus();
    }
  }, [focused]);

  const handleGridKey = (event: KeyboardEvent<HTMLTableElement>) => {
    const { key } = event;
    const back = rtl ? 1 : -1;
    const weekday = isoWeekday(focused);
    // Days: the arrows (left and right follow the reading direction), the week's first and last
    // day; months: Page Up/Down, a year with Shift.
    const days = ({ ArrowLeft: back, ArrowRight: -back, ArrowUp: -7, ArrowDown: 7, Home: 1 - weekday, End: 7 - weekday } as Steps)[key];
    const months = ({ PageUp: -1, PageDown: 1 } as Steps)[key];
    if (key === 'Enter' || key === ' ') pick(focused);
    else if (days !== undefined || months) {
      moveFocus.current = true;
      setFocused(clamp(months ? addMonths(focused, months * (event.shiftKey ? 12 : 1)) : addDays(focused, days ?? 0)));
    } else return;
    event.preventDefault();
  };

  const navButton = (label: string, months: number) => {
    const target = clamp(addMonths(focused, months));
    const blocked = target.year === focused.year && target.month === focused.month;
    return (
      <button
        type="button"
        className={styles.navButton}
        data-step={months % 12 ? undefined : 'year'}
        data-direction={months < 0 ? 'previous' : 'next'}
        aria-label={label}
        // aria-disabled, not disabled: the button keeps focus at the first or last month.
        aria-disabled={blocked || undefined}
        onClick={() => {
          if (blocked) return;
          setFocused(target);
          announce(say(target, MONTH));
        }}
      />
    );
  };

  // Limits are said in words; an unavailable day is named on its own (it is fine but for that).
  const limit = errorCode === 'before-min' ? minDate : errorCode === 'after-max' ? maxDate : null;
  const shownError =
    error ??
    (errorCode &&
      (limit
        ? (errorCode === 'before-min' ? strings.errorBeforeMin : strings.errorAfterMax)(say(limit))
        : errorCode === 'unavailable' && chosen.date
          ? strings.errorUnavailable(say(chosen.date))
          : errorCode === 'nonexistent'
            ? strings.errorNonexistent
            : strings.errorFormat)) ??
    undefined;

  const shownDescription = description === undefined ? strings.description : description;
  // The shared field mechanism directly (not the Field wrapper, which would add its context and
  // counter to this component's weight): ids, aria-describedby, invalid/required/disabled state.
  const field = useFormField({
    component: 'DatePicker',
    id,
    idPrefix: 'gbg-date-picker',
    description: shownDescription,
    error: shownError,
    required,
    disabled,
    readOnly,
    controlProps: fieldRest,
  });
  if (process.env.NODE_ENV !== 'production' && isEmptyLabel(label)) {
    warnOnce('DatePicker', 'add a `label` (a visible text that says which date to enter, e.g. "Inflyttningsdatum").');
  }
  const wiring = field.controlProps;
  const monthId = field.partId('month');
  const headingId = field.partId('dialog-heading');
  const hintId = field.partId('dialog-hint');
  /** A column header: a short text shown, the full one read. */
  const columnHeader = (key: number, shown: string, read: string) => (
    <th key={key} scope="col" className={styles.columnHeader}>
      <span aria-hidden="true">{shown}</span>
      <span className={fieldStyles.visuallyHidden}>{read}</span>
    </th>
  );

  return (
    <div
      className={cx(fieldStyles.root, className)}
      style={style}
      data-invalid={field.invalid || undefined}
      data-disabled={field.disabled || undefined}
    >
      <FieldLabel id={field.labelId} htmlFor={field.id} hidden={hideLabel} required={required} optional={optional && !required}>
        {label}
      </FieldLabel>
      {field.hasDescription && <FieldDescription id={field.descriptionId}>{shownDescription}</FieldDescription>}
      {field.hasError && <FieldError id={field.errorId}>{shownError}</FieldError>}
      <div
        className={cx(control.controlBox, control.controlWidth.md)}
        data-invalid={wiring['aria-invalid']}
        data-disabled={wiring.disabled}
        data-readonly={wiring.readOnly}
      >
        <input
          ref={ref}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          data-gbg-control=""
          {...inputProps}
          value={text}
          onChange={(event: ChangeEvent<HTMLInputElement>) => {
            setText(event.currentTarget.value);
            // Clear a shown error as soon as the text is right; never show a new one while typing.
            if (errorCode !== null && parseDateText(event.currentTarget.value, options).ok) setErrorCode(null);
            onChange?.(event);
          }}
          onBlur={(event: FocusEvent<HTMLInputElement>) => {
            const result = check(event.currentTarget.value);
            // Written the house way, so the person sees the date that was understood.
            if (result.ok && result.value !== event.currentTarget.value) setText(result.value);
            onBlur?.(event);
          }}
          {...wiring}
          className={control.control}
        />
        <button
          ref={buttonRef}
          type="button"
          className={styles.button}
          aria-haspopup="dialog"
          aria-label={chosen.ok ? strings.changeDate(say(chosen.date)) : strings.openCalendar}
          disabled={wiring.disabled || wiring.readOnly}
          onClick={() => {
            setFocused(clamp(parseIsoDate(chosen.ok ? chosen.value : text.trim()) ?? today));
            setOpen(true);
          }}
        />
        {/* The calendar: Dialog's modal mechanism (useModal) and its stylesheet classes, without
            the Dialog component's options (non-modal, footer, controlled state) it does not use. */}
        <dialog
          ref={dialogRef}
          className={dialogStyles.root}
          data-size="sm"
          {...dialogNaming(headingId, hintId)}
          {...modalHandlers}
        >
          <div className={dialogStyles.header}>
            <h2 id={headingId} className={dialogStyles.heading}>
              {strings.dialogHeading}
            </h2>
            <button
              type="button"
              className={cx(dialogStyles.close, styles.close)}
              aria-label={closeLabel}
              onClick={() => setOpen(false)}
            />
          </div>
          <div className={dialogStyles.body}>
            <div id={hintId} className={dialogStyles.description}>
              {strings.keyboardHint}
            </div>
            {open && (
              <>
                <div className={styles.nav}>
                  {navButton(strings.previousYear, -12)}
                  {navButton(strings.previousMonth, -1)}
                  <h3 id={monthId} className={styles.month}>
                    {say(focused, MONTH)}
                  </h3>
                  {navButton(strings.nextMonth, 1)}
                  {navButton(strings.nextYear, 12)}
                </div>
                <table role="grid" aria-labelledby={monthId} className={styles.grid} onKeyDown={handleGridKey}>
                  <thead>
                    <tr>
                      {columnHeader(0, strings.weekShort, strings.week)}
                      {/* Two letters ("må", "Mo") fit a 320 px screen; the full name is what is read. */}
                      {WEEK_DAYS.map((date) =>
                        columnHeader(date.day, say(date, { weekday: 'short' }).slice(0, 2), say(date, { weekday: 'long' })),
                      )}
                    </tr>
                  </thead>
                  <tbody>
                    {monthWeeks(focused.year, focused.month).map(({ week, days }) => (
                      <tr key={week}>
                        <th scope="row" className={styles.week}>
                          <span className={fieldStyles.visuallyHidden}>{strings.week}</span> {week}
                        </th>
                        {days.map((date, index) => {
                          if (!date) return <td key={index} role="gridcell" className={styles.day} />;
                          const isFocused = !compareDates(date, focused);
                          const isToday = !compareDates(date, today);
                          const name = say(date);
                          return (
                            <td
                              key={index}
                              role="gridcell"
                              ref={isFocused ? focusedCell : undefined}
                              className={styles.day}
                              tabIndex={isFocused ? 0 : -1}
                              aria-label={isToday ? `${name}, ${strings.today}` : name}
                              aria-selected={(chosen.ok && !compareDates(date, chosen.date)) || undefined}
                              aria-current={isToday ? 'date' : undefined}
                              aria-disabled={unavailable(date) || undefined}
                              onClick={() => pick(date)}
                            >
                              {date.day}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </div>
        </dialog>
      </div>
    </div>
  );
});
DatePicker.displayName = 'DatePicker';
