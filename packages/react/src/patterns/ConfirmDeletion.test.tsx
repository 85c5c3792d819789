// The "Bekräfta borttagning" pattern end to end in jsdom: each delete button is named with its
// draft, the question names what is deleted, focus starts on Avbryt, and after the deletion the
// draft is gone, the result shows and is spoken, and focus is on the list's heading.
import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REGION_ATTRIBUTE } from '../announce/announcer.js';
import { GbgProvider } from '../provider/index.js';
import * as stories from './ConfirmDeletion.stories.js';

const { BekraftaBorttagning, BorttagningenMisslyckas, FragaOppen } = composeStories(stories);

afterEach(() => {
  for (const node of document.body.querySelectorAll(`:scope > [${REGION_ATTRIBUTE}]`)) node.remove();
});

describe('Mönster/Bekräfta borttagning', () => {
  it('names every delete button with its draft', () => {
    render(<BekraftaBorttagning />);
    expect(screen.getAllByRole('button', { name: /^Ta bort / }).map((b) => b.textContent)).toEqual([
      'Ta bort Ansökan om bygglov, Storgatan 12',
      'Ta bort Ansökan om parkeringstillstånd',
      'Ta bort Ansökan om förskoleplats',
    ]);
  });

  it('cancel leaves everything as it was and returns focus to the delete button', async () => {
    const user = userEvent.setup();
    render(<BekraftaBorttagning />);
    const opener = screen.getByRole('button', { name: 'Ta bort Ansökan om parkeringstillstånd' });
    await user.click(opener);
    const dialog = screen.getByRole('alertdialog', { name: 'Vill du ta bort utkastet?' });
    expect(dialog).toHaveAccessibleDescription(/^Ansökan om parkeringstillstånd och det du har fyllt i tas bort\. Det går inte att ångra\.$/);
    expect(within(dialog).getByRole('button', { name: 'Avbryt' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(opener).toHaveFocus();
  });

  it('confirm deletes the draft, shows and speaks the result, and puts focus on the heading', async () => {
    const user = userEvent.setup();
    render(
      <GbgProvider>
        <BekraftaBorttagning />
      </GbgProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Ta bort Ansökan om bygglov, Storgatan 12' }));
    await user.click(screen.getByRole('button', { name: 'Ta bort utkastet' }));
    await vi.waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull(), { timeout: 3000 });
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByText('Ansökan om bygglov, Storgatan 12', { selector: 'h2' })).toBeNull();
    expect(screen.getByRole('heading', { name: /Utkastet är borttaget/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Mina utkast' })).toHaveFocus();
    await vi.waitFor(() =>
      expect(document.querySelector(`[${REGION_ATTRIBUTE}="polite"]`)).toHaveTextContent('Utkastet är borttaget: Ansökan om bygglov, Storgatan 12'),
    );
  });

  it('a failed deletion keeps the dialog and the draft', async () => {
    const user = userEvent.setup();
    render(<BorttagningenMisslyckas />);
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort utkastet' }));
    await vi.waitFor(() => expect(within(dialog).getByText(/kunde inte tas bort just nu/)).toBeInTheDocument(), { timeout: 3000 });
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });

  it('English locale: everything in English', () => {
    render(
      <GbgProvider locale="en">
        <FragaOppen />
      </GbgProvider>,
    );
    const dialog = screen.getByRole('alertdialog', { name: 'Delete the draft?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'My drafts' })).toBeInTheDocument();
  });
});
