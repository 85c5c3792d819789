import { composeStories } from '@storybook/react-vite';
import preview from '../../../../../.storybook/preview.js';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { captureWarnings } from '../../../test/warnings.js';
import { REGION_ATTRIBUTE } from '../../announce/announcer.js';
import { GbgProvider } from '../../provider/index.js';
import { Combobox, type ComboboxOption } from './Combobox.js';
import { findMatch, matchLabels } from './match.js';
import * as stories from './Combobox.stories.js';

const s = composeStories(stories, preview);
const warnings = captureWarnings();
const polite = () => document.querySelector(`[${REGION_ATTRIBUTE}="polite"]`);

afterEach(() => {
  for (const node of document.body.querySelectorAll(`:scope > [${REGION_ATTRIBUTE}]`)) node.remove();
});

const options: ComboboxOption[] = [
  { value: 'angered', label: 'Angered' },
  { value: 'akered', label: 'Åkered' },
  { value: 'haga', label: 'Haga' },
  { value: 'hisingen', label: 'Hisingen' },
  { value: 'linnestaden', label: 'Linnéstaden' },
  { value: 'orgryte', label: 'Örgryte' },
  { value: 'olskroken', label: 'Olskroken', disabled: true },
  { value: 'majorna', label: 'Majorna' },
];

const names = () => screen.queryAllByRole('option').map((option) => option.textContent);
const combobox = () => screen.getByRole('combobox');

describe('Combobox: roles and names', () => {
  it('is a combobox named by its label and described by its description, closed at first', () => {
    render(<s.Closed />);
    const input = screen.getByRole('combobox', { name: 'Stadsdel' });
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveAttribute('aria-autocomplete', 'list');
    expect(input).toHaveAccessibleDescription('Skriv några bokstäver och välj i listan.');
    expect(input).not.toHaveAttribute('aria-activedescendant');
    const listbox = document.getElementById(input.getAttribute('aria-controls')!);
    expect(listbox).toHaveAttribute('role', 'listbox');
    expect(listbox).not.toBeVisible();
  });

  it('wires the error and required state through the field', () => {
    render(<s.WithError />);
    const input = screen.getByRole('combobox', { name: 'Stadsdel (obligatoriskt)' });
    expect(input).toBeInvalid();
    expect(input).toBeRequired();
    expect(input).toHaveAccessibleDescription('Skriv några bokstäver och välj i listan. Fel: Välj den stadsdel där du bor.');
  });

  it('opens on click, the listbox named by the label; options carry aria-selected', async () => {
    const user = userEvent.setup();
    render(<s.WithValue />);
    expect(combobox()).toHaveValue('Majorna');
    await user.click(combobox());
    expect(combobox()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('listbox', { name: 'Stadsdel' })).toBeVisible();
    expect(screen.getByRole('option', { name: 'Majorna', selected: true })).toBeInTheDocument();
    expect(screen.getAllByRole('option', { selected: true })).toHaveLength(1);
  });

  it('forwards the ref to the input and passes className/style to the wrapper', () => {
    const ref = createRef<HTMLInputElement>();
    const { container } = render(<Combobox ref={ref} label="Stadsdel" options={options} className="mine" style={{ marginTop: 3 }} />);
    expect(ref.current).toBe(combobox());
    expect(container.firstElementChild).toHaveClass('mine');
    expect(container.firstElementChild).toHaveStyle({ marginTop: '3px' });
  });

  it('renders on the server closed and without touching window', () => {
    const html = renderToString(<Combobox label="Stadsdel" options={options} defaultValue="haga" name="d" />);
    expect(html).toContain('role="combobox"');
    expect(html).toContain('aria-expanded="false"');
    expect(html).toContain('value="Haga"');
    expect(html).toMatch(/type="hidden" name="d" value="haga"/);
  });
});

describe('Combobox: keyboard (APG combobox with list autocomplete)', () => {
  it('Down opens on the first option, moves, skips disabled options, Enter chooses and closes', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Combobox label="Stadsdel" options={options} onChange={onChange} />);
    await user.tab();
    expect(combobox()).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    const all = screen.getAllByRole('option');
    expect(combobox()).toHaveAttribute('aria-activedescendant', all[0]!.id);
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    // Olskroken (index 6) is disabled: the sixth step lands on Majorna.
    expect(combobox()).toHaveAttribute('aria-activedescendant', all[7]!.id);
    await user.keyboard('{ArrowDown}');
    expect(combobox()).toHaveAttribute('aria-activedescendant', all[7]!.id);
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('majorna');
    expect(combobox()).toHaveValue('Majorna');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(combobox()).not.toHaveAttribute('aria-activedescendant');
    expect(combobox()).toHaveFocus();
  });

  it('Up opens on the last option; Home and End jump in the open list', async () => {
    const user = userEvent.setup();
    render(<Combobox label="Stadsdel" options={options} />);
    await user.click(combobox());
    await user.keyboard('{Escape}{ArrowUp}');
    const all = screen.getAllByRole('option');
    expect(combobox()).toHaveAttribute('aria-activedescendant', all[7]!.id);
    await user.keyboard('{Home}');
    expect(combobox()).toHaveAttribute('aria-activedescendant', all[0]!.id);
    await user.keyboard('{End}');
    expect(combobox()).toHaveAttribute('aria-activedescendant', all[7]!.id);
    await user.keyboard('{ArrowUp}');
    expect(combobox()).toHaveAttribute('aria-activedescendant', all[5]!.id);
  });

  it('Alt+Down opens without choosing an active option; Alt+Up closes', async () => {
    const user = userEvent.setup();
    render(<Combobox label="Stadsdel" options={options} />);
    combobox().focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(combobox()).toHaveAttribute('aria-expanded', 'true');
    expect(combobox()).not.toHaveAttribute('aria-activedescendant');
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
  });

  it('Escape closes the list; a second Escape clears the text and the value', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Combobox label="Stadsdel" options={options} defaultValue="haga" onChange={onChange} />);
    await user.click(combobox());
    expect(combobox()).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(combobox()).toHaveValue('Haga');
    expect(onChange).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(combobox()).toHaveValue('');
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('Tab leaves the field and closes the list without choosing', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <>
        <Combobox label="Stadsdel" options={options} onChange={onChange} />
        <button type="button">Nästa</button>
      </>,
    );
    await user.click(combobox());
    await user.keyboard('{ArrowDown}{Tab}');
    expect(screen.getByRole('button', { name: 'Nästa' })).toHaveFocus();
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('Enter on a closed list does not block the form submit', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    render(
      <form onSubmit={onSubmit} aria-label="f">
        <Combobox label="Stadsdel" options={options} defaultValue="haga" />
      </form>,
    );
    combobox().focus();
    await user.keyboard('{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});

describe('Combobox: matching (Swedish rules)', () => {
  it('typing filters, ignores case and non-Swedish accents, highlights the match', async () => {
    const user = userEvent.setup();
    const { container } = render(<Combobox label="Stadsdel" options={options} />);
    await user.type(combobox(), 'LINNE');
    expect(names()).toEqual(['Linnéstaden']);
    expect(container.querySelector('.gbg-combobox-match')).toHaveTextContent('Linné');
    // Typing does not make an option active (manual selection).
    expect(combobox()).not.toHaveAttribute('aria-activedescendant');
  });

  it('keeps å, ä, ö apart from a and o: "a" does not find Åkered, "o" does not find Örgryte', async () => {
    const user = userEvent.setup();
    render(<Combobox label="Stadsdel" options={options} />);
    await user.type(combobox(), 'a');
    expect(names()).toEqual(['Angered', 'Haga', 'Linnéstaden', 'Majorna']);
    await user.clear(combobox());
    await user.type(combobox(), 'o');
    expect(names()).toEqual(['Olskroken', 'Majorna']);
    await user.clear(combobox());
    await user.type(combobox(), 'åk');
    expect(names()).toEqual(['Åkered']);
    await user.clear(combobox());
    await user.type(combobox(), 'ö');
    expect(names()).toEqual(['Örgryte']);
  });

  it('only when nothing matches by Swedish rules, folds å/ä/ö ("orgryte" finds Örgryte)', async () => {
    const user = userEvent.setup();
    render(<Combobox label="Stadsdel" options={options} />);
    await user.type(combobox(), 'orgryte');
    expect(names()).toEqual(['Örgryte']);
  });

  it('findMatch: property — any piece of a label is found, whatever its case', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), fc.nat(), fc.nat(), (raw, a, b) => {
        const label = raw.replace(/\s/g, 'x').normalize('NFC');
        const start = a % label.length;
        const end = start + 1 + (b % (label.length - start));
        const piece = label.slice(start, end);
        if (piece.trim() === '') return;
        expect(findMatch(label, piece)).not.toBeNull();
        expect(findMatch(label.toLocaleUpperCase('sv'), piece.toLocaleLowerCase('sv'))).not.toBeNull();
      }),
    );
  });

  it('findMatch: property — a word with å/ä/ö is never found by its a/o spelling', () => {
    const letters = fc.constantFrom(...'bcdfghjklmnprstv');
    fc.assert(
      fc.property(fc.array(letters, { minLength: 0, maxLength: 6 }), fc.constantFrom('å', 'ä', 'ö'), fc.array(letters, { maxLength: 6 }), (before, special, after) => {
        const label = `${before.join('')}${special}${after.join('')}`;
        const folded = label.replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
        expect(findMatch(label, folded)).toBeNull();
        expect(findMatch(label, label.toUpperCase())).toEqual([0, label.length]);
        // The fallback folds them: matchLabels finds it when nothing else matches.
        expect(matchLabels([label], folded)[0]).toEqual([0, label.length]);
      }),
    );
  });

  it('blank text matches nothing and leaves the list whole', () => {
    expect(findMatch('Haga', '   ')).toBeNull();
    expect(matchLabels(['Haga', 'Backa'], '')).toEqual([null, null]);
  });
});

describe('Combobox: announcements', () => {
  it('speaks the number of matches and "Inga träffar" politely after typing pauses', async () => {
    const user = userEvent.setup();
    render(<Combobox label="Stadsdel" options={options} />);
    await user.type(combobox(), 'ha');
    await waitFor(() => expect(polite()).toHaveTextContent('1 träff'));
    await user.type(combobox(), 'xyz');
    await waitFor(() => expect(polite()).toHaveTextContent('Inga träffar'));
    expect(screen.getByText('Inga träffar', { selector: 'p' })).toBeVisible();
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
  });

  it('speaks in English with the English locale', async () => {
    const user = userEvent.setup();
    render(
      <GbgProvider locale="en">
        <Combobox label="District" options={options} />
      </GbgProvider>,
    );
    await user.type(combobox(), 'a');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('4 matches'));
  });
});

describe('Combobox: async options', () => {
  it('reports typed text, shows and speaks loading, then the server results unfiltered', async () => {
    const user = userEvent.setup();
    const onInputChange = vi.fn();
    function Server() {
      const [state, setState] = useState<{ loading: boolean; list: ComboboxOption[] }>({ loading: false, list: [] });
      return (
        <>
          <Combobox
            label="Skola"
            options={state.list}
            loading={state.loading}
            filter={false}
            onInputChange={(text) => {
              onInputChange(text);
              setState({ loading: true, list: [] });
            }}
          />
          <button type="button" onClick={() => setState({ loading: false, list: [{ value: 'hvitfeldtska', label: 'Hvitfeldtska gymnasiet' }, { value: 'schillerska', label: 'Schillerska gymnasiet' }] })}>
            svara
          </button>
        </>
      );
    }
    render(<Server />);
    await user.type(combobox(), 'gym');
    expect(onInputChange).toHaveBeenLastCalledWith('gym');
    expect(screen.getByText('Laddar alternativ…', { selector: 'p' })).toBeVisible();
    await waitFor(() => expect(polite()).toHaveTextContent('Laddar alternativ…'));
    act(() => screen.getByRole('button', { name: 'svara' }).click());
    // filter={false}: the server's answer is shown as it is, the match still highlighted.
    expect(names()).toEqual(['Hvitfeldtska gymnasiet', 'Schillerska gymnasiet']);
    expect(screen.queryByText('Laddar alternativ…', { selector: 'p' })).toBeNull();
    await waitFor(() => expect(polite()).toHaveTextContent('2 träffar'));
    await user.click(screen.getByRole('option', { name: 'Schillerska gymnasiet' }));
    expect(combobox()).toHaveValue('Schillerska gymnasiet');
  });
});

describe('Combobox: pointer and values', () => {
  it('clicking an option chooses it and keeps focus in the field; the hidden input carries the value', async () => {
    const user = userEvent.setup();
    const { container } = render(<Combobox label="Stadsdel" options={options} name="stadsdel" />);
    await user.click(combobox());
    await user.click(screen.getByRole('option', { name: 'Haga' }));
    expect(combobox()).toHaveValue('Haga');
    expect(combobox()).toHaveFocus();
    expect(container.querySelector('input[type="hidden"][name="stadsdel"]')).toHaveValue('haga');
    // The visible input is not posted: it has no name.
    expect(combobox()).not.toHaveAttribute('name');
  });

  it('a disabled option cannot be chosen by click', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Combobox label="Stadsdel" options={options} onChange={onChange} />);
    await user.click(combobox());
    await user.click(screen.getByRole('option', { name: 'Olskroken' }));
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('option', { name: 'Olskroken' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('without allowCustomValue, text that is not an option is undone on blur; a typed label is chosen', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Combobox label="Stadsdel" options={options} defaultValue="haga" onChange={onChange} />);
    await user.clear(combobox());
    await user.type(combobox(), 'Nowhere');
    await user.tab();
    expect(combobox()).toHaveValue('Haga');
    expect(onChange).not.toHaveBeenCalled();
    await user.clear(combobox());
    await user.type(combobox(), 'majorna');
    await user.tab();
    expect(combobox()).toHaveValue('Majorna');
    expect(onChange).toHaveBeenLastCalledWith('majorna');
  });

  it('with allowCustomValue, free text becomes the value', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = render(<Combobox label="Ort" options={options} allowCustomValue name="ort" onChange={onChange} />);
    await user.type(combobox(), 'Kungälv');
    await user.tab();
    expect(onChange).toHaveBeenLastCalledWith('Kungälv');
    expect(combobox()).toHaveValue('Kungälv');
    expect(container.querySelector('input[type="hidden"]')).toHaveValue('Kungälv');
  });

  it('follows a controlled value set from outside', () => {
    const { rerender } = render(<Combobox label="Stadsdel" options={options} value="haga" onChange={() => {}} />);
    expect(combobox()).toHaveValue('Haga');
    rerender(<Combobox label="Stadsdel" options={options} value={null} onChange={() => {}} />);
    expect(combobox()).toHaveValue('');
  });

  it('is disabled and read-only through the field', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Combobox label="Stadsdel" options={options} disabled />);
    expect(combobox()).toBeDisabled();
    rerender(<Combobox label="Stadsdel" options={options} readOnly defaultValue="haga" />);
    await user.click(combobox());
    await user.keyboard('{ArrowDown}');
    expect(combobox()).toHaveAttribute('readonly');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('Combobox: multiple', () => {
  it('shows chosen values as chips, posts one hidden input each, keeps the list open to choose more', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = render(<s.Multiple onChange={onChange} />);
    const input = screen.getByRole('combobox', { name: 'Stadsdelar du kan tänka dig' });
    const chips = screen.getByRole('list', { name: 'Valda' });
    expect(within(chips).getAllByRole('button').map((b) => b.textContent)).toEqual(['Ta bort Haga', 'Ta bort Majorna']);
    expect([...container.querySelectorAll<HTMLInputElement>('input[type="hidden"]')].map((i) => i.value)).toEqual(['haga', 'majorna']);
    expect(screen.getByRole('listbox', { hidden: true })).toHaveAttribute('aria-multiselectable', 'true');
    await user.type(input, 'ange');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(['haga', 'majorna', 'angered']);
    expect(input).toHaveValue('');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('option', { name: 'Angered', selected: true })).toBeInTheDocument();
    await waitFor(() => expect(polite()).toHaveTextContent('Angered vald'));
    // Enter on a chosen option removes it again.
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(['haga', 'majorna']);
  });

  it('removing a chip moves focus to the next chip, then to the field, and is spoken', async () => {
    const user = userEvent.setup();
    render(<s.Multiple />);
    await user.click(screen.getByRole('button', { name: 'Ta bort Haga' }));
    expect(screen.getByRole('button', { name: 'Ta bort Majorna' })).toHaveFocus();
    await waitFor(() => expect(polite()).toHaveTextContent('Haga borttagen'));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('combobox')).toHaveFocus();
    expect(screen.queryByRole('list', { name: 'Valda' })).toBeNull();
  });

  it('English story: English strings and text, place names marked Swedish', async () => {
    const user = userEvent.setup();
    render(<s.English />);
    expect(screen.getByRole('combobox', { name: 'Districts you would consider' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Selected' })).toBeInTheDocument();
    const chip = screen.getByRole('button', { name: 'Remove Haga' });
    expect(chip.querySelector('[lang="sv"]')).toHaveTextContent('Haga');
    await user.click(screen.getByRole('combobox'));
    expect(screen.getByRole('option', { name: 'Angered' })).toHaveAttribute('lang', 'sv');
  });
});

describe('Combobox: bad input', () => {
  it('warns about options that are not an array, without crashing', () => {
    render(<Combobox label="Stadsdel" options={'Haga' as unknown as ComboboxOption[]} />);
    expect(combobox()).toBeInTheDocument();
    expect(warnings.messages()).toEqual(['[gbg] Combobox: `options` must be an array of { value, label }; no options were shown.']);
  });

  it('warns about duplicate values', () => {
    render(<Combobox label="Stadsdel" options={[...options, { value: 'haga', label: 'Haga igen' }]} />);
    expect(warnings.messages()[0]).toContain('same `value`');
  });

  it('warns when value and multiple disagree', () => {
    render(<Combobox label="Stadsdel" options={options} value={['haga'] as unknown as string} onChange={() => {}} />);
    expect(warnings.messages()[0]).toContain('add `multiple`');
  });

  it('warns about a missing label through the field', () => {
    render(<Combobox label="" options={options} />);
    expect(warnings.messages()[0]).toMatch(/^\[gbg\] Combobox: add a `label`/);
  });
});
