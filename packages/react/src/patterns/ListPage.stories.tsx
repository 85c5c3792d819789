import type { Meta, StoryObj } from '@storybook/react-vite';
import { Breadcrumbs } from '../components/Breadcrumbs/Breadcrumbs.js';
import { Button } from '../components/Button/Button.js';
import { Checkbox } from '../components/Checkbox/Checkbox.js';
import { CheckboxGroup } from '../components/CheckboxGroup/CheckboxGroup.js';
import { Heading } from '../components/Heading/Heading.js';
import { Link } from '../components/Link/Link.js';
import { Pagination } from '../components/Pagination/Pagination.js';
import { Stack } from '../components/Stack/Stack.js';
import { Text } from '../components/Text/Text.js';
import { TemplateFrame } from './__fixtures__/TemplateFrame.js';

const meta = {
  title: 'Mönster/Mallar/Listsida',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const preschools = [
  { name: 'Förskolan Solrosen', href: '#solrosen', area: 'Angered', text: 'Fyra avdelningar, utegård mot skogen. Öppet 06.30–18.00.' },
  { name: 'Förskolan Gläntan', href: '#glantan', area: 'Angered', text: 'Tre avdelningar med inriktning mot natur och teknik.' },
  { name: 'Förskolan Hamnen', href: '#hamnen', area: 'Centrum', text: 'Två avdelningar nära Packhusplatsen. Kvälls- och nattomsorg.' },
  { name: 'Förskolan Kastanjen', href: '#kastanjen', area: 'Centrum', text: 'Fem avdelningar, tvåspråkig verksamhet på svenska och arabiska.' },
  { name: 'Förskolan Vattentornet', href: '#vattentornet', area: 'Hisingen', text: 'Nybyggd förskola med sex avdelningar och stor gård.' },
];

/**
 * A list page: breadcrumbs, h1, a filter form (a group of checkboxes that the server reads on
 * submit, `method="get"`), the result count as h2, results as h3 links, and Pagination with
 * `hrefTemplate` (no function props, so it renders from a Server Component). Landmarks: banner,
 * search, navigation "Språk", "Huvudmeny", "Brödsmulor", "Sidnumrering", main, contentinfo.
 */
export const Listsida: Story = {
  render: () => (
    <TemplateFrame current="Förskola och skola">
      <Stack gap="8">
        <Breadcrumbs
          items={[
            { label: 'Start', href: '#start' },
            { label: 'Förskola och skola', href: '#skola' },
            { label: 'Hitta förskola' },
          ]}
        />
        <Stack gap="4">
          <Heading level={1}>Hitta förskola</Heading>
          <Text variant="lead" measure>
            Det finns fler än 300 kommunala förskolor i Göteborg. Filtrera på stadsområde för att hitta en nära dig.
          </Text>
        </Stack>

        <form action="#forskolor" method="get">
          <Stack gap="4" align="start">
            <CheckboxGroup legend="Stadsområde" description="Välj alla som passar." name="omrade" defaultValue={['angered', 'centrum']}>
              <Checkbox value="angered" label="Angered" />
              <Checkbox value="centrum" label="Centrum" />
              <Checkbox value="hisingen" label="Hisingen" />
              <Checkbox value="majorna-linne" label="Majorna-Linné" />
            </CheckboxGroup>
            <Button type="submit" variant="secondary">
              Visa förskolor
            </Button>
          </Stack>
        </form>

        <Stack gap="6">
          <Heading level={2}>42 förskolor</Heading>
          <Stack as="ul" gap="6" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {preschools.map((preschool) => (
              <li key={preschool.href}>
                <Stack gap="1">
                  <Heading level={3} size={4}>
                    <Link href={preschool.href}>{preschool.name}</Link>
                  </Heading>
                  <Text variant="small">{preschool.area}</Text>
                  <Text>{preschool.text}</Text>
                </Stack>
              </li>
            ))}
          </Stack>
          <Pagination count={9} page={1} hrefTemplate="?omrade=angered&omrade=centrum&sida={page}" />
        </Stack>
      </Stack>
    </TemplateFrame>
  ),
};
