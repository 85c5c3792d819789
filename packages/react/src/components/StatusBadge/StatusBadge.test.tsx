import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { GbgProvider } from '../../provider/index.js';
import { StatusBadge, type CaseStatus } from './StatusBadge.js';
import * as stories from './StatusBadge.stories.js';

const { AllStatuses, OwnWords, InCaseList } = composeStories(stories);
const warnings = captureWarnings();

const WORDS: Array<[CaseStatus, string, string]> = [
  ['submitted', 'Inskickad', 'Submitted'],
  ['in-progress', 'Under handläggning', 'In progress'],
  ['action-needed', 'Komplettering behövs', 'More information needed'],
  ['decided', 'Beslut fattat', 'Decision made'],
  ['closed', 'Avslutad', 'Closed'],
];

describe('StatusBadge', () => {
  it.each(WORDS)('%s: says "%s" in words beside a hidden icon', (status, sv) => {
    const { container } = render(<StatusBadge status={status} />);
    const badge = container.firstElementChild!;
    expect(badge).toHaveTextContent(sv);
    expect(badge).toHaveAttribute('data-status', status);
    expect(badge.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('every status has its own icon, so the meaning never rests on colour', () => {
    const { container } = render(<AllStatuses />);
    const icons = [...container.querySelectorAll('.gbg-status-badge svg')].map((svg) => svg.innerHTML);
    expect(icons).toHaveLength(5);
    expect(new Set(icons).size).toBe(5);
  });

  it('reads the English words under the English locale', () => {
    render(
      <GbgProvider locale="en">
        {WORDS.map(([status]) => (
          <StatusBadge key={status} status={status} />
        ))}
      </GbgProvider>,
    );
    for (const [, , en] of WORDS) expect(screen.getByText(en)).toBeInTheDocument();
  });

  it('the dictionary words can be overridden by the app', () => {
    render(
      <GbgProvider strings={{ statusBadge: { decided: 'Klart' } }}>
        <StatusBadge status="decided" />
      </GbgProvider>,
    );
    expect(screen.getByText('Klart')).toBeInTheDocument();
  });

  it('shows the service’s own words instead of the built-in ones', () => {
    render(<OwnWords />);
    expect(screen.getByText('Beviljad').closest('.gbg-status-badge')).toHaveAttribute('data-status', 'decided');
    expect(screen.queryByText('Beslut fattat')).toBeNull();
  });

  it('is plain text: no role, no live region, not focusable', () => {
    const { container } = render(<InCaseList />);
    expect(container.querySelector('.gbg-status-badge[role], .gbg-status-badge [aria-live], .gbg-status-badge[tabindex]')).toBeNull();
    expect(screen.getAllByRole('listitem')[1]).toHaveTextContent('Bygglov för altan (2026-03977)Komplettering behövs');
  });

  it('forwards the ref and passes className, style and attributes through', () => {
    const ref = createRef<HTMLSpanElement>();
    render(<StatusBadge ref={ref} status="closed" className="egen" style={{ marginInline: '1rem' }} data-testid="b" />);
    expect(ref.current).toBe(screen.getByTestId('b'));
    expect(ref.current).toHaveClass('gbg-status-badge', 'egen');
    expect(ref.current).toHaveStyle({ marginInline: '1rem' });
  });
});

describe('StatusBadge bad input', () => {
  it('an unknown status shows "Inskickad" with a warning naming the component and the fix', () => {
    render(<StatusBadge status={'approved' as CaseStatus} data-testid="b" />);
    expect(screen.getByTestId('b')).toHaveAttribute('data-status', 'submitted');
    expect(screen.getByTestId('b')).toHaveTextContent('Inskickad');
    expect(warnings.messages().join('\n')).toMatch(/\[gbg\] StatusBadge: `status` must be .*"approved"/);
  });

  it('a status from the prototype chain is not accepted', () => {
    render(<StatusBadge status={'toString' as CaseStatus} data-testid="b" />);
    expect(screen.getByTestId('b')).toHaveAttribute('data-status', 'submitted');
  });

  it('gives no warnings for good input', () => {
    render(<AllStatuses />);
    render(<OwnWords />);
    expect(warnings.spy).not.toHaveBeenCalled();
  });
});
