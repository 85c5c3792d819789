'use client';
import {
  forwardRef,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { CloseIcon } from '@goteborgsstad/icons';
import { useAnnounce } from '../../announce/useAnnounce.js';
import { splitFieldProps } from '../../form/splitFieldProps.js';
import * as control from '../../form/control.css.js';
import { comboboxStrings } from '../../i18n/sections.js';
import { cx } from '../../internal/cx.js';
import { useControllableState } from '../../internal/useControllableState.js';
import { useMergedRefs } from '../../internal/useMergedRefs.js';
import { warnOnce } from '../../internal/warn.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { visuallyHidden } from '../../theme/visuallyHidden.css.js';
import { Field, type FieldComponentProps, type FieldLabelProps } from '../Field/Field.js';
import * as tag from '../Tag/Tag.css.js';
import { findMatch, matchLabels, type MatchRange } from './match.js';
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
type Visible = { option: ComboboxOption; range: MatchRange | null; index: number };

const ANNOUNCE_AFTER_MS = 400;

/** The label with the matched part in bold and underlined (never by colour). */
function Label({ label, range }: { label: string; range: MatchRange | null }) {
  if (!range) return <>{label}</>;
  const text = label.normalize('NFC');
  return (
    <>
      {text.slice(0, range[0])}
      <span className={styles.match}>{text.slice(range[0], range[1])}</span>
      {text.slice(range[1])}
    </>
  );
}

/** True when `text` is the whole label by the matching rules ("angered" is "Angered"). */
function isLabel(label: string, text: string): boolean {
  const range = findMatch(label, text);
  return range !== null && range[0] === 0 && range[1] === label.normalize('NFC').length;
}

/**
 * A text field with a list of suggestions: the WAI-ARIA combobox with list autocomplete. Typing
 * filters the options (case ignored, å/ä/ö are letters of their own), arrow keys move through
 * them, Enter chooses. `multiple` chooses several, shown as removable chips. Label, description
 * and error are wired by `Field`; the number of matches, "Inga träffar" and loading are spoken
 * through the shared live region.
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
    loading = false,
    filter = true,
    allowCustomValue = false,
    name,
    width = 'full',
    multiple = false,
    value,
    defaultValue,
    onChange,
    ...others
  } = props;
  const [field, { onKeyDown, onBlur, onClick, ...inputProps }] = splitFieldProps(others);
  const strings = useSectionStrings(comboboxStrings);
  const announce = useAnnounce();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const ref = useMergedRefs(inputRef, forwardedRef);

  const list = Array.isArray(options) ? options : [];
  if (!Array.isArray(options)) {
    warnOnce('Combobox', '`options` must be an array of { value, label }; no options were shown.');
  } else if (new Set(list.map((option) => option.value)).size !== list.length) {
    warnOnce('Combobox', 'two options have the same `value`; give every option a unique value.');
  }
  if (value !== undefined && value !== null && Array.isArray(value) !== multiple) {
    warnOnce(
      'Combobox',
      multiple ? 'with `multiple`, `value` must be an array of values.' : '`value` is an array: add `multiple` to choose several, or pass one value.',
    );
  }

  // Labels of values seen so far: with options from a server the chosen ones may have left the list.
  const known = useRef(new Map<string, string>()).current;
  const langOf = useRef(new Map<string, string | undefined>()).current;
  for (const option of list) {
    known.set(option.value, option.label);
    langOf.set(option.value, option.lang);
  }
  const labelOf = (item: string) => known.get(item) ?? item;

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
    defaultValue: defaultInputValue ?? (single === undefined ? '' : labelOf(single)),
    onChange: onInputChange,
  });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Whether the text was typed since the list opened: only then does it filter the list.
  const [typed, setTyped] = useState(false);

  // A single value changed from outside (a controlled reset): show its label.
  const shownValue = useRef(single);
  useEffect(() => {
    if (multiple || shownValue.current === single) return;
    shownValue.current = single;
    setText(single === undefined ? '' : labelOf(single));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new value rewrites the text
  }, [single]);

  const query = typed ? text : '';
  const ranges = useMemo(() => matchLabels(list.map((option) => option.label), query), [list, query]);
  const visible: Visible[] = [];
  list.forEach((option, index) => {
    const range = ranges[index] ?? null;
    if (!filter || range || query.trim() === '') visible.push({ option, range, index });
  });
  const listShown = open && visible.length > 0;
  const popupShown = open && (listShown || loading || typed);

  // Speak the outcome once typing pauses: "5 träffar", "Inga träffar", "Laddar alternativ…".
  useEffect(() => {
    if (!open || (!typed && !loading)) return;
    const timer = setTimeout(() => {
      announce(loading ? strings.loading : visible.length > 0 ? strings.matches(visible.length) : strings.noMatches);
    }, ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- speak for new text/results only
  }, [open, typed, text, loading, visible.length]);

  // Keep the active option in view in a scrolled list.
  useEffect(() => {
    const option = listRef.current?.querySelector<HTMLElement>('[data-active]');
    option?.scrollIntoView?.({ block: 'nearest' });
  }, [active, listShown]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const choose = (option: ComboboxOption) => {
    if (option.disabled) return;
    if (multiple) {
      const had = selected.includes(option.value);
      commit(had ? selected.filter((item) => item !== option.value) : [...selected, option.value]);
      announce((had ? strings.removed : strings.added)(option.label));
      // The whole list again, with the same option active, so several can be chosen in a row.
      setText('');
      setTyped(false);
      setActive(list.indexOf(option));
    } else {
      shownValue.current = option.value;
      commit([option.value]);
      setText(option.label);
      setTyped(false);
      close();
    }
  };

  /** Text that is not an option becomes the value (`allowCustomValue`). */
  const commitCustom = (custom: string) => {
    if (multiple) {
      if (!selected.includes(custom)) {
        commit([...selected, custom]);
        announce(strings.added(custom));
      }
      setText('');
    } else {
      shownValue.current = custom;
      commit([custom]);
      setText(custom);
    }
    setTyped(false);
  };

  const openList = (at: number) => {
    setOpen(true);
    setActive(at);
  };

  /** The next option that can be chosen from `from` in `step` direction, or `from` at the end. */
  const move = (from: number, step: 1 | -1) => {
    for (let at = from + step; at >= 0 && at < visible.length; at += step) {
      if (!visible[at]?.option.disabled) return at;
    }
    return from;
  };

  const disabled = Boolean(field.disabled);
  const readOnly = Boolean(field.readOnly);

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented || disabled || readOnly) return;
    const current = visible[active];
    switch (event.key) {
      case 'ArrowDown': {
        event.preventDefault();
        if (event.altKey) setOpen(true);
        else if (!listShown) {
          const at = visible.findIndex(({ option }) => option.value === single);
          openList(at >= 0 ? at : move(-1, 1));
        } else setActive(move(active, 1));
        break;
      }
      case 'ArrowUp': {
        event.preventDefault();
        if (event.altKey) close();
        else if (!listShown) openList(move(visible.length, -1));
        else setActive(active < 0 ? move(visible.length, -1) : move(active, -1));
        break;
      }
      case 'Home':
      case 'End': {
        // In the list they jump to the first/last option; otherwise they move the text cursor.
        if (!listShown || active < 0) return;
        event.preventDefault();
        setActive(event.key === 'Home' ? move(-1, 1) : move(visible.length, -1));
        break;
      }
      case 'Enter': {
        if (current && listShown) {
          event.preventDefault();
          choose(current.option);
        } else if (open && text.trim() !== '') {
          const exact = visible.find(({ option }) => !option.disabled && isLabel(option.label, text));
          if (!exact && !allowCustomValue) return;
          event.preventDefault();
          if (exact) choose(exact.option);
          else commitCustom(text.trim());
          if (!multiple) close();
        }
        break;
      }
      case 'Escape': {
        if (open) {
          event.preventDefault();
          close();
        } else if (text !== '' || (!multiple && single !== undefined)) {
          // A second Escape clears the field (APG).
          event.preventDefault();
          setText('');
          setTyped(false);
          if (!multiple && single !== undefined) {
            shownValue.current = undefined;
            commit([]);
          }
        }
        break;
      }
      default:
    }
  };

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    setText(event.target.value);
    setTyped(true);
    setOpen(true);
    setActive(-1);
  };

  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    onBlur?.(event);
    close();
    if (multiple || readOnly || disabled) return;
    const trimmed = text.trim();
    const exact = trimmed && list.find((option) => !option.disabled && isLabel(option.label, trimmed));
    if (trimmed === '') {
      if (single !== undefined) {
        shownValue.current = undefined;
        commit([]);
      }
      if (text !== '') setText('');
    } else if (exact) {
      if (exact.value !== single || text !== exact.label) choose(exact);
    } else if (allowCustomValue) {
      if (trimmed !== single) commitCustom(trimmed);
    } else if (text !== (single === undefined ? '' : labelOf(single))) {
      // Only options can be chosen: undo text that is not one, back to the chosen option.
      setText(single === undefined ? '' : labelOf(single));
    }
    setTyped(false);
  };

  const handleClick = (event: MouseEvent<HTMLInputElement>) => {
    onClick?.(event);
    if (!disabled && !readOnly && !open) openList(-1);
  };

  const removeChip = (item: string, button: HTMLButtonElement) => {
    // Focus moves before the chip goes: to the next chip, else the previous one, else the field.
    const buttons = Array.from(button.closest('ul')?.querySelectorAll('button') ?? []);
    const at = buttons.indexOf(button);
    (buttons[at + 1] ?? buttons[at - 1] ?? inputRef.current)?.focus();
    commit(selected.filter((existing) => existing !== item));
    announce(strings.removed(labelOf(item)));
  };

  return (
    <Field {...(field as FieldLabelProps)} componentName="Combobox">
      {(wiring) => {
        const listId = `${wiring.id}-listbox`;
        const optionId = (at: number) => `${wiring.id}-option-${at}`;
        return (
          <>
            <div className={styles.root}>
              <div
                className={cx(control.controlBox, control.controlWidth[width], styles.box)}
                data-invalid={wiring['aria-invalid']}
                data-disabled={wiring.disabled}
                data-readonly={wiring.readOnly}
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
                  onChange={handleChange}
                  onKeyDown={handleKeyDown}
                  onBlur={handleBlur}
                  onClick={handleClick}
                  {...wiring}
                  className={cx(control.control, styles.input)}
                />
              </div>
              <div className={styles.popup} hidden={!popupShown}>
                <ul
                  ref={listRef}
                  id={listId}
                  role="listbox"
                  // Field's label (useFormField names it `<id>-label`) names the list too.
                  aria-labelledby={`${wiring.id}-label`}
                  aria-multiselectable={multiple || undefined}
                  className={styles.listbox}
                  hidden={!listShown}
                >
                  {visible.map(({ option, range }, at) => (
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
                      <Label label={option.label} range={range} />
                    </li>
                  ))}
                </ul>
                {popupShown && (loading || visible.length === 0) && (
                  <p className={styles.message}>{loading ? strings.loading : strings.noMatches}</p>
                )}
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
                      <span className={tag.text} lang={langOf.get(item)}>
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
          </>
        );
      }}
    </Field>
  );
});
Combobox.displayName = 'Combobox';
