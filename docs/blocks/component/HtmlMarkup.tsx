import { Source, useOf, type Of } from '@storybook/addon-docs/blocks';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

const VOID = /^<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b/i;

/** Indents server-rendered HTML one element per line; short text stays on its element's line. */
export function formatHtml(html: string): string {
  const tokens = html.split(/(<[^>]+>)/).filter((token) => token.trim() !== '');
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] ?? '';
    const pad = '  '.repeat(depth);
    if (token.startsWith('</')) {
      depth = Math.max(0, depth - 1);
      lines.push('  '.repeat(depth) + token);
    } else if (token.startsWith('<')) {
      const text = tokens[i + 1];
      const close = tokens[i + 2];
      // <tag>text</tag> on one line
      if (text && !text.startsWith('<') && close?.startsWith('</')) {
        lines.push(pad + token + text.trim() + close);
        i += 2;
      } else if (token.endsWith('/>') || VOID.test(token)) {
        lines.push(pad + token);
      } else {
        lines.push(pad + token);
        depth += 1;
      }
    } else {
      lines.push(pad + token.trim());
    }
  }
  return lines.join('\n');
}

/** The prepared story as the docs context resolves it (the parts used here). */
interface PreparedStoryLike {
  id: string;
  initialArgs: Record<string, unknown>;
  argTypes: Record<string, unknown>;
  parameters: Record<string, unknown>;
  originalStoryFn: (args: Record<string, unknown>, context: unknown) => ReactElement;
}

/**
 * The story rendered to static HTML with its own args, without the docs decorators (the
 * provider wrapper is not part of a component's markup).
 */
export function storyMarkup(story: PreparedStoryLike): string {
  const context = {
    ...story,
    args: story.initialArgs,
    globals: { theme: 'light', locale: 'sv', dir: 'ltr' },
    viewMode: 'docs',
    loaded: {},
    abortSignal: new AbortController().signal,
  };
  function Story() {
    return story.originalStoryFn(story.initialArgs, context);
  }
  return formatHtml(renderToStaticMarkup(createElement(Story)));
}

/**
 * Plain-HTML markup of a story, rendered from the story itself (so it cannot drift from the
 * component): for pages built without React — WordPress, server templates, the portal — that
 * load `@goteborgsstad/react/styles.css` and use the `gbg-` classes.
 */
export function HtmlMarkup({ of }: { of: Of }) {
  const resolved = useOf(of, ['story']);
  let code: string;
  try {
    code = storyMarkup(resolved.story as unknown as PreparedStoryLike);
  } catch (error) {
    code = `<!-- Kunde inte rendera berättelsen / could not render the story: ${error instanceof Error ? error.message : String(error)} -->`;
  }
  return <Source code={code} language="html" dark={false} />;
}
