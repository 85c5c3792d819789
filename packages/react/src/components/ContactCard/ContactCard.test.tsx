import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { forwardRef } from 'react';
import { describe, expect, it } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import type { GbgLinkComponent } from '../../navigation/index.js';
import { GbgProvider } from '../../provider/index.js';
import { ContactCard } from './ContactCard.js';
import * as stories from './ContactCard.stories.js';
import { formatPhone, phoneHref } from '../../phone/format.js';

const s = composeStories(stories);
const warnings = captureWarnings();

/** The value (`dd`) that belongs to the term (`dt`) with this text. */
function detail(term: string): HTMLElement {
  const dt = screen.getByText(term, { selector: 'dt' });
  return dt.nextElementSibling as HTMLElement;
}

describe('ContactCard', () => {
  it('names the unit in a heading at the chosen level, with its role or unit (affiliation) below', () => {
    render(<s.Standard />);
    expect(screen.getByRole('heading', { level: 2, name: 'Kundcenter bygglov' })).toBeInTheDocument();
    expect(screen.getByText('Stadsbyggnadsförvaltningen')).toBeInTheDocument();
  });

  it('links the phone number as tel:+46… and shows it as people read it', () => {
    render(<s.Standard />);
    const phone = within(detail('Telefon')).getByRole('link', { name: '031-365 00 00' });
    expect(phone).toHaveAttribute('href', 'tel:+46313650000');
  });

  it('formats a number written as digits only, and an international one', () => {
    const { unmount } = render(<s.Person />);
    expect(screen.getByRole('link', { name: '031-365 01 23' })).toHaveAttribute('href', 'tel:+46313650123');
    unmount();
    render(<s.Minimal />);
    expect(screen.getByRole('link', { name: '031-365 00 00' })).toHaveAttribute('href', 'tel:+46313650000');
  });

  it('formats Swedish numbers by their area code and normalises the href', () => {
    expect(formatPhone('0701234567')).toBe('070-123 45 67');
    expect(formatPhone('0812345678')).toBe('08-123 456 78');
    expect(formatPhone('+46303123456')).toBe('0303-12 34 56');
    expect(formatPhone('+44 20 7946 0000')).toBe('+44 20 7946 0000');
    expect(phoneHref('0046 31 365 00 00')).toBe('+46313650000');
    expect(phoneHref('+44 20 7946 0000')).toBe('+442079460000');
    expect(phoneHref('12')).toBeUndefined();
  });

  it('links the e-mail address with mailto:', () => {
    render(<s.Standard />);
    expect(within(detail('E-post')).getByRole('link', { name: 'stadsbyggnad@goteborg.se' })).toHaveAttribute(
      'href',
      'mailto:stadsbyggnad@goteborg.se',
    );
  });

  it('puts visiting and postal address in <address>, one line each', () => {
    render(<s.Standard />);
    const visiting = detail('Besöksadress').querySelector('address');
    expect(visiting?.children).toHaveLength(2);
    expect(visiting).toHaveTextContent('Gustaf Adolfs torg 4A411 10 Göteborg');
    expect(detail('Postadress').querySelector('address')).toHaveTextContent('Box 2554');
  });

  it('shows opening hours with Swedish day names and <time datetime>', () => {
    render(<s.Standard />);
    const items = within(detail('Öppettider')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['Måndag–torsdag 08:00–16:00', 'Fredag 08:00–15:00']);
    const times = items[0]!.querySelectorAll('time');
    expect([...times].map((time) => time.getAttribute('datetime'))).toEqual(['08:00', '16:00']);
  });

  it('uses the English labels, day names and times in the English locale', () => {
    // Story globals are applied by Storybook's preview, not here: the provider sets the locale.
    render(
      <GbgProvider locale="en">
        <s.Standard />
      </GbgProvider>,
    );
    expect(screen.getByText('Phone', { selector: 'dt' })).toBeInTheDocument();
    const items = within(detail('Opening hours')).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Monday–Thursday 08:00 AM–04:00 PM');
    expect(items[0]!.querySelectorAll('time')[1]).toHaveAttribute('datetime', '16:00');
  });

  it('keeps the icons hidden beside their words; every detail is named in text', () => {
    render(<s.Standard />);
    const terms = screen.getAllByRole('term');
    expect(terms.map((term) => term.textContent)).toEqual(['Telefon', 'E-post', 'Besöksadress', 'Postadress', 'Öppettider']);
    for (const term of terms) expect(term.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('keeps numbers and times left to right on right-to-left pages', () => {
    render(<s.RightToLeft />);
    expect(screen.getByRole('link', { name: '031-365 00 00' }).querySelector('[dir="ltr"]')).not.toBeNull();
    expect(screen.getAllByRole('listitem')[0]!.querySelector('[dir="ltr"] time')).not.toBeNull();
  });

  it('reaches phone and e-mail links with Tab, in reading order', async () => {
    const user = userEvent.setup();
    render(<s.Standard />);
    await user.tab();
    expect(screen.getByRole('link', { name: '031-365 00 00' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'stadsbyggnad@goteborg.se' })).toHaveFocus();
  });

  it('renders tel: and mailto: links as plain anchors even with a router link component', () => {
    const RouterLink: GbgLinkComponent = forwardRef((props, ref) => <a ref={ref} data-router="" {...props} />);
    render(
      <GbgProvider linkComponent={RouterLink}>
        <ContactCard name="Kundcenter" phone="031-365 00 00" email="a@goteborg.se" />
      </GbgProvider>,
    );
    for (const link of screen.getAllByRole('link')) expect(link).not.toHaveAttribute('data-router');
  });

  it('shows a bad phone number and e-mail as text without links, and warns', () => {
    render(<ContactCard name="Kundcenter" phone="ring oss" email="kundcenter på goteborg.se" />);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(screen.getByText('ring oss')).toBeInTheDocument();
    const text = warnings.messages().join('\n');
    expect(text).toMatch(/ContactCard.*`phone` "ring oss" is not a phone number/);
    expect(text).toMatch(/ContactCard.*`email`.*is not an e-mail address/);
  });

  it('leaves out opening hours with unknown days or times and warns', () => {
    render(
      <ContactCard
        name="Kundcenter"
        phone="031-365 00 00"
        openingHours={[
          { days: 'monday', opens: '8', closes: '16:00' },
          // @ts-expect-error -- not a weekday
          { days: 'måndag', opens: '08:00', closes: '16:00' },
          { days: 'tuesday', opens: '09:00', closes: '12:00' },
        ]}
      />,
    );
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Tisdag 09:00–12:00']);
    expect(warnings.messages().join('\n')).toMatch(/ContactCard.*`openingHours`.*left out/);
  });

  it('warns when there is no way to get in touch, and for a heading level outside 2–6', () => {
    // @ts-expect-error -- level 1 is the page title
    render(<ContactCard name="Kundcenter" headingLevel={1} />);
    expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
    const text = warnings.messages().join('\n');
    expect(text).toMatch(/ContactCard.*no phone, e-mail or address/);
    expect(text).toMatch(/ContactCard.*headingLevel/);
  });

  it('passes className, style, other attributes and the ref to the root', () => {
    let node: HTMLDivElement | null = null;
    render(
      <ContactCard ref={(el) => { node = el; }} name="Kundcenter" phone="031-365 00 00" className="egen" style={{ maxWidth: 10 }} data-testid="card" role="group" aria-label="Kontakt" />,
    );
    const card = screen.getByTestId('card');
    expect(node).toBe(card);
    expect(card).toHaveClass('gbg-contact-card', 'egen');
    expect(card.style.maxWidth).toBe('10px');
    // `role` is the element's ARIA role, not the person's role (that is `affiliation`).
    expect(screen.getByRole('group', { name: 'Kontakt' })).toBe(card);
  });
});
