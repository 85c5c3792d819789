// Story-only play functions for the fields built on a pure parse function (PersonnummerField,
// OrganisationsnummerField, PhoneField, PostalCodeField). They all validate the same way — on
// blur, never while typing — so their stories differ only in data: each story file passes its
// own text and expected result. Never exported from the package entry.
import { expect, userEvent, within } from 'storybook/test';

interface PlayContext {
  canvasElement: HTMLElement;
  args: { onValidate?: unknown };
}

/** A story's play function, as the parser-field stories use it. */
export type ParserFieldPlay = (context: PlayContext) => Promise<void>;

/** Types into the field and leaves it, which is when the field validates. */
export async function typeAndLeave(canvasElement: HTMLElement, text: string) {
  const input = within(canvasElement).getByRole('textbox');
  await userEvent.clear(input);
  await userEvent.type(input, text);
  await userEvent.tab();
  return input;
}

/**
 * A valid value: `onValidate` gets `result` and the field shows no error. `result` is matched
 * as a part of the result (`objectContaining`) unless `exact` is set.
 */
export function playValid(text: string, result: Record<string, unknown>, { exact = false } = {}): ParserFieldPlay {
  return async ({ canvasElement, args }) => {
    const input = await typeAndLeave(canvasElement, text);
    await expect(args.onValidate).toHaveBeenLastCalledWith(exact ? result : expect.objectContaining(result));
    await expect(input).not.toHaveAttribute('aria-invalid');
  };
}

/** With `normalizeOnBlur`: a valid value is rewritten to `shown` when the field is left. */
export function playNormalize(text: string, shown: string): ParserFieldPlay {
  return async ({ canvasElement }) => {
    const input = await typeAndLeave(canvasElement, text);
    await expect(input).toHaveValue(shown);
  };
}

/** A wrong value: the field explains it, and the message is part of the input's description. */
export function playError(text: string, message: RegExp): ParserFieldPlay {
  return async ({ canvasElement }) => {
    const input = await typeAndLeave(canvasElement, text);
    await expect(input).toHaveAccessibleDescription(message);
  };
}

/** Keyboard focus in the field: the first Tab lands in the input. */
export const playFocus: ParserFieldPlay = async ({ canvasElement }) => {
  await userEvent.tab();
  await expect(within(canvasElement).getByRole('textbox')).toHaveFocus();
};
