import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Demo, useDemoText } from '../../storybook/demo.js';
import { StatusBadge } from './StatusBadge.js';

const meta = {
  title: 'Komponenter/StatusBadge',
  component: StatusBadge,
  args: { status: 'in-progress' },
} satisfies Meta<typeof StatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

const column = { display: 'grid', gap: 'var(--gbg-space-3)', justifyItems: 'start' } as const;

/** Every case status with its built-in words: icon, background and words differ, the text stays black (white in dark). */
export const AllStatuses: Story = {
  render: () => (
    <div style={column}>
      <StatusBadge status="submitted" />
      <StatusBadge status="in-progress" />
      <StatusBadge status="action-needed" />
      <StatusBadge status="decided" />
      <StatusBadge status="closed" />
    </div>
  ),
};

/** One badge (args: try the statuses in Controls). */
export const InProgress: Story = {};

/** The service's own words for a decision, on the status that matches their meaning. */
export const OwnWords: Story = {
  render: () => (
    <div style={column}>
      <StatusBadge status="decided">
        <Demo sv="Beviljad" en="Granted" ar="تمت الموافقة" />
      </StatusBadge>
      <StatusBadge status="action-needed">
        <Demo sv="Skicka in intyg senast 15 januari" en="Send a certificate by 15 January" ar="أرسل الشهادة قبل 15 يناير" />
      </StatusBadge>
    </div>
  ),
};

/** In a list of the person's cases ("Mina ärenden"): the badge beside the case it belongs to. */
export const InCaseList: Story = {
  render: () => {
    const t = useDemoText();
    const cases = [
      { id: '2026-04512', name: t({ sv: 'Ansökan om förskoleplats', en: 'Application for a preschool place', ar: 'طلب مكان في روضة أطفال' }), status: 'in-progress' as const },
      { id: '2026-03977', name: t({ sv: 'Bygglov för altan', en: 'Building permit for a deck', ar: 'رخصة بناء لشرفة' }), status: 'action-needed' as const },
      { id: '2025-11802', name: t({ sv: 'Parkeringstillstånd', en: 'Parking permit', ar: 'تصريح وقوف السيارات' }), status: 'decided' as const },
    ];
    return (
      <ul style={{ margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: 'var(--gbg-space-3)', color: 'var(--gbg-color-text-default)', fontFamily: 'var(--gbg-font-family-sans)' }}>
        {cases.map((item) => (
          <li key={item.id} style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--gbg-space-2)', alignItems: 'center' }}>
            <span>
              {item.name} ({item.id})
            </span>
            <StatusBadge status={item.status} />
          </li>
        ))}
      </ul>
    );
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Komplettering behövs')).toBeInTheDocument();
  },
};

/** Dark theme: dark blue backgrounds, white text and icons, light borders. */
export const Dark: Story = { ...AllStatuses, globals: { theme: 'dark' } };

/** English locale: the built-in words in English. */
export const English: Story = {
  ...AllStatuses,
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('In progress')).toBeInTheDocument();
  },
};

/** Right to left with Arabic content: the icon at the inline start (right). */
export const RightToLeft: Story = {
  ...OwnWords,
  render: (args, context) => <div lang="ar">{OwnWords.render!(args, context)}</div>,
  globals: { dir: 'rtl', locale: 'en' },
};
