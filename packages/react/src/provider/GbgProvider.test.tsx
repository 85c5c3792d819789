import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, type MockInstance } from 'vitest';
import { captureWarnings } from '../../test/warnings.js';
import { GbgProvider } from './GbgProvider.js';
import { useDirection, useGbgTheme, useLocale, useStrings } from './hooks.js';
import type { GbgDirection, GbgTheme } from './context.js';
import type { GbgLocale } from '../i18n/index.js';

function Report({ id }: { id: string }) {
  const t = useStrings();
  return (
    <output data-testid={id}>
      {[useGbgTheme(), useLocale(), useDirection(), t.common.close, t.common.loading].join('|')}
    </output>
  );
}

let warn: MockInstance<(...args: unknown[]) => void>;
const warnings = captureWarnings();
beforeEach(() => {
  warn = warnings.spy;
});

describe('GbgProvider', () => {
  it('gives Swedish, light, left-to-right defaults without a provider', () => {
    render(<Report id="r" />);
    expect(screen.getByTestId('r')).toHaveTextContent('light|sv|ltr|Stäng|Laddar…');
  });

  it('sets data-gbg-theme, lang and dir on its wrapper', () => {
    render(
      <GbgProvider theme="dark" locale="en" dir="rtl" data-testid="p">
        <Report id="r" />
      </GbgProvider>,
    );
    const wrapper = screen.getByTestId('p');
    expect(wrapper).toHaveAttribute('data-gbg-theme', 'dark');
    expect(wrapper).toHaveAttribute('lang', 'en');
    expect(wrapper).toHaveAttribute('dir', 'rtl');
    expect(wrapper).toHaveClass('gbg-provider');
    expect(screen.getByTestId('r')).toHaveTextContent('dark|en|rtl|Close|Loading…');
  });

  it('passes className, style, other attributes and ref through', () => {
    let node: HTMLElement | null = null;
    render(
      <GbgProvider
        as="footer"
        className="app-footer"
        style={{ padding: '2px' }}
        aria-label="Sidfot"
        ref={(el) => {
          node = el;
        }}
      />,
    );
    const footer = screen.getByRole('contentinfo', { name: 'Sidfot' });
    expect(footer).toHaveClass('gbg-provider', 'app-footer');
    expect(footer).toHaveStyle({ padding: '2px' });
    expect(node).toBe(footer);
  });

  it('nests: an inner provider inherits what it does not set and overrides what it sets', () => {
    render(
      <GbgProvider theme="light" locale="en" dir="rtl">
        <Report id="outer" />
        <GbgProvider theme="dark" data-testid="inner">
          <Report id="inner-report" />
        </GbgProvider>
      </GbgProvider>,
    );
    expect(screen.getByTestId('outer')).toHaveTextContent('light|en|rtl|Close');
    expect(screen.getByTestId('inner-report')).toHaveTextContent('dark|en|rtl|Close');
    const inner = screen.getByTestId('inner');
    // Inherited values are not repeated as attributes; HTML and CSS inheritance carry them.
    expect(inner).toHaveAttribute('data-gbg-theme', 'dark');
    expect(inner).not.toHaveAttribute('lang');
    expect(inner).not.toHaveAttribute('dir');
  });

  it('applies string overrides, and nested overrides on top of outer ones', () => {
    render(
      <GbgProvider strings={{ common: { close: 'Stäng fönstret' } }}>
        <Report id="outer" />
        <GbgProvider strings={{ common: { loading: 'Hämtar…' } }}>
          <Report id="inner" />
        </GbgProvider>
      </GbgProvider>,
    );
    expect(screen.getByTestId('outer')).toHaveTextContent('light|sv|ltr|Stäng fönstret|Laddar…');
    expect(screen.getByTestId('inner')).toHaveTextContent('light|sv|ltr|Stäng fönstret|Hämtar…');
  });

  it('drops overrides written for another language when a nested provider changes locale', () => {
    render(
      <GbgProvider strings={{ common: { close: 'Stäng fönstret' } }}>
        <GbgProvider locale="en">
          <Report id="r" />
        </GbgProvider>
      </GbgProvider>,
    );
    expect(screen.getByTestId('r')).toHaveTextContent('light|en|ltr|Close|Loading…');
  });

  it('ignores override keys that do not exist and values of the wrong kind', () => {
    const bad = { common: { close: 42, nonsense: 'x' }, unknownGroup: { a: 'b' } };
    render(
      <GbgProvider strings={bad as never}>
        <Report id="r" />
      </GbgProvider>,
    );
    expect(screen.getByTestId('r')).toHaveTextContent('light|sv|ltr|Stäng|Laddar…');
  });

  it.each([
    ['theme', { theme: 'blue' as GbgTheme }, 'data-gbg-theme', 'light', '"light", "dark", "auto"'],
    ['locale', { locale: 'de' as GbgLocale }, 'lang', 'sv', '"sv", "en"'],
    ['dir', { dir: 'up' as GbgDirection }, 'dir', 'ltr', '"ltr", "rtl"'],
  ])('warns once about an unknown %s and falls back to the default', (prop, props, attribute, fallback, allowed) => {
    const { rerender } = render(<GbgProvider {...props} data-testid="p" />);
    rerender(<GbgProvider {...props} data-testid="p" />);
    expect(screen.getByTestId('p')).toHaveAttribute(attribute, fallback);
    expect(warn).toHaveBeenCalledTimes(1);
    const message = String(warn.mock.calls[0]?.[0]);
    expect(message).toContain('GbgProvider');
    expect(message).toContain(`unknown ${prop}`);
    expect(message).toContain(allowed);
  });

  it('does not warn for valid values', () => {
    render(<GbgProvider theme="auto" locale="en" dir="ltr" />);
    expect(warn).not.toHaveBeenCalled();
  });
});
