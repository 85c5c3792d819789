// Roles, names, state and bad input in jsdom. jsdom has no showModal(): the dialog falls back to
// the `open` attribute there. The modal behaviour itself (inert page, Tab kept inside, Escape's
// cancel event, scroll lock, focus return) is tested in Chromium: Dialog.browser.test.tsx.
import { composeStories } from '@storybook/react-vite';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { GbgProvider } from '../../provider/index.js';
import { Dialog, type DialogHeadingLevel } from './Dialog.js';
import * as stories from './Dialog.stories.js';

const { Modal, English, NonModal } = composeStories(stories);
const warnings = captureWarnings();

describe('Dialog', () => {
  it('is a dialog named by its heading and described by its description', () => {
    render(
      <Dialog defaultOpen heading="Ändra e-postadress" description="Vi skickar beslut hit.">
        <p>Innehåll</p>
      </Dialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Ändra e-postadress' });
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog).toHaveAccessibleDescription('Vi skickar beslut hit.');
    expect(within(dialog).getByRole('heading', { level: 2, name: 'Ändra e-postadress' })).toBeInTheDocument();
  });

  it('has no description reference without a description', () => {
    render(<Dialog defaultOpen heading="Rubrik" />);
    expect(screen.getByRole('dialog')).not.toHaveAttribute('aria-describedby');
  });

  it('is closed by default and opens with defaultOpen', () => {
    const { rerender } = render(<Dialog heading="Rubrik" />);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('dialog', { hidden: true })).not.toHaveAttribute('open');
    rerender(<Dialog heading="Rubrik" key="b" defaultOpen />);
    expect(screen.getByRole('dialog')).toHaveAttribute('open');
  });

  it('has a labelled close button that closes it and reports through onOpenChange', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    render(<Dialog defaultOpen heading="Rubrik" onOpenChange={onOpenChange} />);
    await user.click(screen.getByRole('button', { name: 'Stäng' }));
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('controlled: stays open until the owner changes `open`', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    const { rerender } = render(<Dialog open heading="Rubrik" onOpenChange={onOpenChange} />);
    await user.click(screen.getByRole('button', { name: 'Stäng' }));
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(screen.getByRole('dialog')).toHaveAttribute('open');
    rerender(<Dialog open={false} heading="Rubrik" onOpenChange={onOpenChange} />);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('the close button is reached with Tab and works with Enter; focus moves in when opened', async () => {
    const user = userEvent.setup();
    function Opener() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Öppna
          </button>
          <Dialog open={open} onOpenChange={setOpen} heading="Rubrik" modal={false} />
        </>
      );
    }
    render(<Opener />);
    await user.tab();
    await user.keyboard('{Enter}');
    const close = screen.getByRole('button', { name: 'Stäng' });
    expect(close).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    // Focus went back to the button that opened it.
    expect(screen.getByRole('button', { name: 'Öppna' })).toHaveFocus();
  });

  it('non-modal: Escape inside closes it, unless onCancel prevents it', async () => {
    const user = userEvent.setup();
    const keep = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    const { unmount } = render(<Dialog defaultOpen modal={false} heading="Hjälp" onCancel={keep} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Stäng' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(keep).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('dialog')).toHaveAttribute('open');
    unmount();
    const onOpenChange = vi.fn();
    render(<Dialog defaultOpen modal={false} heading="Hjälp" onOpenChange={onOpenChange} />);
    await user.tab();
    await user.keyboard('{Escape}');
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('the cancel event (Escape on a modal dialog) closes it unless prevented', () => {
    const onOpenChange = vi.fn();
    const { rerender } = render(<Dialog defaultOpen heading="Rubrik" onOpenChange={onOpenChange} />);
    const dialog = screen.getByRole('dialog');
    const allowed = new Event('cancel', { cancelable: true });
    fireEvent(dialog, allowed);
    expect(allowed.defaultPrevented).toBe(true); // the state closes it, not the browser
    expect(onOpenChange).toHaveBeenCalledWith(false);
    onOpenChange.mockClear();
    rerender(<Dialog key="2" defaultOpen heading="Rubrik" onOpenChange={onOpenChange} onCancel={(event) => event.preventDefault()} />);
    fireEvent(screen.getByRole('dialog'), new Event('cancel', { cancelable: true }));
    expect(onOpenChange).not.toHaveBeenCalled();
    // A cancel the browser does not let the page refuse closes it anyway.
    fireEvent(screen.getByRole('dialog'), new Event('cancel', { cancelable: false }));
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });

  it('a nested dialog closing does not close the outer one', () => {
    const outer = vi.fn();
    render(
      <Dialog defaultOpen heading="Yttre" onOpenChange={outer}>
        <Dialog defaultOpen heading="Inre" />
      </Dialog>,
    );
    fireEvent(screen.getByRole('dialog', { name: 'Inre' }), new Event('cancel', { cancelable: true }));
    expect(screen.queryByRole('dialog', { name: 'Inre' })).toBeNull();
    expect(outer).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Yttre' })).toHaveAttribute('open');
  });

  it('moves focus to initialFocusRef, and to returnFocusRef when the opener is gone', async () => {
    const user = userEvent.setup();
    function Demo() {
      const [open, setOpen] = useState(false);
      const [opened, setOpened] = useState(false);
      const target = createRef<HTMLButtonElement>();
      const back = createRef<HTMLHeadingElement>();
      return (
        <>
          <h2 ref={back} tabIndex={-1}>
            Mina ärenden
          </h2>
          {!opened && (
            <button type="button" onClick={() => setOpen(true)}>
              Öppna
            </button>
          )}
          <Dialog
            open={open}
            onOpenChange={(next) => {
              // The opener goes away when the dialog closes (as a deleted row's button does).
              setOpened(true);
              setOpen(next);
            }}
            heading="Rubrik"
            initialFocusRef={target}
            returnFocusRef={back}
            modal={false}
          >
            <button type="button">Först</button>
            <button type="button" ref={target}>
              Vald
            </button>
          </Dialog>
        </>
      );
    }
    render(<Demo />);
    await user.click(screen.getByRole('button', { name: 'Öppna' }));
    expect(screen.getByRole('button', { name: 'Vald' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Stäng' }));
    expect(screen.getByRole('heading', { name: 'Mina ärenden' })).toHaveFocus();
  });

  it('uses the English dictionary and the English demo content', () => {
    render(
      <GbgProvider locale="en">
        <English />
      </GbgProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Change email address' });
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeInTheDocument();
  });

  it('forwards the ref and passes className, style, size and attributes through', () => {
    const ref = createRef<HTMLDialogElement>();
    render(<Dialog ref={ref} defaultOpen heading="Rubrik" className="egen" style={{ maxInlineSize: '20rem' }} size="lg" data-testid="d" />);
    expect(ref.current).toBe(screen.getByTestId('d'));
    expect(ref.current).toHaveClass('gbg-dialog', 'egen');
    expect(ref.current).toHaveAttribute('data-size', 'lg');
    expect(ref.current).toHaveStyle({ maxInlineSize: '20rem' });
  });

  it('renders footer actions and an h3 when asked; no close button with closeButton={false}', () => {
    render(<Dialog defaultOpen heading="Rubrik" headingLevel={3} closeButton={false} footer={<button type="button">Avbryt</button>} />);
    expect(screen.getByRole('heading', { level: 3 })).toBeInTheDocument();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Avbryt']);
  });

  it('server HTML: a modal dialog is closed, an open non-modal one is open', () => {
    expect(renderToString(<Dialog defaultOpen heading="Rubrik" />)).not.toMatch(/<dialog[^>]* open/);
    expect(renderToString(<Dialog defaultOpen modal={false} heading="Rubrik" />)).toMatch(/<dialog[^>]* open=""/);
  });

  it('the stories render: modal open, non-modal open', () => {
    const { unmount } = render(<Modal />);
    expect(screen.getByRole('dialog')).toHaveAttribute('open');
    unmount();
    render(<NonModal />);
    expect(screen.getByRole('dialog', { name: 'Hjälp med ansökan' })).toHaveAttribute('open');
  });
});

describe('Dialog bad input', () => {
  it('warns without a heading, naming the component and the fix', () => {
    render(<Dialog defaultOpen heading="" />);
    expect(warnings.messages().join('\n')).toMatch(/\[gbg\] Dialog: has no `heading`/);
  });

  it('renders an h2 and warns for another heading level', () => {
    render(<Dialog defaultOpen heading="Rubrik" headingLevel={4 as DialogHeadingLevel} />);
    expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
    expect(warnings.messages().join('\n')).toMatch(/\[gbg\] Dialog: `headingLevel` must be 2 or 3/);
  });

  it('warns when there is no way to close it but Escape', () => {
    render(<Dialog defaultOpen heading="Rubrik" closeButton={false} />);
    expect(warnings.messages().join('\n')).toMatch(/\[gbg\] Dialog: `closeButton=\{false\}` without a `footer`/);
  });

  it('warns when it is controlled but cannot report closing', () => {
    render(<Dialog open heading="Rubrik" />);
    expect(warnings.messages().join('\n')).toMatch(/\[gbg\] Dialog: `open` is set without `onOpenChange`/);
  });

  it('gives no warnings for good input', () => {
    render(<Modal />);
    expect(warnings.spy).not.toHaveBeenCalled();
  });
});
