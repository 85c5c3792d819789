// The page frame the Mönster/Mallar templates share (skip link → main, Header with the Logo,
// one Container width, Footer), so each template story shows only what is its own. It takes
// only serialisable props and elements: a Next.js Server Component page can render it as is.
import type { ReactNode } from 'react';
import { Container } from '../../components/Container/Container.js';
import { Footer } from '../../components/Footer/Footer.js';
import { Header, type HeaderNavItem } from '../../components/Header/Header.js';
import { LanguageSwitcher } from '../../components/LanguageSwitcher/LanguageSwitcher.js';
import { SearchField } from '../../components/SearchField/SearchField.js';
import { SkipLink } from '../../components/SkipLink/SkipLink.js';

/** The id the skip link points at; `main` carries it. */
export const mainId = 'huvudinnehall';

const siteNavigation: readonly HeaderNavItem[] = [
  { label: 'Förskola och skola', href: '#skola' },
  { label: 'Bo och bygga', href: '#bo-och-bygga' },
  { label: 'Kultur och fritid', href: '#kultur' },
  { label: 'Trafik och parkering', href: '#trafik' },
];

export interface TemplateFrameProps {
  /** The page's own content, starting with its single level-1 heading. */
  children: ReactNode;
  /** Label of the primary-navigation item to mark as current. */
  current?: string;
  /** E-service pages keep the header quiet: service name, no site navigation or search. */
  service?: string;
}

export function TemplateFrame({ children, current, service }: TemplateFrameProps) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', minBlockSize: '100vh' }}>
      <SkipLink targetId={mainId} />
      <Header
        homeHref="#start"
        serviceName={service}
        serviceHref={service ? '#e-tjanst' : undefined}
        search={service ? undefined : <SearchField action="#sok" searchLabel="Sök på webbplatsen" />}
        languages={
          <LanguageSwitcher
            current="sv"
            languages={[
              { lang: 'sv', href: '#sv' },
              { lang: 'en', href: '#en' },
              { lang: 'ar', href: '#ar' },
            ]}
          />
        }
        navigation={service ? undefined : siteNavigation.map((item) => ({ ...item, current: item.label === current }))}
      />
      <Container as="main" id={mainId} tabIndex={-1} style={{ flex: 1, paddingBlock: 'var(--gbg-space-8)' }}>
        {children}
      </Container>
      <Footer
        contact={
          <p>
            Göteborgs Stad, 404 82 Göteborg
            <br />
            Telefon 031-365 00 00
          </p>
        }
        groups={[
          {
            heading: 'Kontakta oss',
            links: [
              { label: 'Kontaktcenter', href: '#kontaktcenter' },
              { label: 'Lämna synpunkter', href: '#synpunkter' },
            ],
          },
        ]}
        accessibilityHref="#tillganglighet"
        aboutHref="#om-webbplatsen"
        cookiesHref="#kakor"
      />
    </div>
  );
}
