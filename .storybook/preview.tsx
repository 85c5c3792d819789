import type { Decorator, Preview } from '@storybook/react-vite';
import { create } from 'storybook/theming/create';
import { palette } from '@goteborgsstad/tokens';
import '@goteborgsstad/tokens/tokens.css';
import '../packages/react/src/base.css.js';
import {
  GbgProvider,
  type GbgDirection,
  type GbgLocale,
  type GbgTheme,
} from '../packages/react/src/index.js';

import { fontBase, fontCode, prefersDark } from './theme.js';
import './docs-theme.css';
import { transformSource } from './source-transform.js';
import { applyDemoArgs, demoLanguage, type DemoArgSets } from '../packages/react/src/storybook/demo.js';

// Docs pages are written in Swedish, and follow the reader's light/dark setting through the
// tokens' `auto` theme (stories get their theme from the toolbar via GbgProvider).
if (typeof document !== 'undefined') {
  document.documentElement.lang = 'sv';
  document.documentElement.setAttribute('data-gbg-theme', 'auto');
}

// A docs page opens at its top with nothing focused: examples that move focus on mount (the
// ErrorSummary takes focus, as it must in an app) would otherwise scroll the page half-way
// down. Until the reader interacts, focus moving into an example is undone.
if (typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('viewMode') === 'docs') {
  let interacted = false;
  for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart']) {
    window.addEventListener(type, () => (interacted = true), { capture: true, passive: true });
  }
  document.addEventListener(
    'focusin',
    (event) => {
      if (interacted || window.location.hash) return;
      const target = event.target;
      if (target instanceof HTMLElement && target.closest('.docs-story')) {
        // Keep the example's focus ring drawn (docs-theme.css) without holding focus.
        target.setAttribute('data-gbg-docs-focus', '');
        target.blur();
        window.scrollTo(0, 0);
      }
    },
    true,
  );
}

const hex = (key: string) => palette.find((colour) => colour.key === key)?.hex ?? '';
const dark = prefersDark();
/** Storybook's docs styles in the system's typography; text black or white, links black. */
const docsTheme = create({
  base: dark ? 'dark' : 'light',
  fontBase,
  fontCode,
  textColor: dark ? hex('vit') : hex('svart'),
  colorPrimary: dark ? hex('vit') : hex('svart'),
  colorSecondary: dark ? hex('vit') : hex('svart'),
  appContentBg: dark ? hex('svart') : hex('vit'),
  appBg: dark ? hex('svart') : hex('vit'),
  appBorderColor: hex('gra'),
});


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

/**
 * Demo content in the story's language: `parameters.demoArgs = { en: {...}, ar: {...} }` is
 * merged over the args (right to left → `ar`, then `en`; English → `en`), so the language
 * toolbar turns args-based stories English too. Runs inside the provider (listed first = inner).
 */
const withDemoArgs: Decorator = (Story, context) => {
  const sets = context.parameters.demoArgs as DemoArgSets | undefined;
  const language = demoLanguage(context.globals);
  if (!sets || language === 'sv') return <Story />;
  return <Story args={applyDemoArgs(context.args, context.initialArgs, sets, language)} />;
};

const preview: Preview = {
  decorators: [withDemoArgs, withGbgProvider],
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
    docs: {
      theme: docsTheme,
      // JSX from the rendered story, not the story object (`{ render: () => … }`).
      source: { type: 'dynamic', transform: transformSource },
    },
    // Stories render components by their real names in "Show code".
    jsx: { showFunctions: false, useBooleanShorthand: true },
    // Case-sensitive: `onValidate` ends in "date" and must not get a date picker.
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/ } },
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
