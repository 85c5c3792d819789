// The page frame the Mönster/Mallar templates share (skip link → main, Header with the Logo,
// one Container width, Footer), so each template story shows only what is its own. It takes
// only serialisable props and elements: a Next.js Server Component page can render it as is.
// Its own texts come in Swedish, English and Arabic; the story passes the demo language (a
// string), so the frame itself needs no hook or context.
import type { ReactNode } from 'react';
import { pickDemoText, type DemoLanguage, type DemoTexts } from '../../storybook/demoLanguage.js';
import { Container } from '../../components/Container/Container.js';
import { Footer } from '../../components/Footer/Footer.js';
import { Header } from '../../components/Header/Header.js';
import { LanguageSwitcher } from '../../components/LanguageSwitcher/LanguageSwitcher.js';
import { SearchField } from '../../components/SearchField/SearchField.js';
import { SkipLink } from '../../components/SkipLink/SkipLink.js';

/** The id the skip link points at; `main` carries it. */
export const mainId = 'huvudinnehall';

const siteNavigation: ReadonlyArray<{ id: string; label: DemoTexts; href: string }> = [
  { id: 'skola', label: { sv: 'Förskola och skola', en: 'Preschool and school', ar: 'الروضة والمدرسة' }, href: '#skola' },
  { id: 'bo-och-bygga', label: { sv: 'Bo och bygga', en: 'Housing and building', ar: 'السكن والبناء' }, href: '#bo-och-bygga' },
  { id: 'kultur', label: { sv: 'Kultur och fritid', en: 'Culture and leisure', ar: 'الثقافة والترفيه' }, href: '#kultur' },
  { id: 'trafik', label: { sv: 'Trafik och parkering', en: 'Traffic and parking', ar: 'المرور ووقوف السيارات' }, href: '#trafik' },
];

// Arabic: digit groups joined by no-break spaces so a postal code or phone number stays one
// left-to-right run (with plain spaces the bidi algorithm shows '404 82' as '82 404') and never
// wraps mid-number; the LRM keeps the '+' in front.
const texts = {
  search: { sv: 'Sök på webbplatsen', en: 'Search the website', ar: 'ابحث في الموقع' },
  address: { sv: 'Göteborgs Stad, 404 82 Göteborg', en: 'City of Gothenburg, SE-404 82 Gothenburg', ar: 'مدينة يوتيبوري، 404\u00a082 يوتيبوري' },
  phone: { sv: 'Telefon 031-365 00 00', en: 'Phone +46 31 365 00 00', ar: 'الهاتف \u200e+46\u00a031\u00a0365\u00a000\u00a000' },
  contact: { sv: 'Kontakta oss', en: 'Contact us', ar: 'اتصل بنا' },
  contactCentre: { sv: 'Kontaktcenter', en: 'Contact centre', ar: 'مركز الاتصال' },
  feedback: { sv: 'Lämna synpunkter', en: 'Give feedback', ar: 'أرسل ملاحظاتك' },
} satisfies Record<string, DemoTexts>;

export interface TemplateFrameProps {
  /** The page's own content, starting with its single level-1 heading. */
  children: ReactNode;
  /** Id of the primary-navigation item to mark as current (`skola`, `bo-och-bygga`, `kultur`, `trafik`). */
  current?: string;
  /** E-service pages keep the header quiet: service name, no site navigation or search. */
  service?: string;
  /** Language of the frame's own texts (the story's demo language). */
  language?: DemoLanguage;
}

export function TemplateFrame({ children, current, service, language = 'sv' }: TemplateFrameProps) {
  const t = (texts: DemoTexts) => pickDemoText(texts, language);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', minBlockSize: '100vh' }}>
      <SkipLink targetId={mainId} />
      <Header
        homeHref="#start"
        serviceName={service}
        serviceHref={service ? '#e-tjanst' : undefined}
        search={service ? undefined : <SearchField action="#sok" searchLabel={t(texts.search)} />}
        languages={
          <LanguageSwitcher
            current={language}
            languages={[
              { lang: 'sv', href: '#sv' },
              { lang: 'en', href: '#en' },
              { lang: 'ar', href: '#ar' },
            ]}
          />
        }
        navigation={
          service ? undefined : siteNavigation.map((item) => ({ label: t(item.label), href: item.href, current: item.id === current }))
        }
      />
      <Container as="main" id={mainId} tabIndex={-1} style={{ flex: 1, paddingBlock: 'var(--gbg-space-8)' }}>
        {children}
      </Container>
      <Footer
        contact={
          <p>
            {t(texts.address)}
            <br />
            {t(texts.phone)}
          </p>
        }
        groups={[
          {
            heading: t(texts.contact),
            links: [
              { label: t(texts.contactCentre), href: '#kontaktcenter' },
              { label: t(texts.feedback), href: '#synpunkter' },
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
