import type { Decorator, Preview } from '@storybook/react-vite';
import '@goteborgsstad/tokens/tokens.css';
import '../packages/react/src/base.css.js';
import {
  GbgProvider,
  type GbgDirection,
  type GbgLocale,
  type GbgTheme,
} from '../packages/react/src/index.js';

// Docs pages are written in Swedish.
if (typeof document !== 'undefined') document.documentElement.lang = 'sv';

/** Every story inside a GbgProvider driven by the toolbar: theme × language × direction. */
const withGbgProvider: Decorator = (Story, context) => {
  const { theme, locale, dir } = context.globals as {
    theme?: GbgTheme;
    locale?: GbgLocale;
    dir?: GbgDirection;
  };
  return (
    <GbgProvider
      theme={theme ?? 'light'}
      locale={locale ?? 'sv'}
      dir={dir ?? 'ltr'}
      style={{
        padding: 'var(--gbg-space-4, 1rem)',
        boxSizing: 'border-box',
        minBlockSize: context.viewMode === 'docs' ? undefined : '100vh',
      }}
    >
      <Story />
    </GbgProvider>
  );
};

const preview: Preview = {
  decorators: [withGbgProvider],
  globalTypes: {
    theme: {
      description: 'Tema / Theme',
      toolbar: {
        title: 'Tema',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Ljust' },
          { value: 'dark', title: 'Mörkt' },
          { value: 'auto', title: 'Auto' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Språk / Language',
      toolbar: {
        title: 'Språk',
        icon: 'globe',
        items: [
          { value: 'sv', title: 'Svenska' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Textriktning / Text direction',
      toolbar: {
        title: 'Riktning',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'vänster till höger' },
          { value: 'rtl', title: 'höger till vänster' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'sv', dir: 'ltr' },
  parameters: {
    layout: 'fullscreen',
    // Any axe violation fails the story test.
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
    options: {
      storySort: {
        order: [
          'Kom igång',
          ['Översikt', 'Utvecklare', 'Designer', 'Tillgänglighet', 'Bidra'],
          'Grunder',
          ['Färg', 'Typografi', 'Avstånd och storlekar', 'Rörelse', 'Fokus'],
          'Varumärke',
          'Komponenter',
          'Mönster',
        ],
      },
    },
  },
};

export default preview;
