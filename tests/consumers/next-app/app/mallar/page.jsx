// Server Component page (no 'use client' here): the page templates' composition from
// Mönster/Mallar — skip link, Header with the Logo, primary navigation, search and language
// choice, Breadcrumbs, an Alert, BackLink, a main + sidebar Grid, TableOfContents, Pagination
// with `hrefTemplate` (a string, so no function crosses to the client) and the Footer — all
// imported from the installed tarball. next.mjs checks its landmarks in the server HTML.
import {
  Alert,
  BackLink,
  Breadcrumbs,
  Container,
  Footer,
  Grid,
  GridItem,
  Header,
  Heading,
  LanguageSwitcher,
  Link,
  Pagination,
  SearchField,
  SkipLink,
  Stack,
  TableOfContents,
  Text,
} from '@goteborgsstad/react';

export const metadata = { title: 'Parkeringstillstånd för boende – Göteborgs Stad' };

const sections = [
  { id: 'vem-kan-fa', label: 'Vem kan få parkeringstillstånd?' },
  { id: 'sa-ansoker-du', label: 'Så ansöker du' },
  { id: 'avgift', label: 'Avgift' },
];

export default function TemplatePage() {
  return (
    <>
      <SkipLink targetId="huvudinnehall" />
      <Header
        homeHref="/"
        navigation={[
          { label: 'Förskola och skola', href: '/om' },
          { label: 'Trafik och parkering', href: '/mallar', current: true },
        ]}
        search={<SearchField action="/sok" searchLabel="Sök på webbplatsen" />}
        languages={
          <LanguageSwitcher
            current="sv"
            languages={[
              { lang: 'sv', href: '/mallar' },
              { lang: 'en', href: '/mallar?lang=en' },
              { lang: 'ar', href: '/mallar?lang=ar' },
            ]}
          />
        }
      />
      <Container as="main" id="huvudinnehall" tabIndex={-1} data-testid="template-main">
        <Stack gap="8">
          <Breadcrumbs
            items={[
              { label: 'Start', href: '/' },
              { label: 'Om tjänsten', href: '/om' },
              { label: 'Parkeringstillstånd för boende' },
            ]}
          />
          <BackLink href="/om" data-testid="back-link">
            Tillbaka till Om tjänsten
          </BackLink>
          <Grid layout="main-sidebar" gap="8" data-testid="template-grid">
            <Stack as="article" gap="6">
              <Heading level={1}>Parkeringstillstånd för boende</Heading>
              <Alert tone="info" heading="Nya avgifter från 1 januari">
                Avgiften för boendeparkering ändras vid årsskiftet.
              </Alert>
              <TableOfContents items={sections} />
              {sections.map((section) => (
                <Stack gap="3" key={section.id}>
                  <Heading level={2} id={section.id}>
                    {section.label}
                  </Heading>
                  <Text>
                    Bor du i ett område med boendeparkering kan du ansöka om tillstånd att parkera nära ditt hem.
                  </Text>
                </Stack>
              ))}
            </Stack>
            <GridItem as="aside" aria-label="Kontakt">
              <Stack gap="2">
                <Heading level={2} size={5}>
                  Kontakt
                </Heading>
                <Text>Kontaktcenter, telefon 031-365 00 00</Text>
                <Link href="/om">Om tjänsten</Link>
              </Stack>
            </GridItem>
          </Grid>
          <Pagination count={9} page={2} hrefTemplate="/mallar?sida={page}" />
        </Stack>
      </Container>
      <Footer
        contact={<p>Göteborgs Stad, 404 82 Göteborg</p>}
        groups={[{ heading: 'Kontakta oss', links: [{ label: 'Kontaktcenter', href: '/om' }] }]}
        accessibilityHref="/om#tillganglighet"
        aboutHref="/om"
        cookiesHref="/om#kakor"
      />
    </>
  );
}
