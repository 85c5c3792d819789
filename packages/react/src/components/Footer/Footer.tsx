'use client';
import { forwardRef, useMemo, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { NavAnchor } from '../../navigation/NavAnchor.js';
import { GbgContext, type GbgContextValue } from '../../provider/context.js';
import { useGbg, useSectionStrings } from '../../provider/hooks.js';
import { footerStrings } from '../../i18n/sections.js';
import type { IconComponent } from '../Icon/Icon.js';
import { Link } from '../Link/Link.js';
import { SenderText } from '../SenderText/SenderText.js';
import * as styles from './Footer.css.js';

/** One link in a footer group. */
export interface FooterLink {
  /**
   * Link text that makes sense on its own ("Lediga jobb", not "Läs mer").
   * @sv Länktext som går att förstå fristående ("Lediga jobb", inte "Läs mer").
   */
  label: ReactNode;
  /**
   * Where the link goes (through the app's router link and the URL allow-list).
   * @sv Vart länken leder (via appens routerlänk och listan över tillåtna adresser).
   */
  href: string;
  /**
   * The link leads to another website: icon and "(extern webbplats)".
   * @default false
   * @sv Länken leder till en annan webbplats: ikon och "(extern webbplats)".
   */
  external?: boolean;
}

/** A group of footer links under a heading. */
export interface FooterLinkGroup {
  /**
   * Heading of the group ("Om Göteborgs Stad", "Jobba hos oss").
   * @sv Gruppens rubrik ("Om Göteborgs Stad", "Jobba hos oss").
   */
  heading: string;
  /**
   * The links, at most about eight per group.
   * @sv Länkarna, högst ungefär åtta per grupp.
   */
  links: readonly FooterLink[];
}

/** A link to the city's or unit's account on a social network. */
export interface FooterSocialLink {
  /**
   * The network's name, always shown as text ("Facebook", "Instagram", "LinkedIn").
   * @sv Nätverkets namn, alltid synligt som text ("Facebook", "Instagram", "LinkedIn").
   */
  label: string;
  /**
   * The account's address.
   * @sv Kontots adress.
   */
  href: string;
  /**
   * An icon from `@goteborgsstad/icons` drawn before the name (decorative: the name is the text).
   * @sv En ikon från `@goteborgsstad/icons` före namnet (dekorativ: namnet är texten).
   */
  icon?: IconComponent;
}

/** Who the guarantee text speaks for. */
export interface FooterGuarantee {
  /**
   * `unit`: "<name> är en del av Göteborgs Stad"; `company`: "En del av Göteborgs Stad".
   * @sv `unit` (särprofilerad verksamhet): "<namn> är en del av Göteborgs Stad"; `company` (helägt bolag): "En del av Göteborgs Stad".
   */
  kind: 'unit' | 'company';
  /**
   * The unit's name (needed for `unit`).
   * @sv Verksamhetens namn (krävs för `unit`).
   */
  name?: string;
}

export type FooterBackground = 'brand' | 'black';

export interface FooterProps extends Omit<ComponentPropsWithoutRef<'footer'>, 'children'> {
  /**
   * `brand` (Göteborgsblå) or `black`, both with white text. The footer renders its content in
   * the dark theme, so links, icons and focus rings inside it are white.
   * @default 'brand'
   * @sv `brand` (Göteborgsblå) eller `black` (svart), båda med vit text. Sidfoten visar sitt innehåll i mörkt tema, så länkar, ikoner och fokusringar i den är vita.
   */
  background?: FooterBackground;
  /**
   * Contact details: address, phone ("031-365 00 00"), e-mail, opening hours. Use `tel:` and
   * `mailto:` links.
   * @sv Kontaktuppgifter: adress, telefon ("031-365 00 00"), e-post, öppettider. Använd `tel:`- och `mailto:`-länkar.
   */
  contact?: ReactNode;
  /**
   * Groups of links, each under a heading.
   * @sv Grupper av länkar, var och en under en rubrik.
   */
  groups?: readonly FooterLinkGroup[];
  /**
   * Social links: each shows its name as text, with an optional icon.
   * @sv Länkar till sociala medier: varje länk visar namnet som text, med valfri ikon.
   */
  social?: readonly FooterSocialLink[];
  /**
   * The accessibility statement ("Tillgänglighetsredogörelse"). Required by law (DOS-lagen) on
   * every public website: a development warning names it when it is missing.
   * @sv Tillgänglighetsredogörelsen. Krävs enligt lag (DOS-lagen) på varje offentlig webbplats; en varning i utvecklingsläget säger till när den saknas.
   */
  accessibilityHref?: string;
  /**
   * "Om webbplatsen": about the website, personal data.
   * @sv "Om webbplatsen": om webbplatsen och personuppgifter.
   */
  aboutHref?: string;
  /**
   * "Kakor (cookies)": the cookie information and settings.
   * @sv "Kakor (cookies)": information om och inställningar för kakor.
   */
  cookiesHref?: string;
  /**
   * The guarantee text for a unit with a special profile or a wholly owned company. Leave it
   * out on the city's own sites.
   * @sv Garantitexten för en särprofilerad verksamhet eller ett helägt bolag. Utelämna på stadens egna webbplatser.
   */
  guarantee?: FooterGuarantee;
  /**
   * Level of the group headings, so the page's heading order stays right.
   * @default 2
   * @sv Nivå på gruppernas rubriker, så att sidans rubrikordning stämmer.
   */
  headingLevel?: 2 | 3 | 4;
  /**
   * Extra content after the groups (a newsletter sign-up, a short text).
   * @sv Extra innehåll efter grupperna (prenumeration på nyhetsbrev, en kort text).
   */
  children?: ReactNode;
}

const HEADINGS = { 2: 'h2', 3: 'h3', 4: 'h4' } as const;

/** A group's links, or none when the group is malformed (no crash on bad data). */
function linksOf(group: FooterLinkGroup | undefined): readonly FooterLink[] {
  return Array.isArray(group?.links) ? (group.links as readonly FooterLink[]) : [];
}

/**
 * The page footer: contact, link groups, social links, the guarantee text where it applies and
 * the accessibility statement, about and cookie links. Göteborgsblå or black with white text;
 * its content renders in the dark theme. Usage rule: one Footer per page, last in the page.
 */
export const Footer = forwardRef<HTMLElement, FooterProps>(function Footer(
  {
    background = 'brand',
    contact,
    groups,
    social,
    accessibilityHref,
    aboutHref,
    cookiesHref,
    guarantee,
    headingLevel = 2,
    className,
    children,
    ...rest
  },
  ref,
) {
  const context = useGbg();
  const strings = { footer: useSectionStrings(footerStrings) };
  // Everything inside reads the dark theme, like the CSS (`data-gbg-theme="dark"`): a Logo or
  // icon placed in the footer picks its white version.
  const dark = useMemo<GbgContextValue>(() => ({ ...context, theme: 'dark' }), [context]);

  if (background !== 'brand' && background !== 'black') {
    if (process.env.NODE_ENV !== 'production') warnOnce('Footer', `background="${String(background)}" is not a footer background; using "brand". Use "brand" (Göteborgsblå) or "black".`);
  }
  if (!accessibilityHref) {
    if (process.env.NODE_ENV !== 'production') warnOnce('Footer', 'accessibilityHref is missing. Every public website must link its accessibility statement (Tillgänglighetsredogörelse, DOS-lagen) from every page: give accessibilityHref.');
  }
  const Heading = HEADINGS[headingLevel] ?? 'h2';
  if (!(headingLevel in HEADINGS)) {
    if (process.env.NODE_ENV !== 'production') warnOnce('Footer', `headingLevel=${String(headingLevel)} is not 2, 3 or 4; using 2.`);
  }
  const guaranteeName = typeof guarantee?.name === 'string' ? guarantee.name.trim() : '';
  if (guarantee?.kind === 'unit' && !guaranteeName) {
    if (process.env.NODE_ENV !== 'production') warnOnce('Footer', 'guarantee has kind "unit" but no name, so the short company text is shown. Give guarantee.name: "<unit> är en del av Göteborgs Stad".');
  }
  const groupList = Array.isArray(groups) ? groups : [];
  const socialList = Array.isArray(social) ? social : [];
  const legal = [
    accessibilityHref && { href: accessibilityHref, label: strings.footer.accessibility },
    aboutHref && { href: aboutHref, label: strings.footer.about },
    cookiesHref && { href: cookiesHref, label: strings.footer.cookies },
  ].filter(Boolean) as Array<{ href: string; label: string }>;

  return (
    <GbgContext.Provider value={dark}>
      <footer
        ref={ref}
        className={cx(styles.footer, className)}
        data-gbg-theme="dark"
        data-background={background === 'black' ? 'black' : 'brand'}
        {...rest}
      >
        <div className={styles.inner}>
          {(contact != null || groupList.length > 0 || socialList.length > 0) && (
            <div className={styles.columns}>
              {contact != null && (
                <div className={styles.column}>
                  <Heading className={styles.heading}>{strings.footer.contact}</Heading>
                  <div className={styles.contact}>{contact}</div>
                </div>
              )}
              {groupList.map((group, index) => (
                <div key={`${group?.heading}-${index}`} className={styles.column}>
                  <Heading className={styles.heading}>{group?.heading}</Heading>
                  <ul className={styles.list}>
                    {linksOf(group).map((link, linkIndex) => (
                      <li key={linkIndex} className={styles.item}>
                        <Link href={link.href} external={link.external} variant="standalone" className={styles.link}>
                          {link.label}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
              {socialList.length > 0 && (
                <div className={styles.column}>
                  <Heading className={styles.heading}>{strings.footer.social}</Heading>
                  <ul className={styles.list}>
                    {socialList.map(({ label, href, icon: Icon }, socialIndex) => (
                      <li key={socialIndex} className={styles.item}>
                        <NavAnchor component="Footer" href={href} className={styles.socialLink}>
                          {Icon && <Icon aria-hidden="true" focusable="false" className={styles.socialIcon} />}
                          <span>{label}</span>
                        </NavAnchor>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </div>
          )}
          {children != null && <div className={styles.extra}>{children}</div>}
          {(guarantee || legal.length > 0) && (
            <div className={styles.bottom}>
              {guarantee &&
                (guarantee.kind === 'unit' && guaranteeName ? (
                  <SenderText unit={guaranteeName} className={styles.guarantee} />
                ) : (
                  <SenderText className={styles.guarantee} />
                ))}
              {legal.length > 0 && (
                <ul className={styles.legal}>
                  {legal.map((item) => (
                    <li key={item.href} className={styles.item}>
                      <Link href={item.href} className={styles.link}>{item.label}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </div>
      </footer>
    </GbgContext.Provider>
  );
});
Footer.displayName = 'Footer';
