import { composeStories } from '@storybook/react-vite';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { REGION_ATTRIBUTE } from '../../announce/announcer.js';
import { GbgProvider } from '../../provider/index.js';
import { ServiceStatus, serviceStatusStorageKey } from './ServiceStatus.js';
import * as stories from './ServiceStatus.stories.js';

const { Disruption, Dismissing, NotDismissible, English } = composeStories(stories);
const warnings = captureWarnings();
const key = serviceStatusStorageKey('e-tjanster-2026-12-06');

beforeEach(() => window.localStorage.clear());
afterEach(() => {
  window.localStorage.clear();
  for (const node of document.body.querySelectorAll(`:scope > [${REGION_ATTRIBUTE}]`)) node.remove();
});

describe('ServiceStatus', () => {
  it('shows the disruption with its tone in words, heading and text, and a named close button', () => {
    render(<Disruption />);
    expect(screen.getByRole('heading', { level: 2, name: 'Fel: Driftstörning i e-tjänsterna' })).toBeInTheDocument();
    expect(screen.getByText(/Det går inte att logga in/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stäng Driftstörning i e-tjänsterna' })).toBeInTheDocument();
  });

  it('is not spoken on load (no live region, no role="alert")', () => {
    const { container } = render(<Disruption />);
    expect(container.querySelector('[role="alert"], [aria-live]')).toBeNull();
    expect(document.querySelector(`[${REGION_ATTRIBUTE}]`)?.textContent ?? '').toBe('');
  });

  it('closing by keyboard hides it, stores the choice per message id and moves focus to what follows', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    render(
      <>
        <ServiceStatus messageId="m1" heading="Driftstörning" onDismiss={onDismiss}>
          Text
        </ServiceStatus>
        <a href="#innehall">Till innehållet</a>
      </>,
    );
    await user.tab();
    expect(screen.getByRole('button', { name: /^Stäng / })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('heading', { name: /Driftstörning/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Till innehållet' })).toHaveFocus();
    expect(window.localStorage.getItem(serviceStatusStorageKey('m1'))).toBe('dismissed');
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('the story closes the banner and remembers it', async () => {
    const user = userEvent.setup();
    render(<Dismissing />);
    await user.click(screen.getByRole('button', { name: /^Stäng / }));
    expect(screen.getByRole('link', { name: 'Till innehållet' })).toHaveFocus();
    expect(window.localStorage.getItem(serviceStatusStorageKey('stories-dismissing'))).toBe('dismissed');
  });

  it('server HTML always contains the banner, so nobody who did not close it sees a flash', () => {
    window.localStorage.setItem(key, 'dismissed');
    const html = renderToString(<Disruption />);
    expect(html).toContain('Driftstörning i e-tjänsterna');
  });

  it('after hydration a dismissed message is hidden, without hydration warnings', async () => {
    const html = renderToString(<Disruption />);
    window.localStorage.setItem(key, 'dismissed');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.appendChild(container);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const root = await act(async () => hydrateRoot(container, <Disruption />));
    expect(container.textContent).not.toContain('Driftstörning');
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    act(() => root.unmount());
    container.remove();
  });

  it('a message that was not dismissed stays after hydration; another id does not hide it', async () => {
    window.localStorage.setItem(serviceStatusStorageKey('en-annan'), 'dismissed');
    render(<Disruption />);
    expect(screen.getByRole('heading', { name: /Driftstörning/ })).toBeInTheDocument();
  });

  it('without dismissible there is no close button and a stored dismissal is ignored', () => {
    window.localStorage.setItem(key, 'dismissed');
    render(<NotDismissible />);
    expect(screen.getByRole('heading', { name: /Driftstörning/ })).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('still closes when storage is blocked (for this page view)', async () => {
    const user = userEvent.setup();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('blocked');
    });
    render(<Disruption />);
    await user.click(screen.getByRole('button', { name: /^Stäng / }));
    expect(screen.queryByRole('heading', { name: /Driftstörning/ })).toBeNull();
    setItem.mockRestore();
  });

  it('English: tone word and close button in English', () => {
    render(
      <GbgProvider locale="en">
        <English />
      </GbgProvider>,
    );
    expect(screen.getByRole('button', { name: 'Close Disruption in the e-services' })).toBeInTheDocument();
  });

  it('forwards the ref to the band and passes className and style to it', () => {
    const ref = createRef<HTMLDivElement>();
    render(<ServiceStatus ref={ref} messageId="m2" heading="Driftstörning" className="egen" style={{ marginBlockEnd: '1rem' }} />);
    expect(ref.current).toHaveClass('gbg-service-status', 'egen');
    expect(ref.current).toHaveAttribute('data-tone', 'error');
    expect(ref.current).toHaveStyle({ marginBlockEnd: '1rem' });
  });
});

describe('ServiceStatus bad input', () => {
  it('an empty messageId warns, naming the component and the fix, and is not stored', async () => {
    const user = userEvent.setup();
    render(<ServiceStatus messageId="" heading="Driftstörning" />);
    expect(warnings.messages().join('\n')).toMatch(/\[gbg\] ServiceStatus: needs a `messageId`/);
    await user.click(screen.getByRole('button', { name: /^Stäng / }));
    expect(window.localStorage.length).toBe(0);
  });

  it('gives no warnings for good input', () => {
    render(<Disruption />);
    expect(warnings.spy).not.toHaveBeenCalled();
  });
});
