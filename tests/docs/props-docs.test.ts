// @vitest-environment jsdom
// Props on the docs pages: the Swedish `@sv` text is shown where a prop has it, the English
// JSDoc (marked as English) where it does not, and `@default` fills the Default column. The
// second half reads the component manifest (built from the same react-docgen-typescript run)
// and fails on any own prop of an exported component without `@sv` or without English JSDoc.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createElement, type ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PropsTable, formatType } from '../../docs/blocks/component/PropsTable.js';
import { formatHtml } from '../../docs/blocks/component/HtmlMarkup.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function fakeComponent(props: Record<string, unknown>) {
  const component = (() => null) as unknown as ComponentType<never> & { __docgenInfo?: unknown };
  component.__docgenInfo = { displayName: 'Fake', props };
  return component;
}

const render = (component: ComponentType<never>) => renderToStaticMarkup(createElement(PropsTable, { component }));

describe('PropsTable', () => {
  const variant = {
    name: 'variant',
    required: false,
    description: 'What the action means.',
    defaultValue: { value: "'primary'" },
    type: { name: 'enum', raw: 'ButtonVariant', value: [{ value: '"primary"' }, { value: '"secondary"' }] },
    tags: { sv: 'Vad handlingen betyder.' },
  };
  const label = { name: 'label', required: true, description: 'The visible label.', defaultValue: null, type: { name: 'ReactNode' }, tags: {} };

  it('shows the Swedish @sv text and not the English one', () => {
    const html = render(fakeComponent({ variant }));
    expect(html).toContain('Vad handlingen betyder.');
    expect(html).not.toContain('What the action means.');
  });

  it('falls back to the English JSDoc, marked as English, when @sv is missing', () => {
    const html = render(fakeComponent({ label }));
    expect(html).toContain('<span lang="en">The visible label.');
    expect(html).toContain('(engelska)');
    expect(html).toContain('(krävs)');
  });

  it('spells out literal unions and takes the default from @default', () => {
    const html = render(fakeComponent({ variant }));
    expect(html).toContain('&quot;primary&quot; | &quot;secondary&quot;');
    expect(html).toContain('<code>&#x27;primary&#x27;</code>');
    expect(formatType({ name: 'enum', raw: 'boolean', value: [{ value: 'false' }, { value: 'true' }] })).toBe('boolean');
    expect(formatType({ name: 'enum', raw: 'ButtonIcon', value: [{ value: 'ComponentClass<…>' }, { value: 'FunctionComponent<…>' }] })).toBe('ButtonIcon');
  });

  it('says so instead of crashing when a component has no type information', () => {
    const html = renderToStaticMarkup(createElement(PropsTable, { component: (() => null) as unknown as ComponentType<never> }));
    expect(html).toContain('Ingen typinformation');
  });
});

describe('formatHtml', () => {
  it('puts one element on a line, indented, with short text on its element', () => {
    expect(formatHtml('<div class="a"><button type="button"><span>Skicka</span></button><input id="x"/></div>')).toBe(
      ['<div class="a">', '  <button type="button">', '    <span>Skicka</span>', '  </button>', '  <input id="x"/>', '</div>'].join('\n'),
    );
  });
});

describe('Swedish prop descriptions (@sv) in the component manifest', () => {
  const file = path.join(root, 'packages/react/dist/manifest.json');
  const read = () => {
    expect(fs.existsSync(file), 'packages/react/dist/manifest.json is missing: run `pnpm build`').toBe(true);
    return JSON.parse(fs.readFileSync(file, 'utf8')) as {
      components: Array<{ name: string; props: Array<{ name: string; description: { en: string | null; sv: string | null } }> }>;
    };
  };

  it('gives every own prop of every exported component a Swedish @sv description', () => {
    const missingSv: string[] = [];
    for (const component of read().components) {
      for (const prop of component.props) {
        if (!prop.description.sv?.trim()) missingSv.push(`${component.name}.${prop.name}`);
      }
    }
    expect(
      missingSv,
      'these props have no `@sv` JSDoc tag; the docs page and the manifest show the Swedish text from it. ' +
        'Add `@sv <svensk beskrivning>` to each prop\'s JSDoc (see Kom igång/Bidra), then run `pnpm build`',
    ).toEqual([]);
  });

  it('gives every prop an English JSDoc description too (editors show it)', () => {
    const undescribed: string[] = [];
    for (const component of read().components) {
      for (const prop of component.props) if (!prop.description.en?.trim()) undescribed.push(`${component.name}.${prop.name}`);
    }
    expect(undescribed, 'props without an English JSDoc description').toEqual([]);
  });
});
