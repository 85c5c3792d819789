import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { useDemoText } from '../../storybook/demo.js';
import { Button } from '../Button/Button.js';
import { Skeleton } from './Skeleton.js';
import { SkeletonRegion } from './SkeletonRegion.js';

const meta = {
  title: 'Komponenter/Skeleton',
  component: Skeleton,
  subcomponents: { SkeletonRegion },
  args: { variant: 'text', lines: 3 },
  decorators: [
    (Story) => (
      <div style={{ maxInlineSize: '36rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof Skeleton>;

export default meta;
type Story = StoryObj<typeof meta>;

function CaseSkeleton() {
  return (
    <div style={{ display: 'flex', gap: 'var(--gbg-space-4)', alignItems: 'flex-start' }}>
      <Skeleton variant="circle" />
      <div style={{ flex: 1, display: 'grid', gap: 'var(--gbg-space-2)' }}>
        <Skeleton inlineSize="50%" />
        <Skeleton lines={2} />
      </div>
    </div>
  );
}

/** A list of cases loading: a busy region that says "Laddar dina ärenden…" once, with skeletons in the shape of the list. */
export const LoadingList: Story = {
  render: () => {
    const t = useDemoText();
    return (
      <SkeletonRegion loading label={t({ sv: 'Laddar dina ärenden…', en: 'Loading your cases…', ar: 'جارٍ تحميل طلباتك…' })}>
        <div style={{ display: 'grid', gap: 'var(--gbg-space-6)' }}>
          <CaseSkeleton />
          <CaseSkeleton />
          <Skeleton variant="block" blockSize="6rem" />
        </div>
      </SkeletonRegion>
    );
  },
};

/** Text lines (args: try `lines` in Controls). The last of several lines is shorter. */
export const TextLines: Story = {};

/** The three shapes: text, block (an image or card) and circle (a round picture). */
export const Shapes: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 'var(--gbg-space-4)' }}>
      <Skeleton lines={2} />
      <Skeleton variant="block" blockSize="10rem" />
      <Skeleton variant="circle" inlineSize="4rem" />
    </div>
  ),
};

function LoadThenShow() {
  const t = useDemoText();
  const [loading, setLoading] = useState(true);
  const cases = [
    t({ sv: 'Ansökan om förskoleplats', en: 'Application for a preschool place', ar: 'طلب مكان في روضة أطفال' }),
    t({ sv: 'Bygglov för altan', en: 'Building permit for a deck', ar: 'رخصة بناء لشرفة' }),
  ];
  return (
    <div style={{ display: 'grid', gap: 'var(--gbg-space-4)', justifyItems: 'start' }}>
      <Button variant="secondary" onClick={() => setLoading((value) => !value)}>
        {loading ? t({ sv: 'Visa ärendena', en: 'Show the cases', ar: 'عرض الطلبات' }) : t({ sv: 'Ladda om', en: 'Reload', ar: 'إعادة التحميل' })}
      </Button>
      <SkeletonRegion
        loading={loading}
        label={t({ sv: 'Laddar dina ärenden…', en: 'Loading your cases…', ar: 'جارٍ تحميل طلباتك…' })}
        doneLabel={t({ sv: '2 ärenden har laddats', en: '2 cases loaded', ar: 'تم تحميل طلبين' })}
        style={{ inlineSize: '100%' }}
      >
        {loading ? (
          <Skeleton lines={2} />
        ) : (
          <ul style={{ margin: 0, color: 'var(--gbg-color-text-default)', fontFamily: 'var(--gbg-font-family-sans)' }}>
            {cases.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        )}
      </SkeletonRegion>
    </div>
  );
}

/** Loading ends: the region is no longer busy, the content replaces the skeletons and "2 ärenden har laddats" is said once. */
export const LoadsThenShows: Story = {
  render: () => <LoadThenShow />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Visa ärendena' }));
    await expect(canvas.getByText('Bygglov för altan')).toBeInTheDocument();
    await waitFor(() => expect(document.querySelector('[role="status"]')).toHaveTextContent('2 ärenden har laddats'));
  },
};

/** Dark theme: dark blue placeholders on black. */
export const Dark: Story = { ...LoadingList, globals: { theme: 'dark' } };

/** English locale: "Loading your cases…" is said. */
export const English: Story = { ...LoadingList, globals: { locale: 'en' } };

/** Right to left with Arabic content: the circle at the inline start (right). */
export const RightToLeft: Story = {
  ...LoadingList,
  render: (args, context) => <div lang="ar">{LoadingList.render!(args, context)}</div>,
  globals: { dir: 'rtl', locale: 'en' },
};
