// Every story in the repository, composed with the Storybook project annotations (the
// GbgProvider decorator from .storybook/preview.tsx), so the cross-cutting checks see exactly
// what Storybook shows. New `*.stories.tsx` files are picked up by the glob; there is no list.
import type { ComponentType } from 'react';
import { composeStories } from '@storybook/react-vite';
import type { Preview } from '@storybook/react-vite';
import preview from '../../.storybook/preview.js';

type StoryModule = Parameters<typeof composeStories>[0];

const modules = import.meta.glob<StoryModule>('/packages/*/src/**/*.stories.tsx', { eager: true });
// The source text, only to know which story comes first in the file (a module namespace lists
// its exports alphabetically).
const sources = import.meta.glob<string>('/packages/*/src/**/*.stories.tsx', {
  eager: true,
  query: '?raw',
  import: 'default',
});

function firstExport(file: string): string | undefined {
  return /^export const (\w+)/m.exec(sources[file] ?? '')?.[1];
}

export type Globals = { theme?: 'light' | 'dark' | 'auto'; locale?: 'sv' | 'en'; dir?: 'ltr' | 'rtl' };

export type ComposedStory = {
  /** `Komponenter/Button/Primary`: unique and readable in test names and screenshot files. */
  name: string;
  /** The file the story comes from, relative to the repository root. */
  file: string;
  title: string;
  exportName: string;
  /** True for the first story written in the file (its default look). */
  first: boolean;
  Story: ComponentType;
};

/**
 * Composes every story with the preview annotations and the given globals (theme, locale,
 * direction) — the same inputs the Storybook toolbar changes.
 */
export function composeAll(globals: Globals = {}): ComposedStory[] {
  const annotations: Preview = {
    ...preview,
    initialGlobals: { ...preview.initialGlobals, ...globals },
  };
  const all: ComposedStory[] = [];
  for (const [file, module] of Object.entries(modules)) {
    const title = (module.default as { title?: string }).title ?? file;
    const composed = composeStories(module, annotations) as Record<string, ComponentType & { storyName?: string }>;
    const firstName = firstExport(file) ?? Object.keys(composed)[0];
    Object.entries(composed).forEach(([exportName, Story]) => {
      all.push({
        name: `${title}/${exportName}`,
        file: file.replace(/^\//, ''),
        title,
        exportName,
        first: exportName === firstName,
        Story,
      });
    });
  }
  return all.sort((a, b) => a.name.localeCompare(b.name));
}

/** Composed "page" stories (`Mönster/…`) plus the first story of each component file. */
export function isMatrixStory(story: ComposedStory): boolean {
  return story.title.startsWith('Mönster/') || story.first;
}
