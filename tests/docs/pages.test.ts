// The guide pages in docs/: every required page exists under its title and sidebar group, the
// foundation pages take their data from the built token package (never a hand copy), and the
// doc blocks render that data as accessible markup. Rendering needs packages/tokens/dist
// (`pnpm build`, which `pnpm test` runs first).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createElement, type ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { toId } from 'storybook/internal/csf';
import { describe, expect, it } from 'vitest';
import { palette, flatTokens } from '@goteborgsstad/tokens';
import contrast from '@goteborgsstad/tokens/contrast.json';
import {
  BrandSwatches,
  ContrastMatrix,
  FocusRingDemo,
  SemanticColors,
  SemanticContrast,
  SpaceScale,
  TargetSizes,
  TypeScale,
} from '../../docs/blocks/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const docsDir = path.join(root, 'docs');

function filesUnder(dir: string, extensions: string[]): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, extensions);
    return extensions.some((ext) => entry.name.endsWith(ext)) ? [full] : [];
  });
}

const mdxFiles = filesUnder(docsDir, ['.mdx']);
const read = (file: string) => fs.readFileSync(file, 'utf8');

/**
 * The title of an MDX page: its own `<Meta title="…" />`, or, for a page attached to stories
 * (`<Meta of={X} />`), the `title` of the stories file it imports X from.
 */
function titleOf(file: string): string | undefined {
  const source = read(file);
  const own = /<Meta\s+title="([^"]+)"\s*\/>/.exec(source)?.[1];
  if (own) return own;
  const of = /<Meta\s+of=\{(\w+)\}\s*\/>/.exec(source)?.[1];
  const from = of && new RegExp(`import \\* as ${of} from '([^']+)'`).exec(source)?.[1];
  if (!from) return undefined;
  const stories = read(path.join(path.dirname(file), `${from}.tsx`));
  return /^\s*title:\s*'([^']+)'/m.exec(stories)?.[1];
}

const pagesByTitle = new Map(
  mdxFiles.map((file) => [titleOf(file) ?? `(no title) ${file}`, file] as const),
);

const requiredPages = [
  'Kom igång/Översikt',
  'Kom igång/Utvecklare',
  'Kom igång/Designer',
  'Kom igång/Tillgänglighet',
  'Kom igång/Bidra',
  'Grunder/Färg',
  'Grunder/Typografi',
  'Grunder/Avstånd och storlekar',
  'Grunder/Rörelse',
  'Grunder/Fokus',
  'Varumärke/Regler',
];

const render = (component: ComponentType<object>, props: object = {}) =>
  renderToStaticMarkup(createElement(component, props));

describe('guide pages', () => {
  it.each(requiredPages)('has the page "%s"', (title) => {
    expect(pagesByTitle.has(title), `no MDX page with <Meta title="${title}" />`).toBe(true);
  });

  it('gives every page a title in one of the three guide groups, once', () => {
    const titles = mdxFiles.map((file) => titleOf(file));
    for (const [index, title] of titles.entries()) {
      expect(title, `${mdxFiles[index]} has no <Meta title="…" />`).toBeDefined();
      expect(['Kom igång', 'Grunder', 'Varumärke']).toContain(title?.split('/')[0]);
    }
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('starts every page with one level-1 heading and a short English summary', () => {
    for (const file of mdxFiles) {
      // Fenced code may hold shell comments that start with "# ".
      const body = read(file).replace(/^```[\s\S]*?^```/gm, '');
      expect(body.match(/^# /gm), `${file}: exactly one "# " heading`).toHaveLength(1);
      expect(body, `${file}: English summary line`).toMatch(/^\*In English: [^*]+\*$/m);
    }
  });

  it('links only to pages that exist (by Storybook id)', () => {
    // Storybook's own id rule for a docs page: toId(title, 'docs').
    const idOf = (title: string) => toId(title, 'docs');
    const ids = new Set([...pagesByTitle.keys()].map(idOf));
    expect(ids.has('grunder-färg--docs')).toBe(true);
    let links = 0;
    for (const file of mdxFiles) {
      for (const [, id] of read(file).matchAll(/\]\(\?path=\/docs\/([^)]+)\)/g)) {
        links += 1;
        expect(ids, `${file} links to ${id}`).toContain(id);
      }
    }
    expect(links).toBeGreaterThan(10);
  });

  it('renders Färg from the token package: swatches, semantic colours and the contrast matrix', () => {
    const farg = read(pagesByTitle.get('Grunder/Färg') ?? '');
    for (const block of ['BrandSwatches', 'SemanticColors', 'SemanticContrast', 'ContrastMatrix']) {
      expect(farg).toMatch(new RegExp(`<${block}[\\s/>]`));
    }
    expect(farg).toMatch(/from '\.\.\/blocks\/index\.ts'/);

    const data = read(path.join(docsDir, 'blocks/tokenData.ts'));
    expect(data).toMatch(/from '@goteborgsstad\/tokens';/);
    expect(data).toMatch(/from '@goteborgsstad\/tokens\/contrast\.json';/);
    // The blocks read data only through tokenData.ts, so no block can carry its own copy.
    for (const file of filesUnder(path.join(docsDir, 'blocks'), ['.tsx'])) {
      expect(read(file), file).not.toMatch(/from '@goteborgsstad\/tokens/);
    }
  });

  it('has no colour literals in the blocks or the guide pages (values come from tokens)', () => {
    const hex = /#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3})\b/gi;
    const functions = /\b(?:rgba?|hsla?|oklch|oklab|lab|lch)\(/gi;
    // Pages about the brand rules may quote colour values in prose and in examples of what
    // the brand check rejects; every other page and every block must take them from tokens.
    const rulesPages = new Set(
      [...pagesByTitle]
        .filter(([title]) => title.startsWith('Varumärke/'))
        // A brand page attached to stories: its stories file may quote the colours it checks.
        .flatMap(([, file]) => [file, file.replace(/\.mdx$/, '.stories.tsx')]),
    );
    const checked = filesUnder(docsDir, ['.mdx', '.ts', '.tsx', '.css']).filter((f) => !rulesPages.has(f));
    expect(checked).toContain(pagesByTitle.get('Grunder/Färg'));
    for (const file of checked) {
      const source = read(file);
      expect(source.match(hex), `${file}: hex colour`).toBeNull();
      expect(source.match(functions), `${file}: colour function`).toBeNull();
    }
  });

  it('styles the blocks without named colours (colours come from --gbg- variables)', () => {
    const css = read(path.join(docsDir, 'blocks/blocks.css')).replace(/\/\*[\s\S]*?\*\//g, '');
    const colourDeclarations = [
      ...css.matchAll(/(?:^|[\s;{])((?:color|background(?:-color)?|border(?:-[a-z-]+)?|outline|box-shadow))\s*:\s*([^;]+);/g),
    ];
    expect(colourDeclarations.length).toBeGreaterThan(10);
    const named = /\b(?:white|black|red|green|blue|yellow|gr[ae]y|orange|purple|pink)\b/i;
    for (const [, property, value] of colourDeclarations) {
      expect(value, `${property}: ${value}`).not.toMatch(named);
    }
  });
});

describe('doc blocks render the built token data', () => {
  it('shows all 17 brand colours with Swedish and English names, hex, RGB and text colour', () => {
    const html = render(BrandSwatches);
    expect(palette).toHaveLength(17);
    expect(html.match(/<li class="gbg-docs-swatch-card"/g)).toHaveLength(17);
    for (const colour of palette) {
      expect(html).toContain(colour.nameSv);
      expect(html).toContain(colour.nameEn);
      expect(html).toContain(colour.hex.toUpperCase());
      expect(html).toContain(`${colour.rgb.r}, ${colour.rgb.g}, ${colour.rgb.b}`);
      expect(html).toContain(colour.cssVar);
    }
    // Göteborgsblå takes white text only: the card says so and shows only white on it.
    expect(palette.find((p) => p.key === 'goteborgsbla')?.textColor).toBe('white');
    expect(html).toMatch(/Göteborgsblå<span lang="en">Gothenburg blue<\/span>[\s\S]*?Vit text/);
  });

  it('renders the full contrast matrix as a table with caption, scoped headers and verdicts in words', () => {
    const html = render(ContrastMatrix);
    expect(html).toMatch(/<caption id="[^"]+">Kontrast mellan färgerna/);
    // One column header per colour plus the corner, one row header per colour.
    expect(html.match(/<th scope="col"/g)).toHaveLength(palette.length + 1);
    expect(html.match(/<th scope="row"/g)).toHaveLength(palette.length);
    // Every off-diagonal cell has a verdict in words; the diagonal says "Samma färg".
    const words = html.match(/Godkänd, AAA|Godkänd, AA|Bara stor text|Underkänd/g) ?? [];
    expect(words).toHaveLength(palette.length * (palette.length - 1));
    expect(html.match(/Samma färg/g)).toHaveLength(palette.length);
    expect(contrast.brand).toHaveLength(palette.length * (palette.length - 1));
    // The scroll region is focusable and named by the caption.
    expect(html).toMatch(/role="region" aria-labelledby="[^"]+" tabindex="0"/);
  });

  it('takes each ratio from contrast.json (black on Göteborgsblå is below 4.5:1 there and here)', () => {
    const row = contrast.brand.find((r) => r.foreground === 'svart' && r.background === 'goteborgsbla');
    expect(row?.aa).toBe(false);
    const html = render(ContrastMatrix, { foregrounds: ['svart', 'vit'] });
    const shown = `${row?.ratio.toFixed(2).replace('.', ',')}:1`;
    expect(html).toContain(shown);
    expect(html.match(/<th scope="col"/g)).toHaveLength(3);
  });

  it('lists every semantic colour with its light and dark value', () => {
    const html = render(SemanticColors);
    const semantic = flatTokens.filter((t) => t.tier === 'semantic' && t.path.startsWith('color.'));
    expect(semantic.length).toBeGreaterThan(30);
    for (const token of semantic) expect(html).toContain(token.cssVar);
    expect(html.match(/<caption/g)?.length).toBeGreaterThanOrEqual(9);
  });

  it('lists every checked semantic pair per theme with pass or fail in words', () => {
    const html = render(SemanticContrast);
    const verdicts = html.match(/>(Godkänd|Underkänd), /g) ?? [];
    expect(verdicts).toHaveLength(contrast.pairs.length);
  });

  it('shows the focus ring on every surface contrast.json checks, in both themes', () => {
    const html = render(FocusRingDemo);
    const surfaces = contrast.focusRing.surfaces;
    expect(html.match(/<button type="button" class="gbg-docs-focus-demo"/g)).toHaveLength(surfaces.length);
    expect(html).toContain('data-gbg-theme="dark"');
  });

  it('draws the space scale, target sizes and type scale from the tokens', () => {
    const space = render(SpaceScale);
    for (const token of flatTokens.filter((t) => t.path.startsWith('space.'))) {
      expect(space).toContain(`inline-size:var(${token.cssVar})`);
    }
    const targets = render(TargetSizes);
    expect(targets).toContain('--gbg-size-target-default');
    expect(targets).toContain('--gbg-size-target-minimum');
    const type = render(TypeScale);
    expect(type).toContain('font-size:var(--gbg-font-size-md)');
  });
});
