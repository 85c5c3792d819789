import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { GbgProvider } from '../../provider/index.js';
import { SearchField } from './SearchField.js';
import * as stories from './SearchField.stories.js';

const { Standard, VisibleLabel, Clearable, Controlled, TwoSearches, WithError, Disabled } = composeStories(stories);
const warnings = captureWarnings();

afterEach(() => {
  vi.restoreAllMocks();
});

describe('SearchField', () => {
  it('is a search landmark with a labelled searchbox and a labelled submit button', () => {
    render(<Standard />);
    const search = screen.getByRole('search');
    const input = screen.getByRole('searchbox', { name: 'Sök' });
    expect(search).toContainElement(input);
    expect(input).toHaveAttribute('type', 'search');
    expect(input).toHaveAttribute('name', 'q');
    expect(screen.getByRole('button', { name: 'Sök' })).toHaveAttribute('type', 'submit');
  });

  it('is a plain GET form to `action` (works without JavaScript)', () => {
    render(<Standard />);
    const form = screen.getByRole('search') as HTMLFormElement;
    expect(form.tagName).toBe('FORM');
    expect(form.getAttribute('action')).toBe('/sok');
    expect(form.method).toBe('get');
  });

  it('keeps the label in the DOM when hidden, and shows it on request', () => {
    const { unmount } = render(<Standard />);
    expect(screen.getByText('Sök', { selector: 'label' })).toBeInTheDocument();
    unmount();
    render(<VisibleLabel />);
    expect(screen.getByRole('searchbox', { name: 'Sök bland nyheter' })).toHaveAccessibleDescription(
      'Till exempel "bygglov" eller "förskola".',
    );
  });

  it('calls onSearch with the trimmed query on Enter and on the button, without submitting the page', async () => {
    const user = userEvent.setup();
    const onSearch = vi.fn();
    const submit = vi.fn((event: Event) => event.defaultPrevented);
    render(<SearchField onSearch={onSearch} />);
    // Listen above React's root so the check runs after React's handler.
    document.addEventListener('submit', submit);
    await user.type(screen.getByRole('searchbox'), '  bygglov  {Enter}');
    expect(onSearch).toHaveBeenLastCalledWith('bygglov');
    await user.click(screen.getByRole('button', { name: 'Sök' }));
    expect(onSearch).toHaveBeenCalledTimes(2);
    document.removeEventListener('submit', submit);
    expect(submit).toHaveBeenCalledTimes(2);
    expect(submit.mock.results.every((result) => result.value === true)).toBe(true);
  });

  it('shows a named clear button while there is text; it empties the field and returns focus', async () => {
    const user = userEvent.setup();
    const onClear = vi.fn();
    render(<Clearable onClear={onClear} />);
    const input = screen.getByRole('searchbox');
    await user.click(screen.getByRole('button', { name: 'Rensa sökfältet' }));
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
    expect(onClear).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Rensa sökfältet' })).toBeNull();
    await user.type(input, 'a');
    expect(screen.getByRole('button', { name: 'Rensa sökfältet' })).toBeInTheDocument();
  });

  it('clears a controlled value through onClear', async () => {
    const user = userEvent.setup();
    render(<Controlled />);
    const input = screen.getByRole('searchbox');
    expect(input).toHaveValue('simhall');
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Rensa sökfältet' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
  });

  it('does not render a clear button unless asked', async () => {
    const user = userEvent.setup();
    render(<Standard />);
    await user.type(screen.getByRole('searchbox'), 'abc');
    expect(screen.getAllByRole('button')).toHaveLength(1);
  });

  it('names each landmark when there are two', () => {
    render(<TwoSearches />);
    expect(screen.getByRole('search', { name: 'Sök på webbplatsen' })).toBeInTheDocument();
    expect(screen.getByRole('search', { name: 'Sök i e-tjänster' })).toBeInTheDocument();
  });

  it('shows an error through Field', () => {
    render(<WithError />);
    const input = screen.getByRole('searchbox');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Skriv minst två tecken\./);
  });

  it('disables the input and the button', () => {
    render(<Disabled />);
    expect(screen.getByRole('searchbox')).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Sök' })).toBeDisabled();
  });

  it('uses the English strings from the provider', async () => {
    render(
      <GbgProvider locale="en">
        <SearchField clearable defaultValue="x" />
      </GbgProvider>,
    );
    expect(screen.getByRole('searchbox', { name: 'Search' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Search' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear search' })).toBeInTheDocument();
  });

  it('warns when the label is made empty', () => {
    render(<SearchField label="" />);
    expect(warnings.spy).toHaveBeenCalledWith(expect.stringContaining('[gbg] SearchField: add a `label`'));
  });

  it('forwards the ref to the input; className and style go to the form, other props to the input', () => {
    const ref = createRef<HTMLInputElement>();
    render(<SearchField ref={ref} className="mine" style={{ maxInlineSize: '30rem' }} placeholder="t.ex. bygglov" autoComplete="off" />);
    const input = screen.getByRole('searchbox');
    const form = screen.getByRole('search');
    expect(ref.current).toBe(input);
    expect(form).toHaveClass('mine');
    expect(form.style.maxInlineSize).toBe('30rem');
    expect(input).toHaveAttribute('placeholder', 't.ex. bygglov');
    expect(input).toHaveAttribute('autocomplete', 'off');
  });
});
