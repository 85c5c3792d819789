// Builds @goteborgsstad/icons from icons.mapping.json and the Lucide SVG sources:
//   dist/svg/<name>.svg        plain SVG files in the city's line style
//   dist/esm/<Name>Icon.js     one React component module per icon (+ .d.ts)
//   dist/esm/index.js          re-exports every icon (+ .d.ts with the IconName union)
//   dist/icons.json            manifest for docs and search
//   dist/icons.css             right-to-left mirroring rule
//   dist/esm/createIcon.js     the shared base component, compiled from src/ by tsc
// Any problem in the mapping or a source SVG stops the build with a message naming the icon.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SaxesParser } from 'saxes';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distDir = path.join(packageDir, 'dist');
const require = createRequire(import.meta.url);
const lucideDir = path.dirname(require.resolve('lucide-static/package.json'));
/** The design tokens' source of truth; icon sizes must match `size.icon.*` there. */
const sizeTokensFile = path.resolve(packageDir, '../../tokens/brand/size.json');

const NAME_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** Drawing elements Lucide uses, with the geometry attributes each may carry. */
const ELEMENT_ATTRIBUTES = {
  path: ['d'],
  circle: ['cx', 'cy', 'r'],
  ellipse: ['cx', 'cy', 'rx', 'ry'],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry'],
  line: ['x1', 'y1', 'x2', 'y2'],
  polyline: ['points'],
  polygon: ['points'],
};
/** The city line style: what every source root must declare, and what every output carries. */
const LINE_STYLE = {
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': '2',
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
};
/** Root attributes of a Lucide file that are dropped rather than checked. */
const DROPPED_ROOT_ATTRIBUTES = new Set(['xmlns', 'class', 'width', 'height']);
/** `fill` on a child is allowed only without a colour of its own (Lucide fills tiny dots). */
const ALLOWED_CHILD_FILLS = new Set(['none', 'currentColor']);

class BuildError extends Error {}

function fail(message) {
  throw new BuildError(message);
}

function pascalCase(name) {
  return name
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function escapeXml(value) {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

function escapeComment(value) {
  return value.replaceAll('*/', '*\\/');
}

/** Parses an SVG document into a small element tree with a real XML parser. */
function parseSvg(xml, file) {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack = [];
  let root;
  parser.on('error', (error) => fail(`${file}: not well-formed XML: ${error.message}`));
  parser.on('opentag', (tag) => {
    const element = { name: tag.name, attributes: { ...tag.attributes }, children: [] };
    if (stack.length === 0) {
      if (root) fail(`${file}: more than one root element`);
      root = element;
    } else {
      stack.at(-1).children.push(element);
    }
    stack.push(element);
  });
  parser.on('closetag', () => stack.pop());
  parser.on('text', (text) => {
    if (stack.length > 0 && text.trim() !== '') fail(`${file}: unexpected text content "${text.trim()}"`);
  });
  parser.write(xml).close();
  if (!root) fail(`${file}: no root element`);
  return root;
}

/** Checks a parsed Lucide SVG against the city line style and returns its drawing nodes. */
function toIconNodes(root, file) {
  if (root.name !== 'svg') fail(`${file}: root element is <${root.name}>, expected <svg>`);
  for (const [attribute, expected] of Object.entries(LINE_STYLE)) {
    if (root.attributes[attribute] !== expected) {
      fail(`${file}: root ${attribute}="${root.attributes[attribute]}" — the city line style needs "${expected}"`);
    }
  }
  for (const attribute of Object.keys(root.attributes)) {
    if (!(attribute in LINE_STYLE) && !DROPPED_ROOT_ATTRIBUTES.has(attribute)) {
      fail(`${file}: unexpected root attribute "${attribute}"`);
    }
  }
  if (root.children.length === 0) fail(`${file}: no drawing elements`);
  return root.children.map((child) => {
    const allowed = ELEMENT_ATTRIBUTES[child.name];
    if (!allowed) fail(`${file}: <${child.name}> is not a supported drawing element`);
    if (child.children.length > 0) fail(`${file}: <${child.name}> has nested elements`);
    const attributes = {};
    for (const [attribute, value] of Object.entries(child.attributes)) {
      if (attribute === 'fill') {
        if (!ALLOWED_CHILD_FILLS.has(value)) fail(`${file}: <${child.name} fill="${value}"> hard-codes a colour`);
      } else if (!allowed.includes(attribute)) {
        fail(`${file}: <${child.name}> has unexpected attribute "${attribute}"`);
      }
      attributes[attribute] = value;
    }
    return [child.name, attributes];
  });
}

function validateMapping(mapping, lucideVersion) {
  if (mapping?.source?.package !== 'lucide-static') fail('icons.mapping.json: source.package must be "lucide-static"');
  if (mapping.source.version !== lucideVersion) {
    fail(
      `icons.mapping.json records lucide-static ${mapping.source.version} but ${lucideVersion} is installed. ` +
        'Review the changed glyphs, then update source.version.',
    );
  }
  const categories = mapping.categories ?? {};
  if (!Array.isArray(mapping.icons) || mapping.icons.length === 0) fail('icons.mapping.json: "icons" must be a non-empty array');
  const names = new Set();
  const sources = new Map();
  for (const [index, icon] of mapping.icons.entries()) {
    const where = `icons.mapping.json icons[${index}] (${icon?.name ?? 'no name'})`;
    if (typeof icon.name !== 'string' || !NAME_PATTERN.test(icon.name)) fail(`${where}: name must be English kebab-case`);
    if (names.has(icon.name)) fail(`${where}: duplicate name`);
    names.add(icon.name);
    if (typeof icon.lucide !== 'string' || !NAME_PATTERN.test(icon.lucide)) fail(`${where}: "lucide" must name a Lucide icon`);
    if (sources.has(icon.lucide)) {
      fail(`${where}: Lucide "${icon.lucide}" is already "${sources.get(icon.lucide)}" — one glyph, one meaning`);
    }
    sources.set(icon.lucide, icon.name);
    if (typeof icon.sv !== 'string' || icon.sv.trim() === '') fail(`${where}: "sv" (Swedish name) is required`);
    if (!Array.isArray(icon.keywords) || icon.keywords.some((k) => typeof k !== 'string' || k.trim() === '')) {
      fail(`${where}: "keywords" must be an array of Swedish words`);
    }
    if (!Object.hasOwn(categories, icon.category)) {
      fail(`${where}: category "${icon.category}" is not one of ${Object.keys(categories).join(', ')}`);
    }
    if (typeof icon.mirrorInRtl !== 'boolean') fail(`${where}: "mirrorInRtl" must be true or false`);
  }
}

function svgFile(icon, nodes) {
  const rootAttributes = Object.entries({
    xmlns: 'http://www.w3.org/2000/svg',
    width: '24',
    height: '24',
    ...LINE_STYLE,
    ...(icon.mirrorInRtl ? { 'data-gbg-mirror-rtl': '' } : {}),
  });
  const attributeText = (entries) => entries.map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join('');
  const body = nodes.map(([tag, attributes]) => `  <${tag}${attributeText(Object.entries(attributes))}/>`).join('\n');
  return (
    `<!-- Göteborgs Stad icon "${icon.name}", from Lucide "${icon.lucide}" (ISC, see LICENSE-lucide) -->\n` +
    `<svg${attributeText(rootAttributes)}>\n${body}\n</svg>\n`
  );
}

/** A small inline preview for editor hovers of the component's JSDoc. */
function previewDataUri(nodes) {
  const inner = nodes
    .map(([tag, attributes]) => `<${tag}${Object.entries(attributes).map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join('')}/>`)
    .join('');
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="#000" ' +
    `stroke-width="2" stroke-linecap="round" stroke-linejoin="round" style="background:#fff">${inner}</svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

function docComment(icon, nodes) {
  const lines = [
    `${icon.sv} — \`${icon.name}\` (${icon.category}).`,
    '',
    `Sökord: ${icon.keywords.join(', ')}.`,
    icon.mirrorInRtl ? 'Speglas i höger-till-vänster-layout (kräver icons.css).' : undefined,
    '',
    `![${icon.name}](${previewDataUri(nodes)})`,
    '',
    'Decorative by default (aria-hidden); pass `title` when the icon stands alone and carries meaning.',
  ].filter((line) => line !== undefined);
  return `/**\n${lines.map((line) => ` * ${escapeComment(line)}`.trimEnd()).join('\n')}\n */`;
}

// Each icon module is a client module ('use client'): a React Server Component can then pass an
// icon component as a prop to a client component (`<Button iconAfter={ChevronRightIcon}>`) —
// it travels as a client reference instead of failing as "Functions cannot be passed directly
// to Client Components". The index and createIcon.js stay plain, so `iconSizes` is a real value
// on the server. Bundlers without Server Components ignore the directive.
function componentModule(icon, component, nodes) {
  return (
    `'use client';\n\n` +
    `import { createIcon } from './createIcon.js';\n\n` +
    `${docComment(icon, nodes)}\n` +
    `export const ${component} = /*#__PURE__*/ createIcon(${JSON.stringify(component)}, ${JSON.stringify(icon.name)}, ` +
    `${JSON.stringify(nodes)}, ${icon.mirrorInRtl});\n`
  );
}

function componentTypes(icon, component, nodes) {
  return (
    `import type { GbgIconComponent } from './createIcon.js';\n\n` +
    `${docComment(icon, nodes)}\n` +
    `export declare const ${component}: GbgIconComponent;\n`
  );
}

const ICONS_CSS = `/* @goteborgsstad/icons — right-to-left mirroring.
 * Icons whose glyph shows reading direction (arrows, chevrons, back/forward) carry
 * data-gbg-mirror-rtl and are flipped when their direction is right-to-left.
 * :dir() follows the nearest dir attribute, so a left-to-right island inside a
 * right-to-left page stays unflipped; older browsers fall back to an ancestor [dir="rtl"]. */
@layer gbg.icons {
  @supports selector(:dir(rtl)) {
    [data-gbg-mirror-rtl]:dir(rtl) {
      transform: scaleX(-1);
    }
  }
  @supports not selector(:dir(rtl)) {
    [dir='rtl'] [data-gbg-mirror-rtl] {
      transform: scaleX(-1);
    }
    [dir='rtl'] [dir='ltr'] [data-gbg-mirror-rtl] {
      transform: none;
    }
  }
}
`;

function compileBaseComponent() {
  const tscBin = path.join(path.dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tscBin, '-p', 'tsconfig.build.json'], { cwd: packageDir, stdio: 'inherit' });
  if (result.status !== 0) fail('tsc -p tsconfig.build.json failed (see above)');
}

/** The components' named sizes must equal the tokens `size.icon.*` (in px). */
async function checkSizesAgainstTokens() {
  const { iconSizes } = await import(pathToFileURL(path.join(distDir, 'esm', 'createIcon.js')).href);
  const tokens = JSON.parse(await readFile(sizeTokensFile, 'utf8'));
  const iconTokens = tokens?.size?.icon ?? fail('tokens/brand/size.json has no size.icon group');
  const fromTokens = Object.fromEntries(
    Object.entries(iconTokens)
      .filter(([key]) => !key.startsWith('$'))
      .map(([key, token]) => {
        // Accept both DTCG value forms: "16px" and { value: 16, unit: "px" }.
        const value = token.$value;
        return [key, typeof value === 'object' && value !== null ? Number(value.value) : Number.parseFloat(String(value))];
      }),
  );
  if (JSON.stringify(fromTokens) !== JSON.stringify(iconSizes)) {
    fail(
      `iconSizes in src/createIcon.tsx ${JSON.stringify(iconSizes)} differ from the tokens size.icon ` +
        `${JSON.stringify(fromTokens)}: update iconSizes to match the tokens.`,
    );
  }
  return iconSizes;
}

async function main() {
  const mapping = JSON.parse(await readFile(path.join(packageDir, 'icons.mapping.json'), 'utf8'));
  const lucidePackage = JSON.parse(await readFile(path.join(lucideDir, 'package.json'), 'utf8'));
  validateMapping(mapping, lucidePackage.version);

  // The shipped licence copy must be Lucide's own text for the version we build from.
  const [lucideLicense, shippedLicense] = await Promise.all([
    readFile(path.join(lucideDir, 'LICENSE'), 'utf8'),
    readFile(path.join(packageDir, 'LICENSE-lucide'), 'utf8').catch(() => ''),
  ]);
  if (lucideLicense.trim() !== shippedLicense.trim()) {
    fail('LICENSE-lucide differs from the installed lucide-static LICENSE: copy it over and review the change.');
  }

  await rm(distDir, { recursive: true, force: true });
  await Promise.all([mkdir(path.join(distDir, 'svg'), { recursive: true }), mkdir(path.join(distDir, 'esm'), { recursive: true })]);

  const manifestIcons = [];
  const writes = [];
  for (const icon of mapping.icons) {
    const file = `lucide-static/icons/${icon.lucide}.svg`;
    const source = await readFile(path.join(lucideDir, 'icons', `${icon.lucide}.svg`), 'utf8').catch(() =>
      fail(`${icon.name}: Lucide icon "${icon.lucide}" does not exist in lucide-static ${lucidePackage.version}`),
    );
    const nodes = toIconNodes(parseSvg(source, file), file);
    const component = `${pascalCase(icon.name)}Icon`;
    writes.push(
      writeFile(path.join(distDir, 'svg', `${icon.name}.svg`), svgFile(icon, nodes)),
      writeFile(path.join(distDir, 'esm', `${component}.js`), componentModule(icon, component, nodes)),
      writeFile(path.join(distDir, 'esm', `${component}.d.ts`), componentTypes(icon, component, nodes)),
    );
    manifestIcons.push({
      name: icon.name,
      component,
      sv: icon.sv,
      keywords: icon.keywords,
      category: icon.category,
      mirrorInRtl: icon.mirrorInRtl,
      svg: `svg/${icon.name}.svg`,
      source: { lucide: icon.lucide },
    });
  }

  const sorted = [...manifestIcons].sort((a, b) => a.component.localeCompare(b.component));
  const indexJs =
    `// Generated by scripts/build.mjs. One module per icon: bundlers keep only what you import.\n` +
    `export { iconSizes } from './createIcon.js';\n` +
    sorted.map(({ component }) => `export { ${component} } from './${component}.js';\n`).join('');
  const indexDts =
    `export { iconSizes } from './createIcon.js';\n` +
    `export type { GbgIconComponent, IconColor, IconProps, IconSizeName } from './createIcon.js';\n` +
    sorted.map(({ component }) => `export { ${component} } from './${component}.js';\n`).join('') +
    `/** Every icon name (kebab-case), as in icons.json and the svg/ file names. */\n` +
    `export type IconName =\n${manifestIcons.map(({ name }) => `  | ${JSON.stringify(name)}`).join('\n')};\n`;

  compileBaseComponent();
  const sizes = await checkSizesAgainstTokens();

  const manifest = {
    $comment: 'Generated by scripts/build.mjs from icons.mapping.json. Do not edit.',
    source: { package: 'lucide-static', version: lucidePackage.version, license: 'ISC' },
    categories: mapping.categories,
    sizes,
    icons: manifestIcons,
  };

  writes.push(
    writeFile(path.join(distDir, 'esm', 'index.js'), indexJs),
    writeFile(path.join(distDir, 'esm', 'index.d.ts'), indexDts),
    writeFile(path.join(distDir, 'icons.json'), `${JSON.stringify(manifest, null, 2)}\n`),
    writeFile(path.join(distDir, 'icons.css'), ICONS_CSS),
  );
  await Promise.all(writes);
  console.log(`@goteborgsstad/icons: ${manifestIcons.length} icons from lucide-static ${lucidePackage.version}`);
}

main().catch((error) => {
  console.error(error instanceof BuildError ? `@goteborgsstad/icons build failed: ${error.message}` : error);
  process.exitCode = 1;
});
