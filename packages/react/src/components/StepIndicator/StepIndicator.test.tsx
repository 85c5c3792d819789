import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, forwardRef } from 'react';
import { describe, expect, it } from 'vitest';
import preview from '../../../../../.storybook/preview.js';
import { captureWarnings } from '../../../test/warnings.js';
import type { GbgLinkProps } from '../../navigation/index.js';
import { GbgProvider } from '../../provider/index.js';
import { StepIndicator } from './StepIndicator.js';
import * as stories from './StepIndicator.stories.js';

const { Default, WithAllSteps, English } = composeStories(stories, preview);
const warnings = captureWarnings();

const steps = ['Om dig', 'Fastigheten', 'Bilagor', 'Kontrollera dina svar'];

describe('StepIndicator', () => {
  it('says "Steg 2 av 4: Fastigheten" and draws one segment per step, filled up to the current one', () => {
    const { container } = render(<Default />);
    expect(container.querySelector('p')).toHaveTextContent('Steg 2 av 4: Fastigheten');
    const bar = container.querySelector('.gbg-step-indicator-bar')!;
    expect(bar).toHaveAttribute('aria-hidden', 'true');
    expect([...bar.children].map((segment) => segment.getAttribute('data-state'))).toEqual(['done', 'current', 'upcoming', 'upcoming']);
    // No list, no links, no landmark of its own unless asked for.
    expect(container.querySelector('details')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('lists all steps under "Visa alla steg": completed ones link back and say "klart", the current one is aria-current="step"', async () => {
    render(<WithAllSteps />);
    const toggle = screen.getByText('Visa alla steg');
    expect(toggle.tagName).toBe('SUMMARY');
    await userEvent.click(toggle);
    const list = screen.getByRole('list', { name: 'Formulärets steg' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(within(items[0]!).getByRole('link', { name: 'Om dig' })).toHaveAttribute('href', '#steg-1');
    expect(items[0]).toHaveTextContent('Om dig (klart)');
    expect(items[2]).toHaveAttribute('aria-current', 'step');
    // The current and later steps are text: a form is filled in order.
    expect(within(items[2]!).queryByRole('link')).toBeNull();
    expect(within(items[3]!).queryByRole('link')).toBeNull();
    expect(document.querySelectorAll('[aria-current]')).toHaveLength(1);
  });

  it('Tab reaches "Visa alla steg" and, once open, the links back to completed steps in order', async () => {
    const user = userEvent.setup();
    render(<StepIndicator steps={[{ label: 'Om dig', href: '#steg-1' }, { label: 'Fastigheten', href: '#steg-2' }, 'Bilagor']} current={3} showSteps />);
    await user.tab();
    const summary = screen.getByText('Visa alla steg');
    expect(summary).toHaveFocus();
    await user.click(summary);
    await user.tab();
    expect(screen.getByRole('link', { name: 'Om dig' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Fastigheten' })).toHaveFocus();
  });

  it('speaks English under an English provider', () => {
    const { container } = render(<English />);
    expect(container.querySelector('p')).toHaveTextContent('Step 2 of 4: The property');
  });

  it("renders completed steps' links through the app's router link", () => {
    const RouterLink = forwardRef<HTMLAnchorElement, GbgLinkProps>(function RouterLink(props, ref) {
      return <a ref={ref} data-router="" {...props} />;
    });
    render(
      <GbgProvider linkComponent={RouterLink}>
        <StepIndicator steps={[{ label: 'Om dig', href: '/steg-1' }, 'Fastigheten']} current={2} showSteps />
      </GbgProvider>,
    );
    expect(screen.getByRole('link', { name: 'Om dig' })).toHaveAttribute('data-router');
  });

  it('never renders an unsafe href', () => {
    // eslint-disable-next-line no-script-url
    render(<StepIndicator steps={[{ label: 'Om dig', href: 'javascript:alert(1)' }, 'Fastigheten']} current={2} showSteps />);
    const first = screen.getByText('Om dig');
    expect(first.closest('a')?.getAttribute('href') ?? null).toBeNull();
  });

  it('clamps a current step outside 1…n with a warning that names the fix', () => {
    const { container } = render(<StepIndicator steps={steps} current={7} />);
    expect(container.querySelector('p')).toHaveTextContent('Steg 4 av 4');
    expect(warnings.messages()).toEqual([expect.stringMatching(/^\[gbg\] StepIndicator: current=\{7\} is not a step from 1 to 4/)]);
  });

  it('renders nothing for no steps, with a warning', () => {
    const { container } = render(<StepIndicator steps={[]} current={1} />);
    expect(container).toBeEmptyDOMElement();
    expect(warnings.messages()[0]).toMatch(/^\[gbg\] StepIndicator: has no `steps`/);
  });

  it('forwards the ref and passes className, style and other attributes to the root', () => {
    const ref = createRef<HTMLDivElement>();
    render(<StepIndicator ref={ref} className="mine" style={{ maxInlineSize: '30rem' }} data-testid="steg" steps={steps} current={1} />);
    const root = screen.getByTestId('steg');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('gbg-step-indicator', 'mine');
    expect(root.style.maxInlineSize).toBe('30rem');
  });
});
