'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { ClockIcon, EmailIcon, MapPinIcon, PhoneIcon, type GbgIconComponent } from '@goteborgsstad/icons';
import { contactCardStrings } from '../../i18n/sections.js';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { NavAnchor } from '../../navigation/NavAnchor.js';
import { useLocale, useSectionStrings } from '../../provider/hooks.js';
import { link } from '../Link/Link.css.js';
import { daysLabel, isTime, isWeekday, timeLabel, type OpeningHours } from './openingHours.js';
import { formatPhone, phoneHref } from '../../phone/format.js';
import * as styles from './ContactCard.css.js';

export type { OpeningHours, Weekday } from './openingHours.js';
export type ContactCardHeadingLevel = 2 | 3 | 4 | 5 | 6;

interface ContactCardOwnProps {
  /**
   * The unit's or person's name, shown as the card's heading: "Kundcenter", "Anna Svensson".
   * @sv Enhetens eller personens namn, visas som kortets rubrik.
   */
  name: ReactNode;
  /**
   * Level of the name's heading element; match the page outline (an h3 inside a fact box
   * with an h2).
   * @sv Rubriknivå (2–6) för namnet, så att den passar sidans rubrikstruktur.
   * @default 2
   */
  headingLevel?: ContactCardHeadingLevel;
  /**
   * Role or unit under the name: "Handläggare, bygglov" or "Stadsbyggnadsförvaltningen".
   * (Not called `role`: that name stays the element's ARIA role.)
   * @sv Roll eller enhet under namnet.
   */
  affiliation?: ReactNode;
  /**
   * Phone number, written any way: "031-365 00 00", "0313650000" or "+46 31 365 00 00". Shown
   * as Swedes read it ("031-365 00 00") and linked as `tel:+46313650000`.
   * @sv Telefonnummer, skrivet hur som helst. Visas som "031-365 00 00" och länkas som `tel:+46313650000`.
   */
  phone?: string;
  /**
   * E-mail address, linked with `mailto:`. Prefer a shared address for a unit over a person's.
   * @sv E-postadress, länkad med `mailto:`. Använd hellre en gemensam adress för enheten än en persons.
   */
  email?: string;
  /**
   * Visiting address, one line per entry: `['Köpmansgatan 20', '411 13 Göteborg']`.
   * @sv Besöksadress, en rad per post.
   */
  visitingAddress?: string | readonly string[];
  /**
   * Postal address, one line per entry, when it differs from the visiting address.
   * @sv Postadress, en rad per post, när den skiljer sig från besöksadressen.
   */
  postalAddress?: string | readonly string[];
  /**
   * Opening hours as data: `[{ days: ['monday', 'friday'], opens: '08:00', closes: '16:00' }]`.
   * Day names and times come from `Intl` in the page's language; each time is a `<time>`.
   * Leave out the days it is closed.
   * @sv Öppettider som data. Dagar och tider skrivs med `Intl` på sidans språk, varje tid i ett `<time>`. Utelämna stängda dagar.
   */
  openingHours?: readonly OpeningHours[];
  /**
   * More, after the details: a link to a contact form or a note ("Ring helst före 10").
   * @sv Mer efter uppgifterna: en länk till ett kontaktformulär eller en kort notis.
   */
  children?: ReactNode;
}

export type ContactCardProps = ContactCardOwnProps & Omit<ComponentPropsWithoutRef<'div'>, keyof ContactCardOwnProps>;

const LEVELS: readonly unknown[] = [2, 3, 4, 5, 6];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function lines(value: string | readonly string[] | undefined): readonly string[] {
  if (value === undefined) return [];
  return (typeof value === 'string' ? [value] : value).filter((line) => line.trim() !== '');
}

interface DetailProps {
  icon: GbgIconComponent;
  label: string;
  children: ReactNode;
}

/** One detail: the icon beside its word (never alone), then the value. */
function Detail({ icon: Icon, label, children }: DetailProps) {
  return (
    <div>
      <dt className={styles.label}>
        <Icon className={styles.icon} />
        {label}
      </dt>
      <dd className={styles.value}>{children}</dd>
    </div>
  );
}

function Address({ lines: addressLines }: { lines: readonly string[] }) {
  return (
    <address className={styles.address}>
      {addressLines.map((line, index) => (
        // <bdi>: each line takes its direction from its own text, so a Latin address on an
        // Arabic page reads "411 10 Göteborg", while the line stays aligned with the page.
        <span key={index} className={styles.line}>
          <bdi>{line}</bdi>
        </span>
      ))}
    </address>
  );
}

/**
 * A unit's or person's contact details: name, role or unit, phone (`tel:`), e-mail (`mailto:`),
 * visiting and postal address (`<address>`) and opening hours (`<time>`). Each detail is named
 * in words beside its icon; links go through the library's one link mechanism.
 *
 * Usage rule: only the ways you really answer, kept up to date; one card per unit or person,
 * and a unit's shared details rather than a person's where people come and go.
 */
export const ContactCard = forwardRef<HTMLDivElement, ContactCardProps>(function ContactCard(
  {
    name,
    headingLevel = 2,
    affiliation,
    phone,
    email,
    visitingAddress,
    postalAddress,
    openingHours,
    children,
    className,
    ...rest
  },
  ref,
) {
  const strings = useSectionStrings(contactCardStrings);
  const locale = useLocale();
  const levelOk = LEVELS.includes(headingLevel);
  const phoneText = phone?.trim() ? phone.trim() : undefined;
  const tel = phoneText ? phoneHref(phoneText) : undefined;
  const emailText = email?.trim() ? email.trim() : undefined;
  const emailOk = emailText !== undefined && EMAIL.test(emailText);
  const visiting = lines(visitingAddress);
  const postal = lines(postalAddress);
  const hours = (openingHours ?? []).filter((entry) => {
    const days = typeof entry?.days === 'string' ? [entry.days] : (entry?.days ?? []);
    return days.length > 0 && days.every(isWeekday) && isTime(entry.opens) && isTime(entry.closes);
  });

  if (process.env.NODE_ENV !== 'production') {
    if (!levelOk) {
      warnOnce('ContactCard', `\`headingLevel\` must be 2–6 (got ${String(headingLevel)}); an h2 was rendered. Pick the level that fits the page's headings.`);
    }
    if (name === undefined || name === null || name === '' || name === false) {
      warnOnce('ContactCard', 'has no `name`; give the unit or person a name so the card has a heading.');
    }
    if (phoneText && !tel) {
      warnOnce('ContactCard', `\`phone\` "${phoneText}" is not a phone number; it is shown as text without a link. Write it like "031-365 00 00".`);
    }
    if (emailText && !emailOk) {
      warnOnce('ContactCard', `\`email\` "${emailText}" is not an e-mail address; it is shown as text without a link. Write it like "kundcenter@goteborg.se".`);
    }
    if (openingHours && hours.length !== openingHours.length) {
      warnOnce('ContactCard', '`openingHours` has entries with unknown days or times; they were left out. Use days like "monday" and 24-hour times like "08:00".');
    }
    if (!phoneText && !emailText && visiting.length === 0 && postal.length === 0) {
      warnOnce('ContactCard', 'has no phone, e-mail or address; give at least one way to get in touch.');
    }
  }

  const Heading = `h${levelOk ? headingLevel : 2}` as 'h2';
  const hasAffiliation = affiliation !== undefined && affiliation !== null && affiliation !== '' && affiliation !== false;

  return (
    <div ref={ref} className={cx(styles.root, className)} {...rest}>
      <Heading className={styles.name}>{name}</Heading>
      {hasAffiliation && <p className={styles.affiliation}>{affiliation}</p>}
      <dl className={styles.details}>
        {phoneText && (
          <Detail icon={PhoneIcon} label={strings.phone}>
            {/* Digits read left to right in every language; no break inside the number. */}
            {tel ? (
              <NavAnchor component="ContactCard" href={`tel:${tel}`} className={link}>
                <span dir="ltr" className={styles.number}>
                  {formatPhone(phoneText)}
                </span>
              </NavAnchor>
            ) : (
              <span dir="ltr" className={styles.number}>
                {phoneText}
              </span>
            )}
          </Detail>
        )}
        {emailText && (
          <Detail icon={EmailIcon} label={strings.email}>
            {emailOk ? (
              <NavAnchor component="ContactCard" href={`mailto:${emailText}`} className={cx(link, styles.email)}>
                {emailText}
              </NavAnchor>
            ) : (
              <span className={styles.email}>{emailText}</span>
            )}
          </Detail>
        )}
        {visiting.length > 0 && (
          <Detail icon={MapPinIcon} label={strings.visitingAddress}>
            <Address lines={visiting} />
          </Detail>
        )}
        {postal.length > 0 && (
          <Detail icon={MapPinIcon} label={strings.postalAddress}>
            <Address lines={postal} />
          </Detail>
        )}
        {hours.length > 0 && (
          <Detail icon={ClockIcon} label={strings.openingHours}>
            <ul className={styles.hours}>
              {hours.map((entry, index) => (
                <li key={index}>
                  <bdi>{daysLabel(entry.days, locale)}</bdi>{' '}
                  {/* A time range stays in reading order left to right, also on right-to-left pages. */}
                  <span dir="ltr" className={styles.number}>
                    <time dateTime={entry.opens}>{timeLabel(entry.opens, locale)}</time>–
                    <time dateTime={entry.closes}>{timeLabel(entry.closes, locale)}</time>
                  </span>
                </li>
              ))}
            </ul>
          </Detail>
        )}
      </dl>
      {children !== undefined && children !== null && children !== false && (
        <div className={styles.more}>{children}</div>
      )}
    </div>
  );
});
ContactCard.displayName = 'ContactCard';
