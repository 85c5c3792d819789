import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, type AnchorHTMLAttributes, forwardRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { GbgProvider } from '../../provider/index.js';
import { TabNav } from './TabNav.js';
import { Tabs } from './Tabs.js';
import * as stories from './Tabs.stories.js';

const { Default, ManualActivation, DisabledTab, Navigation } = composeStories(stories);
const warnings = captureWarnings();

const selectedTab = () => screen.getAllByRole('tab').find((tab) => tab.getAttribute('aria-selected') === 'true');

describe('Tabs', () => {
  it('has a named tablist, tabs wired to their panels, and only the selected panel shown', () => {
    render(<Default />);
    const tablist = screen.getByRole('tablist', { name: 'Om förskolan' });
    const tabs = within(tablist).getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Öppettider', 'Avgifter', 'Kontakt']);
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    const panel = screen.getByRole('tabpanel', { name: 'Öppettider' });
    expect(tabs[0]).toHaveAttribute('aria-controls', panel.id);
    expect(panel).toHaveAttribute('aria-labelledby', tabs[0]!.id);
    expect(panel).toHaveTextContent('06.30–18.00');
    expect(screen.getAllByRole('tabpanel')).toHaveLength(1);
    // Every tab's aria-controls points at a panel in the document, shown or not.
    for (const tab of tabs) expect(document.getElementById(tab.getAttribute('aria-controls')!)).not.toBeNull();
  });

  it('has one tab stop, the selected tab (roving tabindex)', async () => {
    render(<Default />);
    expect(screen.getAllByRole('tab').map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);
    await userEvent.tab();
    expect(screen.getByRole('tab', { name: 'Öppettider' })).toHaveFocus();
    await userEvent.tab();
    // Next stop is the panel (it holds no focusable content), not the next tab.
    expect(screen.getByRole('tabpanel')).toHaveFocus();
  });

  it('selects with the arrow keys, wrapping, and Home/End (automatic activation)', async () => {
    const onChange = vi.fn();
    render(<Default onChange={onChange} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Öppettider' }));
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Avgifter' })).toHaveFocus();
    expect(selectedTab()).toHaveTextContent('Avgifter');
    expect(screen.getByRole('tabpanel', { name: 'Avgifter' })).toBeVisible();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(selectedTab()).toHaveTextContent('Öppettider');
    await userEvent.keyboard('{ArrowLeft}');
    expect(selectedTab()).toHaveTextContent('Kontakt');
    await userEvent.keyboard('{Home}');
    expect(selectedTab()).toHaveTextContent('Öppettider');
    await userEvent.keyboard('{End}');
    expect(selectedTab()).toHaveTextContent('Kontakt');
    expect(screen.getByRole('tab', { name: 'Kontakt' })).toHaveFocus();
    expect(onChange).toHaveBeenLastCalledWith('contact');
  });

  it('mirrors the arrows in right-to-left text', async () => {
    render(
      <div dir="rtl" style={{ direction: 'rtl' }}>
        <Default />
      </div>,
    );
    await userEvent.click(screen.getByRole('tab', { name: 'Öppettider' }));
    await userEvent.keyboard('{ArrowLeft}');
    expect(selectedTab()).toHaveTextContent('Avgifter');
    await userEvent.keyboard('{ArrowRight}');
    expect(selectedTab()).toHaveTextContent('Öppettider');
  });

  it('with manual activation, arrows move focus only and Enter or Space selects', async () => {
    render(<ManualActivation />);
    await userEvent.click(screen.getByRole('tab', { name: 'Öppettider' }));
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Avgifter' })).toHaveFocus();
    expect(selectedTab()).toHaveTextContent('Öppettider');
    await userEvent.keyboard('{Enter}');
    expect(selectedTab()).toHaveTextContent('Avgifter');
    await userEvent.keyboard('{End}');
    expect(selectedTab()).toHaveTextContent('Avgifter');
    await userEvent.keyboard(' ');
    expect(selectedTab()).toHaveTextContent('Kontakt');
  });

  it('skips a disabled tab with the arrows and cannot select it', async () => {
    render(<DisabledTab />);
    const disabled = screen.getByRole('tab', { name: 'Köplats' });
    expect(disabled).toBeDisabled();
    await userEvent.click(screen.getByRole('tab', { name: 'Öppettider' }));
    await userEvent.keyboard('{ArrowRight}');
    expect(selectedTab()).toHaveTextContent('Avgifter');
    await userEvent.click(disabled);
    expect(selectedTab()).toHaveTextContent('Avgifter');
  });

  it('is controlled by value and onChange', async () => {
    const onChange = vi.fn();
    const items = [
      { value: 'a', label: 'A', content: 'Panel A' },
      { value: 'b', label: 'B', content: 'Panel B' },
    ];
    const { rerender } = render(<Tabs label="X" items={items} value="b" onChange={onChange} />);
    expect(selectedTab()).toHaveTextContent('B');
    await userEvent.click(screen.getByRole('tab', { name: 'A' }));
    expect(onChange).toHaveBeenCalledWith('a');
    expect(selectedTab()).toHaveTextContent('B');
    rerender(<Tabs label="X" items={items} value="a" onChange={onChange} />);
    expect(selectedTab()).toHaveTextContent('A');
  });

  it('drops the panel tab stop when the panel holds focusable content', async () => {
    render(<Default defaultValue="contact" />);
    expect(screen.getByRole('tabpanel')).not.toHaveAttribute('tabindex');
    await userEvent.tab();
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'skicka ett meddelande' })).toHaveFocus();
  });

  it('server-renders the selected panel with ids safe for aria attributes', () => {
    vi.stubGlobal('window', undefined);
    const html = renderToString(<Default defaultValue="fees" id="forskola" />);
    vi.unstubAllGlobals();
    expect(html).toMatch(/id="forskola-tab-1"[^>]*aria-selected="true"|aria-selected="true"[^>]*id="forskola-tab-1"/);
    expect(html).toContain('maxtaxa');
    const generated = renderToString(<Default />);
    const ids = [...generated.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]!);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('warns about an unknown value, duplicate values, a missing label and empty items', () => {
    render(<Tabs label="X" defaultValue="finns-inte" items={[{ value: 'a', label: 'A', content: 'A' }, { value: 'a', label: 'B', content: 'B' }]} />);
    expect(selectedTab()).toHaveTextContent('A');
    expect(warnings.messages()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\[gbg\] Tabs: two tabs have the value "a"/),
        expect.stringMatching(/^\[gbg\] Tabs: no enabled tab has the value "finns-inte"/),
      ]),
    );
    render(<Tabs label="" items={[{ value: 'a', label: 'A', content: 'A' }]} />);
    expect(warnings.messages().some((m) => /Tabs: the tab list has no name/.test(m))).toBe(true);
    const { container } = render(<Tabs label="X" items={[]} />);
    expect(container).toBeEmptyDOMElement();
    expect(warnings.messages().some((m) => /Tabs: items is empty/.test(m))).toBe(true);
  });

  it('forwards the ref and merges className', () => {
    const ref = createRef<HTMLDivElement>();
    render(<Tabs ref={ref} className="mine" label="X" items={[{ value: 'a', label: 'A', content: 'A' }]} />);
    expect(ref.current).toHaveClass('mine', 'gbg-tabs');
  });
});

describe('TabNav', () => {
  it('is a named nav of links with the current page marked, and no tab roles', () => {
    render(<Navigation />);
    const nav = screen.getByRole('navigation', { name: 'Mitt ärende' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/arende/123', '/arende/123/meddelanden', '/arende/123/dokument']);
    expect(links.map((link) => link.getAttribute('aria-current'))).toEqual(['page', null, null]);
    expect(screen.queryByRole('tab')).toBeNull();
    expect(screen.queryByRole('tablist')).toBeNull();
  });

  it('renders the app router link from GbgProvider', () => {
    const RouterLink = forwardRef<HTMLAnchorElement, AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }>(
      function RouterLink(props, ref) {
        return <a ref={ref} data-router="yes" {...props} />;
      },
    );
    render(
      <GbgProvider linkComponent={RouterLink}>
        <TabNav label="Mitt ärende" items={[{ href: '/arende', label: 'Översikt', current: true }]} />
      </GbgProvider>,
    );
    expect(screen.getByRole('link', { name: 'Översikt' })).toHaveAttribute('data-router', 'yes');
  });

  it('never renders an unsafe URL, and warns about the current mark and a missing name', () => {
    render(<TabNav label="" items={[{ href: 'javascript:alert(1)', label: 'Farlig' }]} />);
    expect(screen.getByText('Farlig').closest('a')).not.toHaveAttribute('href');
    expect(warnings.messages()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/TabNav/),
        expect.stringMatching(/^\[gbg\] TabNav: 0 items are marked current/),
        expect.stringMatching(/^\[gbg\] TabNav: the navigation has no name/),
      ]),
    );
  });

  it('forwards the ref and merges className', () => {
    const ref = createRef<HTMLElement>();
    render(<TabNav ref={ref} className="mine" label="X" items={[{ href: '/a', label: 'A', current: true }]} />);
    expect(ref.current).toHaveClass('mine', 'gbg-tabs-nav');
  });
});
