// The behaviour every field built on a pure parse function shares (PersonnummerField,
// OrganisationsnummerField, PhoneField, PostalCodeField): validate on blur and never while
// typing, explain errors from the dictionaries, clear an error as soon as the value is right,
// normalise on request, let an outside error win, pass handlers, ref and attributes through.
// Each field's test file calls `parserFieldBehaviour` with its own data inside its describe block
// and keeps the tests that are only its own.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState, type ChangeEvent, type ComponentType, type ReactNode, type Ref } from 'react';
import { expect, it, vi } from 'vitest';
import { GbgProvider } from '../src/provider/index.js';
import type { CapturedWarnings } from './warnings.js';

/** Types into the only textbox and leaves it (Tab), which is when the field validates. */
export async function typeAndLeave(text: string) {
  const user = userEvent.setup();
  const input = screen.getByRole('textbox');
  await user.clear(input);
  await user.type(input, text);
  await user.tab();
  return { user, input };
}

/** The props the shared tests give a parser field. */
export interface ParserFieldTestProps {
  label?: ReactNode;
  description?: ReactNode;
  normalizeOnBlur?: boolean;
  value?: string;
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void;
  onBlur?: () => void;
  /** The tests read only what every parse result has (the full types differ per field). */
  onValidate?: (result: ParseOutcome) => void;
  id?: string;
  name?: string;
  className?: string;
  ref?: Ref<HTMLInputElement>;
}

interface ParseOutcome {
  ok: boolean;
  normalized?: string | undefined;
}

type Messages<Code extends string> = Record<Code, { sv: string; en: string }>;

export interface ParserFieldCase<Code extends string> {
  /** The component itself, for renders with the tests' own props. */
  Field: ComponentType<ParserFieldTestProps>;
  /** Props every direct render needs (a fixed `referenceDate`). */
  props?: Record<string, unknown>;
  /** The composed `Standard`, `Required` and `ServerError` stories of the field. */
  stories: { Standard: ComponentType; Required: ComponentType; ServerError: ComponentType };
  /** The parser's messages (`personnummerMessages` and the others). */
  messages: Messages<Code>;
  /** Text that is still wrong after a few characters, checked only on Tab. */
  partial: string;
  /** Wrong texts and the error each gives, in Swedish. */
  errors: ReadonlyArray<readonly [text: string, code: Code]>;
  /** The label under an English provider, and a wrong text with its error. */
  english: { label: string; text: string; code: Code };
  /** Valid texts and what `onValidate` is last called with (a value or a matcher). */
  results: ReadonlyArray<readonly [text: string, result: unknown]>;
  /** A wrong text that one more character (`fix`) makes right. */
  fix: { text: string; fix: string };
  /** A wrong text that stays wrong after one more character (`more`), and its first error. */
  stillWrong: { text: string; more: string; code: Code };
  /** A valid text, as `normalizeOnBlur` shows it, and the result's `normalized`. */
  normalize: { text: string; shown: string; normalized: string };
  /** The `ServerError` story's message, and a wrong text whose own error it hides. */
  serverError: { message: string; text: string; code: Code };
  /** The test file's `captureWarnings()`. */
  warnings: CapturedWarnings;
}

/** Registers the shared tests (call inside the field's `describe`). */
export function parserFieldBehaviour<Code extends string>(c: ParserFieldCase<Code>) {
  const { Field, props = {}, stories, messages } = c;

  it('does not validate while typing, only on blur (Tab)', async () => {
    const user = userEvent.setup();
    render(<stories.Standard />);
    const input = screen.getByRole('textbox');
    await user.type(input, c.partial);
    expect(input).not.toHaveAttribute('aria-invalid');
    await user.tab();
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it.each(c.errors)('explains %s as %s in Swedish', async (text, code) => {
    render(<stories.Standard />);
    const { input } = await typeAndLeave(text);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(messages[code].sv));
  });

  it('explains errors in English under an English provider', async () => {
    render(
      <GbgProvider locale="en">
        <Field {...props} />
      </GbgProvider>,
    );
    expect(screen.getByRole('textbox', { name: c.english.label })).toBeInTheDocument();
    const { input } = await typeAndLeave(c.english.text);
    expect(input).toHaveAccessibleDescription(expect.stringContaining(messages[c.english.code].en));
  });

  it.each(c.results)('reports the result of %s on blur, with no error shown', async (text, result) => {
    const onValidate = vi.fn();
    render(<Field {...props} onValidate={onValidate} />);
    const { input } = await typeAndLeave(text);
    expect(onValidate).toHaveBeenLastCalledWith(result);
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('clears a shown error as soon as the value becomes valid, without a new blur', async () => {
    render(<stories.Standard />);
    const { user, input } = await typeAndLeave(c.fix.text);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.click(input);
    await user.type(input, c.fix.fix);
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('keeps the first error while the person is still typing a wrong value', async () => {
    render(<stories.Standard />);
    const { user, input } = await typeAndLeave(c.stillWrong.text);
    await user.click(input);
    await user.type(input, c.stillWrong.more);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(messages[c.stillWrong.code].sv));
  });

  it('shows no error for an empty field on blur, even when required', async () => {
    const user = userEvent.setup();
    render(<stories.Required />);
    await user.click(screen.getByRole('textbox'));
    await user.tab();
    expect(screen.getByRole('textbox')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('textbox')).toHaveAttribute('aria-required', 'true');
  });

  it('normalises an uncontrolled value on blur when asked', async () => {
    render(<Field {...props} normalizeOnBlur />);
    const { input } = await typeAndLeave(c.normalize.text);
    expect(input).toHaveValue(c.normalize.shown);
  });

  it('never rewrites a controlled value by itself', async () => {
    function Controlled() {
      const [value, setValue] = useState('');
      return <Field {...props} normalizeOnBlur value={value} onChange={(event) => setValue(event.target.value)} />;
    }
    render(<Controlled />);
    const { input } = await typeAndLeave(c.normalize.text);
    expect(input).toHaveValue(c.normalize.text);
  });

  it('lets a controlled value be normalised from onValidate', async () => {
    function Controlled() {
      const [value, setValue] = useState('');
      return (
        <Field
          {...props}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          onValidate={(result) => result.ok && result.normalized && setValue(result.normalized)}
        />
      );
    }
    render(<Controlled />);
    const { input } = await typeAndLeave(c.normalize.text);
    expect(input).toHaveValue(c.normalize.normalized);
  });

  it('shows an error from outside instead of its own', async () => {
    render(<stories.ServerError />);
    const input = screen.getByRole('textbox');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(c.serverError.message));
    await typeAndLeave(c.serverError.text);
    expect(input).toHaveAccessibleDescription(expect.stringContaining(c.serverError.message));
    expect(input).not.toHaveAccessibleDescription(expect.stringContaining(messages[c.serverError.code].sv));
  });

  it('calls the caller’s onBlur and onChange too', async () => {
    const onBlur = vi.fn();
    const onChange = vi.fn();
    render(<Field {...props} onBlur={onBlur} onChange={onChange} />);
    await typeAndLeave('12');
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onBlur).toHaveBeenCalledTimes(1);
  });

  it('forwards the ref to the input and passes className, name and id through', () => {
    const ref = createRef<HTMLInputElement>();
    const { container } = render(<Field {...props} ref={ref} id="falt" name="falt" className="mine" />);
    const input = screen.getByRole('textbox');
    expect(ref.current).toBe(input);
    expect(input).toHaveAttribute('id', 'falt');
    expect(input).toHaveAttribute('name', 'falt');
    expect(container.querySelector('.mine')).toContainElement(input);
  });

  it('can drop the hint and take its own label', () => {
    render(<Field {...props} label="Fältets egen etikett" description={null} />);
    const input = screen.getByRole('textbox', { name: 'Fältets egen etikett' });
    expect(input).not.toHaveAttribute('aria-describedby');
  });

  it('warns through Field when the label is made empty', () => {
    render(<Field {...props} label="" />);
    expect(c.warnings.spy).toHaveBeenCalledWith(expect.stringContaining('add a `label`'));
  });
}
