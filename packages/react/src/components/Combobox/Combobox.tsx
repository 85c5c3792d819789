'use client';
import {
  forwardRef,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { CloseIcon } from '@goteborgsstad/icons';
import { useAnnounce } from '../../announce/useAnnounce.js';
import { splitFieldProps } from '../../form/splitFieldProps.js';
import { isEmptyLabel, useFormField } from '../../form/useFormField.js';
import { FieldDescription, FieldError, FieldLabel } from '../../form/parts.js';
import * as fieldStyles from '../../form/field.css.js';
import * as control from '../../form/control.css.js';
import { comboboxStrings } from '../../i18n/sections.js';
import { cx } from '../../internal/cx.js';
import { useControllableState } from '../../internal/useControllableState.js';
import { useMergedRefs } from '../../internal/useMergedRefs.js';
import { warnOnce } from '../../internal/warn.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { visuallyHidden } from '../../theme/visuallyHidden.css.js';
import type { FieldComponentProps } from '../Field/Field.js';
import * as tag from '../Tag/Tag.css.js';
import { findMatch, matchLabels } from './match.js';
import * as styles from './Combobox.css.js';

/** One choice in a `Combobox`. */
export interface ComboboxOption {
  /** Sent with the form and given to `onChange`. Unique within the list. */
  value: string;
  /** Shown, matched against the typed text, and written into the field when chosen. */
  label: string;
  /** Shown but cannot be chosen. */
  disabled?: boolean;
  /** Language of the label when it differs from the page's (a Swedish place name on an English page). */
  lang?: string;
}

interface ComboboxOwnProps {
  /**
   * The choices. For long lists (stadsdelar, schools, streets) the typed text filters them; for
   * results fetched as the person types, pass the current results and set `filter={false}`.
   * @sv Valen. Långa listor (stadsdelar, skolor, gator) filtreras av texten som skrivs; för svar från servern, skicka aktuella träffar och sätt `filter={false}`.
   */
  options: readonly ComboboxOption[];
  /**
   * The text in the field (controlled). Pair with `onInputChange`.
   * @sv Texten i fältet (kontrollerat). Använd med `onInputChange`.
   */
  inputValue?: string;
  /**
   * The text in the field at first render (uncontrolled).
   * @sv Texten i fältet vid första renderingen (okontrollerat).
   * @default the chosen option's label, or ''
   */
  defaultInputValue?: string;
  /**
   * Called with the text whenever it changes (typing, choosing, clearing). Fetch matching
   * options here for a list that lives on a server.
   * @sv Anropas med texten när den ändras (skrivning, val, rensning). Hämta träffar här när listan finns på en server.
   */
  onInputChange?: (text: string) => void;
  /**
   * Options are being fetched: the popup shows "Laddar alternativ…" and it is spoken politely.
   * @sv Alternativ hämtas: listan visar "Laddar alternativ…" och det läses upp.
   * @default false
   */
  loading?: boolean;
  /**
   * Filter `options` by the typed text (Swedish rules: case ignored, å/ä/ö kept apart from a/o).
   * Set `false` when the options are already filtered, e.g. by a server.
   * @sv Filtrera `options` med den skrivna texten (svenska regler). Sätt `false` när alternativen redan är filtrerade, t.ex. av en server.
   * @default true
   */
  filter?: boolean;
  /**
   * Accept text that is not an option: it becomes the value when the field is left (single) or
   * on Enter (multiple). Without it, only options can be chosen and other text is undone when
   * focus leaves the field.
   * @sv Tillåt text som inte är ett alternativ: den blir värdet när fältet lämnas (ett val) eller med Enter (flera val). Annars kan bara alternativ väljas.
   * @default false
   */
  allowCustomValue?: boolean;
  /**
   * Form field name: one hidden input per chosen value carries it, so a plain form post sends
   * the values (not the typed text).
   * @sv Fältnamn i formuläret: ett dolt fält per valt värde, så att ett vanligt formulär skickar värdena (inte texten).
   */
  name?: string;
  /**
   * Width of the box, matched to the longest option.
   * @sv Rutans bredd, anpassad till det längsta alternativet.
   * @default 'full'
   */
  width?: 'full' | 'lg' | 'md' | 'sm';
}

interface ComboboxSingleProps {
  /**
   * One value (default) or several, shown as removable chips under the field.
   * @sv Ett värde (standard) eller flera, som visas som borttagbara val under fältet.
   * @default false
   */
  multiple?: false;
  /**
   * The chosen value (controlled); `null` when none. Pair with `onChange`.
   * @sv Valt värde (kontrollerat); `null` när inget är valt. Använd med `onChange`.
   */
  value?: string | null;
  /**
   * The chosen value at first render (uncontrolled).
   * @sv Valt värde vid första renderingen (okontrollerat).
   * @default null
   */
  defaultValue?: string | null;
  /**
   * Called with the new value (`null` when cleared).
   * @sv Anropas med det nya värdet (`null` när det rensas).
   */
  onChange?: (value: string | null) => void;
}

interface ComboboxMultipleProps {
  /**
   * Several values, shown as removable chips under the field.
   * @sv Flera värden, som visas som borttagbara val under fältet.
   */
  multiple: true;
  /**
   * The chosen values (controlled). Pair with `onChange`.
   * @sv Valda värden (kontrollerat). Använd med `onChange`.
   */
  value?: readonly string[];
  /**
   * The chosen values at first render (uncontrolled).
   * @sv Valda värden vid första renderingen (okontrollerat).
   * @default []
   */
  defaultValue?: readonly string[];
  /**
   * Called with the new list of values, in the order they were chosen.
   * @sv Anropas med den nya listan av värden, i den ordning de valdes.
   */
  onChange?: (value: string[]) => void;
}

export type ComboboxProps = FieldComponentProps<
  ComboboxOwnProps & (ComboboxSingleProps | ComboboxMultipleProps),
  'input',
  'type' | 'list'
>;

type Values = string | null | readonly string[];

/** True when `text` is the whole label by the matching rules ("angered" is "Angered"). */
function isLabel(label: string, text: string): boolean {
  const range = findMatch(label, text);
  return range !== null && range[0] === 0 && range[1] === label.normalize('NFC').length;
}

/**
 * A text field with a list of suggestions: the WAI-ARIA combobox with list autocomplete. Typing
 * filters the options (case ignored, å/ä/ö are letters of their own), arrow keys move through
 * them, Enter chooses. `multiple` chooses several, shown as removable chips. Label, description
 * and error are wired by the shared field mechanism (`useFormField` and its parts); the number
 * of matches, "Inga träffar" and loading are spoken through the shared live region.
 *
 * `ref` goes to the `<input>`; `className` and `style` go to the outer wrapper.
 *
 * Usage rule: for long lists (more than about 15 options) where people know what they look for —
 * stadsdelar, schools, streets. Fewer options: `Select` or `RadioGroup`. Free search of a site:
 * `SearchField`.
 */
export const Combobox = forwardRef<HTMLInputElement, ComboboxProps>(function Combobox(props, forwardedRef) {
  const {
    options,
    inputValue,
    defaultInputValue,
    onInputChange,
    // Boolean props without `= false`: undefined reads the same, for fewer bytes.
    loading,
    filter = true,
    allowCustomValue,
    name,
    width = 'full',
    multiple,
    value,
    defaultValue,
    onChange,
    ...others
  } = props;
  const [own, { onKeyDown, onBlur, onClick, ...inputProps }] = splitFieldProps(others);
  const { label, hideLabel, description, error, required, optional, className, style } = own;
  const field = useFormField({ ...own, component: 'Combobox', controlProps: own });
  const { disabled, readOnly } = field;
  const strings = useSectionStrings(comboboxStrings);
  const announce = useAnnounce();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const ref = useMergedRefs(inputRef, forwardedRef);
  const list = Array.isArray(options) ? options : [];

  if (process.env.NODE_ENV !== 'production') {
    if (isEmptyLabel(label)) {
      warnOnce(
        'Combobox',
        'add a `label` (a visible text that says what to enter). A placeholder or a nearby heading is not a label; use `hideLabel` if it must be visually hidden.',
      );
    }
    if (!Array.isArray(options)) {
      warnOnce('Combobox', '`options` must be an array of { value, label }; no options were shown.');
    } else if (new Set(list.map((option) => option.value)).size !== list.length) {
      warnOnce('Combobox', 'two options have the same `value`; give every option a unique value.');
    }
    if (value != null && Array.isArray(value) !== Boolean(multiple)) {
      warnOnce(
        'Combobox',
        multiple ? 'with `multiple`, `value` must be an array of values.' : '`value` is an array: add `multiple` to choose several, or pass one value.',
      );
    }
  }

  // Options seen so far by value: with options from a server the chosen ones may have left the list.
  const known = useRef(new Map<string, ComboboxOption>()).current;
  for (const option of list) known.set(option.value, option);
  const labelOf = (item: string | undefined) => (item === undefined ? '' : (known.get(item)?.label ?? item));

  const [chosen, setChosen] = useControllableState<Values>({
    value: value as Values | undefined,
    defaultValue: defaultValue ?? (multiple ? [] : null),
    onChange: onChange as ((next: Values) => void) | undefined,
  });
  const selected: readonly string[] = chosen == null ? [] : Array.isArray(chosen) ? chosen : [chosen as string];
  const single = multiple ? undefined : selected[0];
  const commit = (next: readonly string[]) => setChosen(multiple ? [...next] : (next[0] ?? null));

  const [text, setText] = useControllableState<string>({
    value: inputValue,
    defaultValue: defaultInputValue ?? labelOf(single),
    onChange: onInputChange,
  });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Whether the text was typed since the list opened: only then does it filter the list.
  const [typed, setTyped] = useState(false);

  // A single value changed from outside (a controlled reset): show its label.
  const shown = useRef(single);
  useEffect(() => {
    if (shown.current !== single) setText(labelOf(single));
    shown.current = single;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new value rewrites the text
  }, [single]);

  const query = typed ? text : '';
  const ranges = useMemo(() => matchLabels(list.map((option) => option.label), query), [list, query]);
  const visible = list
    .map((option, index) => ({ option, range: ranges[index] }))
    .filter(({ range }) => range || !filter || !query.trim());
  const count = visible.length;
  const listShown = open && count > 0;
  const popupShown = open && (listShown || loading || typed);

  // Speak the outcome once typing pauses: "5 träffar", "Inga träffar", "Laddar alternativ…".
  useEffect(() => {
    if (!open || !(typed || loading)) return;
    const timer = setTimeout(() => announce(loading ? strings.loading : count ? strings.matches(count) : strings.noMatches), 400);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- speak for new text/results only
  }, [open, typed, text, loading, count]);

  // Keep the active option in view in a scrolled list.
  useEffect(() => {
    listRef.current?.querySelector('[data-active]')?.scrollIntoView?.({ block: 'nearest' });
  }, [active, listShown]);

  const show = (isOpen: boolean, at = -1) => {
    setOpen(isOpen);
    setActive(at);
  };

  /** Makes `item` (an option's value or free text) a value; in `multiple` it toggles. */
  /** Adds `item` to the values or removes it (multiple selection), and says so. */
  const toggle = (item: string, itemLabel: string) => {
    const had = selected.includes(item);
    commit(had ? selected.filter((existing) => existing !== item) : [...selected, item]);
    announce((had ? strings.removed : strings.added)(itemLabel));
  };
  const take = (item: string, itemLabel: string) => {
    setTyped(false);
    if (multiple) {
      toggle(item, itemLabel);
      // The whole list again, with the same option active, so several can be chosen in a row.
      setText('');
      setActive(list.findIndex((option) => option.value === item));
    } else {
      shown.current = item;
      commit([item]);
      setText(itemLabel);
      show(false);
    }
  };
  /** Empties the field and, in single selection, its value. */
  const clear = () => {
    setText('');
    if (single !== undefined) {
      shown.current = undefined;
      commit([]);
    }
  };
  const choose = (option: ComboboxOption) => option.disabled || take(option.value, option.label);

  /** The next option that can be chosen from `from` in `step` direction, or `from` at the end. */
  const move = (from: number, step: 1 | -1) => {
    for (let at = from + step; at >= 0 && at < count; at += step) if (!visible[at]!.option.disabled) return at;
    return from;
  };
  const first = () => move(-1, 1);
  const last = () => move(count, -1);

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented || disabled || readOnly) return;
    const { key, altKey } = event;
    const current = listShown ? visible[active] : undefined;
    let handled = true;
    if (key === 'ArrowDown') {
      if (altKey) setOpen(true);
      else if (!listShown) {
        const at = visible.findIndex(({ option }) => option.value === single);
        show(true, at < 0 ? first() : at);
      } else setActive(move(active, 1));
    } else if (key === 'ArrowUp') {
      if (altKey) show(false);
      else if (!listShown || active < 0) show(true, last());
      else setActive(move(active, -1));
    } else if ((key === 'Home' || key === 'End') && current) {
      // In the list they jump to the first/last option; otherwise they move the text cursor.
      setActive(key === 'Home' ? first() : last());
    } else if (key === 'Enter' && current) {
      choose(current.option);
    } else if (key === 'Enter' && open && text.trim()) {
      const exact = visible.find(({ option }) => !option.disabled && isLabel(option.label, text));
      if (exact) choose(exact.option);
      else if (allowCustomValue) take(text.trim(), text.trim());
      else handled = false;
    } else if (key === 'Escape' && open) {
      show(false);
    } else if (key === 'Escape' && (text || single !== undefined)) {
      // A second Escape clears the field (APG).
      clear();
      setTyped(false);
    } else handled = false;
    if (handled) event.preventDefault();
  };

  const handleBlur: typeof onBlur = (event) => {
    onBlur?.(event);
    show(false);
    setTyped(false);
    if (multiple || readOnly || disabled) return;
    const trimmed = text.trim();
    const exact = list.find((option) => !option.disabled && isLabel(option.label, trimmed));
    if (exact) {
      if (exact.value !== single || text !== exact.label) choose(exact);
    } else if (trimmed && allowCustomValue) {
      if (trimmed !== single) take(trimmed, trimmed);
    } else if (!trimmed && single !== undefined) {
      clear();
    } else if (text !== labelOf(single)) {
      // Only options can be chosen: undo text that is not one, back to the chosen option.
      setText(labelOf(single));
    }
  };

  const removeChip = (item: string, button: HTMLButtonElement) => {
    // Focus moves before the chip goes: to the next chip, else the previous one, else the field.
    const buttons = [...button.closest('ul')!.querySelectorAll('button')];
    const at = buttons.indexOf(button);
    (buttons[at + 1] ?? buttons[at - 1] ?? inputRef.current)?.focus();
    toggle(item, labelOf(item));
  };

  const listId = field.partId('listbox');
  const optionId = (at: number) => field.partId(`option-${at}`);

  return (
    <div
      className={cx(fieldStyles.root, className)}
      style={style}
      data-invalid={field.invalid || undefined}
      data-disabled={disabled || undefined}
    >
      <FieldLabel id={field.labelId} htmlFor={field.id} hidden={hideLabel} required={required} optional={optional}>
        {label}
      </FieldLabel>
      {field.hasDescription && <FieldDescription id={field.descriptionId}>{description}</FieldDescription>}
      {field.hasError && <FieldError id={field.errorId}>{error}</FieldError>}
      <div className={styles.root}>
        <div
          className={cx(control.controlBox, control.controlWidth[width], styles.box)}
          data-invalid={field.invalid || undefined}
          data-disabled={disabled || undefined}
          data-readonly={readOnly || undefined}
          data-open={listShown || undefined}
        >
          <input
            ref={ref}
            type="text"
            role="combobox"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            aria-autocomplete="list"
            aria-expanded={listShown}
            aria-controls={listId}
            aria-activedescendant={listShown && active >= 0 ? optionId(active) : undefined}
            data-gbg-control=""
            {...inputProps}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setTyped(true);
              show(true);
            }}
            onKeyDown={handleKeyDown}
            onBlur={handleBlur}
            onClick={(event) => {
              onClick?.(event);
              if (!disabled && !readOnly && !open) show(true);
            }}
            {...field.controlProps}
            className={cx(control.control, styles.input)}
          />
        </div>
        <div className={styles.popup} hidden={!popupShown}>
          <ul
            ref={listRef}
            id={listId}
            role="listbox"
            aria-labelledby={field.labelId}
            aria-multiselectable={multiple || undefined}
            className={styles.listbox}
            hidden={!listShown}
          >
            {visible.map(({ option, range }, at) => {
              const optionText = option.label.normalize('NFC');
              return (
                <li
                  key={option.value}
                  id={optionId(at)}
                  role="option"
                  aria-selected={selected.includes(option.value)}
                  aria-disabled={option.disabled || undefined}
                  data-active={at === active || undefined}
                  lang={option.lang}
                  className={styles.option}
                  // Keep focus in the field: the option is chosen on click.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(option)}
                >
                  {/* One flex item: loose text and the match span would be laid out (and mirrored) apart. */}
                  <span>
                    {range ? optionText.slice(0, range[0]) : option.label}
                    {range && <span className={styles.match}>{optionText.slice(range[0], range[1])}</span>}
                    {range && optionText.slice(range[1])}
                  </span>
                </li>
              );
            })}
          </ul>
          {popupShown && (loading || !count) && <p className={styles.message}>{loading ? strings.loading : strings.noMatches}</p>}
        </div>
      </div>
      {multiple && selected.length > 0 && (
        <ul className={cx(tag.list, styles.chips)} aria-label={strings.selected}>
          {selected.map((item) => (
            <li key={item} className={tag.item}>
              <button
                type="button"
                className={tag.root}
                data-removable=""
                disabled={disabled || readOnly}
                onClick={(event) => removeChip(item, event.currentTarget)}
              >
                {/* The space sits outside the hidden span: name computation trims inside it. */}
                <span className={visuallyHidden}>{strings.remove}</span>{' '}
                <span className={tag.text} lang={known.get(item)?.lang}>
                  {labelOf(item)}
                </span>
                <CloseIcon className={tag.removeIcon} />
              </button>
            </li>
          ))}
        </ul>
      )}
      {name !== undefined &&
        (multiple ? selected : [single ?? '']).map((item) => (
          <input key={item} type="hidden" name={name} value={item} disabled={disabled} />
        ))}
    </div>
  );
});
Combobox.displayName = 'Combobox';
