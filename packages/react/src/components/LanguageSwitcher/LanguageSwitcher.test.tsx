import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, forwardRef } from 'react';
import { describe, expect, it } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import type { GbgLinkProps } from '../../navigation/context.js';
import { GbgProvider } from '../../provider/index.js';
import { LanguageSwitcher } from './LanguageSwitcher.js';
import * as stories from './LanguageSwitcher.stories.js';

const { Default, EnglishCurrent, CustomLabel, ManyLanguages } = composeStories(stories);

const warnings = captureWarnings();

describe('LanguageSwitcher', () => {
  it('is a navigation landmark named "Språk" with a list of links', () => {
    render(<Default />);
    const nav = screen.getByRole('navigation', { name: 'Språk' });
    expect(within(nav).getByRole('list')).toBeInTheDocument();
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Svenska',
      'English',
      'العربية',
      'Suomi',
      'Soomaali',
    ]);
    expect(warnings.messages()).toEqual([]);
  });

  it('names each language in itself, with lang and hreflang', () => {
    render(<Default />);
    const finnish = screen.getByRole('link', { name: 'Suomi' });
    expect(finnish).toHaveAttribute('lang', 'fi');
    expect(finnish).toHaveAttribute('hreflang', 'fi');
    expect(finnish).toHaveAttribute('href', '#fi/esikoulu');
    expect(finnish).not.toHaveAttribute('dir');
  });

  it('marks right-to-left languages with dir="rtl"', () => {
    render(<ManyLanguages />);
    for (const name of ['العربية', 'فارسی', 'ייִדיש']) {
      expect(screen.getByRole('link', { name })).toHaveAttribute('dir', 'rtl');
    }
    expect(screen.getByRole('link', { name: 'Meänkieli' })).toHaveAttribute('lang', 'fit');
  });

  it('marks the current language with aria-current="page", and only that one', () => {
    render(<EnglishCurrent />);
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getAllByRole('link').filter((link) => link.hasAttribute('aria-current'))).toHaveLength(1);
  });

  it('matches current case-insensitively against region tags', () => {
    render(<LanguageSwitcher current="EN-gb" languages={[{ lang: 'sv', href: '/sv' }, { lang: 'en-GB', href: '/en' }]} />);
    const english = screen.getByRole('link', { name: 'English' });
    expect(english).toHaveAttribute('aria-current', 'page');
    expect(english).toHaveAttribute('lang', 'en-GB');
  });

  it('uses label for a language without a built-in name', () => {
    render(<CustomLabel />);
    expect(screen.getByRole('link', { name: 'Lättläst svenska' })).toHaveAttribute('hreflang', 'sv-x-lattlast');
  });

  it('is named "Language" under an English provider, and label overrides it', () => {
    const { rerender } = render(
      <GbgProvider locale="en">
        <Default />
      </GbgProvider>,
    );
    expect(screen.getByRole('navigation', { name: 'Language' })).toBeInTheDocument();
    rerender(<Default label="Välj språk" />);
    expect(screen.getByRole('navigation', { name: 'Välj språk' })).toBeInTheDocument();
  });

  it('moves through the languages with Tab', async () => {
    render(<Default />);
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Svenska' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'English' })).toHaveFocus();
  });

  it('renders the app router link for in-app paths', () => {
    const RouterLink = forwardRef<HTMLAnchorElement, GbgLinkProps>(function RouterLink(props, ref) {
      return <a ref={ref} data-router="" {...props} />;
    });
    render(
      <GbgProvider linkComponent={RouterLink}>
        <LanguageSwitcher current="sv" languages={[{ lang: 'sv', href: '/forskola' }, { lang: 'en', href: '/en/preschool' }]} />
      </GbgProvider>,
    );
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('data-router');
  });

  it('forwards ref and className to the nav', () => {
    const ref = createRef<HTMLElement>();
    render(<LanguageSwitcher ref={ref} className="egen" current="sv" languages={[{ lang: 'sv', href: '/' }, { lang: 'en', href: '/en' }]} />);
    expect(ref.current?.tagName).toBe('NAV');
    expect(ref.current).toHaveClass('gbg-language-switcher', 'egen');
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'vbscript:msgbox(1)'])('never renders the unsafe URL %j', (href) => {
    render(<LanguageSwitcher current="sv" languages={[{ lang: 'sv', href: '/' }, { lang: 'en', href }]} />);
    expect(screen.getByText('English').closest('a')).not.toHaveAttribute('href');
    expect(warnings.messages()).toEqual([expect.stringMatching(/^\[gbg\] LanguageSwitcher: removed the unsafe href/)]);
  });

  it('warns when current is not one of the languages', () => {
    render(<Default current="de" />);
    expect(screen.getAllByRole('link').some((link) => link.hasAttribute('aria-current'))).toBe(false);
    expect(warnings.messages()).toEqual([expect.stringMatching(/^\[gbg\] LanguageSwitcher: current="de" is not one of the languages/)]);
  });

  it('warns about fewer than two languages', () => {
    render(<LanguageSwitcher current="sv" languages={[{ lang: 'sv', href: '/' }]} />);
    expect(warnings.messages()).toEqual([expect.stringMatching(/LanguageSwitcher: needs at least two languages/)]);
  });

  it('leaves out malformed tags and duplicates with a warning, without crashing', () => {
    render(
      <LanguageSwitcher
        current="sv"
        languages={[{ lang: 'sv', href: '/' }, { lang: 'Svenska', href: '/x' }, { lang: 'SV', href: '/y' }, { lang: 'en', href: '/en' }]}
      />,
    );
    expect(screen.getAllByRole('link')).toHaveLength(2);
    expect(warnings.messages()).toEqual([
      expect.stringMatching(/"Svenska" is not a language tag/),
      expect.stringMatching(/the language "SV" is listed twice/),
    ]);
  });

  it('shows the tag and warns when a language has no name', () => {
    render(<LanguageSwitcher current="sv" languages={[{ lang: 'sv', href: '/' }, { lang: 'xx', href: '/xx' }]} />);
    expect(screen.getByRole('link', { name: 'xx' })).toBeInTheDocument();
    expect(warnings.messages()).toEqual([expect.stringMatching(/no built-in name for "xx"/)]);
  });

  it('survives languages that is not an array', () => {
    render(<LanguageSwitcher current="sv" languages={null as never} />);
    expect(screen.getByRole('navigation')).toBeInTheDocument();
    expect(warnings.messages()[0]).toMatch(/needs at least two languages/);
  });
});
