'use client';
import { forwardRef, useRef, type ChangeEvent, type ComponentPropsWithoutRef, type FormEvent, type ReactNode } from 'react';
import { CloseIcon } from '@goteborgsstad/icons';
import { useSectionStrings } from '../../provider/hooks.js';
import { searchFieldStrings } from '../../i18n/sections.js';
import { cx } from '../../internal/cx.js';
import { useControllableState } from '../../internal/useControllableState.js';
import { useMergedRefs } from '../../internal/useMergedRefs.js';
import { splitFieldProps } from '../../form/splitFieldProps.js';
import * as control from '../../form/control.css.js';
import { Button } from '../Button/Button.js';
import { Field, type FieldLabelProps } from '../Field/Field.js';
import * as styles from './SearchField.css.js';

interface SearchFieldOwnProps {
  /**
   * Label of the search input. Say what is searched when it is not the whole site
   * ("Sök bland nyheter").
   * @sv Sökfältets etikett. Säg vad som söks när det inte är hela webbplatsen.
   * @default "Sök" / "Search" (from the dictionaries)
   */
  label?: ReactNode;
  /**
   * Hide the label visually (it stays for screen readers). The submit button and the search
   * landmark make the purpose clear, so hidden is the default; show it when the field sits
   * among other fields.
   * @sv Döljer etiketten visuellt (skärmläsare läser den). Standard, eftersom knappen och sök-landmärket visar syftet.
   * @default true
   */
  hideLabel?: boolean;
  /**
   * Help text under the label (linked with `aria-describedby`).
   * @sv Hjälptext under etiketten, kopplad med `aria-describedby`.
   */
  description?: ReactNode;
  /**
   * Error message, e.g. from the server ("Skriv minst två tecken").
   * @sv Felmeddelande, t.ex. från servern ("Skriv minst två tecken").
   */
  error?: ReactNode;
  /**
   * Text of the submit button. Keep it a verb; the button always has visible text.
   * @sv Text på sökknappen. Håll den till ett verb.
   * @default "Sök" / "Search" (from the dictionaries)
   */
  buttonLabel?: string;
  /**
   * Called with the trimmed query when the form is submitted; the page is not reloaded. Leave
   * it out for a plain form that sends `GET action?q=…`, which also works without JavaScript.
   * @sv Anropas med den trimmade söktexten när formuläret skickas; sidan laddas inte om.
   */
  onSearch?: (value: string) => void;
  /**
   * Where the form is sent without `onSearch` (and before JavaScript has loaded): the URL of
   * the search results page.
   * @sv Dit formuläret skickas utan `onSearch`: adressen till sökresultatsidan.
   */
  action?: string;
  /**
   * HTTP method of the plain form. Searches are GET so results can be bookmarked and shared.
   * @sv HTTP-metod för det vanliga formuläret. Sökningar är GET så att resultat kan sparas och delas.
   * @default 'get'
   */
  method?: 'get' | 'post';
  /**
   * Name of the query parameter.
   * @sv Namnet på sökparametern.
   * @default 'q'
   */
  name?: string;
  /**
   * Show a clear button (an icon with the name "Rensa sökfältet") while there is text. It
   * empties the field and puts focus back in it.
   * @sv Visar en rensa-knapp medan det finns text.
   * @default false
   */
  clearable?: boolean;
  /**
   * Called after the clear button emptied the field. For a controlled `value`, set it to '' here.
   * @sv Anropas när rensa-knappen tömt fältet.
   */
  onClear?: () => void;
  /**
   * Accessible name of the search landmark. Needed only when a page has more than one search
   * ("Sök på webbplatsen", "Sök i e-tjänster").
   * @sv Sök-landmärkets tillgängliga namn. Behövs bara när sidan har fler än en sökning.
   */
  searchLabel?: string;
  /**
   * Id of the input.
   * @sv Sökfältets id.
   * @default generated
   */
  id?: string;
}

export type SearchFieldProps = SearchFieldOwnProps &
  Omit<ComponentPropsWithoutRef<'input'>, keyof SearchFieldOwnProps | 'type' | 'children' | 'required'>;

/**
 * A search form: a search landmark with a labelled `type="search"` input and a submit button.
 * Works as a plain GET form (`action`, `name="q"`) without JavaScript, and calls `onSearch`
 * with the query when given.
 *
 * `ref` goes to the `<input>`; `className` and `style` go to the `<form>`; other props go to the
 * `<input>`.
 *
 * Usage rule: one site search per page, in the header; name each landmark (`searchLabel`) if
 * there are more.
 */
export const SearchField = forwardRef<HTMLInputElement, SearchFieldProps>(function SearchField(props, forwardedRef) {
  const {
    label,
    hideLabel = true,
    buttonLabel,
    onSearch,
    action,
    method = 'get',
    name = 'q',
    clearable = false,
    onClear,
    searchLabel,
    value,
    defaultValue,
    onChange,
    ...others
  } = props;
  // className and style go to the <form>, not to the Field inside it.
  const [{ className, style, ...field }, inputProps] = splitFieldProps(others);

  const strings = { searchField: useSectionStrings(searchFieldStrings) };
  const inputRef = useRef<HTMLInputElement | null>(null);
  const setRef = useMergedRefs(inputRef, forwardedRef);

  // Track the text only to know whether to show the clear button.
  const [text, setText] = useControllableState({
    value: value === undefined ? undefined : String(value ?? ''),
    defaultValue: String(defaultValue ?? ''),
  });

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    setText(event.target.value);
    onChange?.(event);
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (!onSearch) return;
    event.preventDefault();
    onSearch((inputRef.current?.value ?? text).trim());
  };

  const handleClear = () => {
    const input = inputRef.current;
    if (input && value === undefined) input.value = '';
    setText('');
    onClear?.();
    // The button disappears with the text; focus goes back where typing continues.
    input?.focus();
  };

  const showClear = clearable && text !== '' && !field.disabled && !field.readOnly;
  const submitText = buttonLabel ?? strings.searchField.submit;

  return (
    <form
      role="search"
      aria-label={searchLabel}
      action={action}
      method={method}
      onSubmit={handleSubmit}
      className={cx(styles.root, className)}
      style={style}
    >
      <Field {...(field as FieldLabelProps)} label={label ?? strings.searchField.label} hideLabel={hideLabel} componentName="SearchField">
        {(wiring) => (
          <div className={styles.row}>
            <div
              className={cx(control.controlBox, styles.box)}
              data-invalid={wiring['aria-invalid']}
              data-disabled={wiring.disabled}
              data-readonly={wiring.readOnly}
            >
              <input
                ref={setRef}
                type="search"
                name={name}
                enterKeyHint="search"
                data-gbg-control=""
                {...(value !== undefined ? { value } : { defaultValue })}
                onChange={handleChange}
                {...inputProps}
                {...wiring}
                className={cx(control.control, styles.input)}
              />
              {showClear && (
                <button
                  type="button"
                  className={styles.clear}
                  aria-label={strings.searchField.clear}
                  aria-controls={wiring.id}
                  onClick={handleClear}
                >
                  <CloseIcon className={styles.clearIcon} />
                </button>
              )}
            </div>
            <Button type="submit" className={styles.submit} disabled={field.disabled}>
              {submitText}
            </Button>
          </div>
        )}
      </Field>
    </form>
  );
});
SearchField.displayName = 'SearchField';
