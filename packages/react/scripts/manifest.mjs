// Component manifest of @goteborgsstad/react, written at build to dist/manifest.json (exported as
// `@goteborgsstad/react/manifest.json`) together with dist/llms.txt for the docs site.
//
// Sources, each read where it already lives so the manifest cannot drift from them:
// - which components exist: the runtime exports of src/index.ts (PascalCase functions and
//   forwardRef/memo objects);
// - props, types, defaults, English and Swedish (`@sv`) descriptions: the TypeScript types, via
//   react-docgen-typescript (scripts/docgen.mjs);
// - summary, when / when not, content guidance, keyboard, accessibility: the component's Swedish
//   MDX page (scripts/docs-page.mjs);
// - plain-HTML markup: the first story, rendered on the server (scripts/story-markup.mjs).
//
// Usage: node scripts/manifest.mjs   (run by `pnpm build` after vite and tsc)
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { toId } from 'storybook/internal/csf';
import { readComponentDocs } from './docgen.mjs';
import { readDocsPage } from './docs-page.mjs';
import { openSourceLoader, renderFirstStory } from './story-markup.mjs';
import { llmsTxt } from './llms.mjs';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = path.resolve(packageDir, '../..');
export const MANIFEST_VERSION = 1;

/** All files under a folder, recursively, as absolute paths. */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** True for what React can render as a component (not contexts, hooks or constants). */
export function isComponentExport(name, value) {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) return false;
  if (typeof value === 'function') return true;
  const kind = value && typeof value === 'object' ? value.$$typeof : undefined;
  return kind === Symbol.for('react.forward_ref') || kind === Symbol.for('react.memo');
}

/** react-docgen-typescript's union description → one readable TypeScript type. */
export function formatType(type) {
  const raw = (type.raw ?? type.name ?? '').replace(/^\((.*)\)$/s, '$1');
  if (type.name !== 'enum' || !Array.isArray(type.value)) return { type: raw || type.name };
  const members = type.value.map((member) => String(member.value));
  const literal = (text) => /^(".*"|'.*'|-?\d+(\.\d+)?|true|false|null)$/.test(text);
  if (raw === 'boolean' || raw === 'ReactNode') return { type: raw };
  if (members.every(literal) && members.length > 1) {
    const resolved = { type: members.join(' | '), values: members.map((m) => m.replace(/^"(.*)"$/, '$1')) };
    return raw && raw !== resolved.type && !raw.includes('|') ? { ...resolved, alias: raw } : resolved;
  }
  if (members.length === 1) return { type: members[0] };
  return { type: raw || members.join(' | ') };
}

/**
 * JSDoc text with its soft line breaks joined (paragraph breaks kept). A prop declared in several
 * union members brings each member's text (react-docgen-typescript joins them with line breaks),
 * often the same text twice: repeated lines are dropped.
 */
function prose(text) {
  const lines = (text ?? '').trim().split('\n');
  const distinct = lines.filter((line, index) => line.trim() === '' || lines.indexOf(line) === index).join('\n');
  const trimmed = distinct.replace(/\n{3,}/g, '\n\n').trim();
  return trimmed ? trimmed.replace(/([^\n])\n(?!\n)/g, '$1 ') : null;
}

/**
 * The JSDoc `@default` as written (`'primary'`, `false`, `3`); without one, the default in the
 * code that react-docgen-typescript found (`align = 'start'` gives `start`).
 */
function formatDefault(prop) {
  const value = prop.tags?.default ?? prop.defaultValue?.value;
  // One value; a prop declared in several union members brings its tag once per member.
  return value === undefined || value === null ? null : String(value).trim().split('\n')[0].trim();
}

function docsId(title) {
  return toId(title, 'docs');
}

/** Guide pages (docs/**.mdx): title from `<Meta title="…" />`. */
function readGuides() {
  const docsDir = path.join(repoDir, 'docs');
  if (!existsSync(docsDir)) return [];
  return walk(docsDir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => /<Meta\s+title="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1])
    .filter(Boolean)
    .sort((a, b) => a.localeCompare(b, 'sv'))
    .map((title) => ({ title, id: docsId(title) }));
}

/**
 * Parts kept in a shared folder without a docs page (FieldLabel, FieldError in src/form/) are
 * documented on the page whose component's name starts theirs (Field → FieldError), else on the
 * first page that names them.
 */
function adoptOrphans(components, docsPages) {
  const byName = new Map(components.map((c) => [c.name, c]));
  for (const component of components) {
    if (component.docs) continue;
    const named = new RegExp(`\\b${component.name}\\b`);
    const mentions = [...docsPages.entries()].filter(([, text]) => named.test(text)).map(([owner]) => owner);
    const prefixed = [...docsPages.keys()].filter((o) => component.name.startsWith(o)).sort((a, b) => b.length - a.length);
    const owner = prefixed[0] ?? mentions[0];
    if (!owner) continue;
    component.parent = owner;
    component.docs = byName.get(owner)?.docs ?? null;
  }
}

/** One line for a module that failed to load: the message and the file it came from. */
function describeLoadError(error) {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  const file = error && typeof error === 'object' && 'id' in error ? ` in ${path.relative(packageDir, String(error.id))}` : '';
  return `${message}${file}`;
}

/** The accessibility conformance file (`./conformance.json` export), if the package has one. */
function readConformance() {
  const file = path.join(packageDir, 'src/conformance/conformance.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/** A component's WCAG 2.2 criteria (id, level, how tested) and known limits, in short form. */
function conformanceOf(conformance, name) {
  const entry = conformance?.components?.[name];
  if (!entry) return null;
  return {
    standard: conformance.standard ?? 'WCAG 2.2',
    criteria: (entry.criteria ?? []).map((c) => ({ id: c.id, name: c.name, level: c.level, methods: c.methods ?? [] })),
    limits: entry.limits ?? [],
  };
}

export async function buildManifest() {
  const pkg = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  const srcDir = path.join(packageDir, 'src');
  const sourceFiles = walk(srcDir).filter(
    (file) =>
      file.endsWith('.tsx') &&
      !/\.(stories|test|ssr\.test|browser\.test)\.tsx$/.test(file) &&
      !file.includes(`${path.sep}patterns${path.sep}`),
  );
  const docs = readComponentDocs(packageDir, sourceFiles);
  const conformance = readConformance();

  const loader = await openSourceLoader(packageDir);
  const problems = [];
  try {
    let library;
    try {
      library = await loader.load(path.join(srcDir, 'index.ts'));
    } catch (error) {
      throw new Error(`cannot load src/index.ts: ${describeLoadError(error)}`);
    }
    const exported = Object.entries(library).filter(([name, value]) => isComponentExport(name, value));

    // Which docs page and which story file belong to a folder.
    const folderFiles = new Map();
    const filesIn = (folder) => {
      if (!folderFiles.has(folder)) folderFiles.set(folder, readdirSync(folder).map((f) => path.join(folder, f)));
      return folderFiles.get(folder);
    };

    const storyCache = new Map();
    const components = [];
    /** Page owner name → page source, to place parts that live outside a page's folder. */
    const docsPages = new Map();
    for (const [name] of exported) {
      const doc = docs.find((d) => d.displayName === name);
      if (!doc) {
        problems.push(`${name}: react-docgen-typescript found no component of this name`);
        continue;
      }
      const folder = path.dirname(doc.filePath);
      const mdxFile = filesIn(folder).find((f) => f.endsWith('.mdx'));
      const storyFile = filesIn(folder).find((f) => f.endsWith('.stories.tsx'));
      const pageOwner = mdxFile ? path.basename(mdxFile, '.mdx') : undefined;
      const ownsPage = pageOwner === name;
      const folderPage = mdxFile ? readDocsPage(readFileSync(mdxFile, 'utf8')) : undefined;
      // Usage, keyboard and accessibility belong to the page's own component; a part (Radio on
      // the RadioGroup page) points at its parent instead of repeating them.
      const page = ownsPage ? folderPage : undefined;
      if (ownsPage) docsPages.set(name, readFileSync(mdxFile, 'utf8'));

      let title;
      let example = null;
      if (storyFile) {
        if (!storyCache.has(storyFile)) {
          const source = readFileSync(storyFile, 'utf8');
          try {
            const module = await loader.load(storyFile);
            storyCache.set(storyFile, { title: module.default?.title, ...renderFirstStory(module, source) });
          } catch (error) {
            storyCache.set(storyFile, { title: undefined, html: null, error: describeLoadError(error) });
            problems.push(`${path.relative(packageDir, storyFile)}: cannot load (${describeLoadError(error)})`);
          }
        }
        const story = storyCache.get(storyFile);
        title = story.title;
        if (ownsPage) {
          if (story.html === null || story.html === undefined) problems.push(`${name}: first story "${story.story}" did not render (${story.error})`);
          else example = { story: story.story, html: story.html };
        }
      }

      const props = Object.values(doc.props)
        .map((prop) => ({
          name: prop.name,
          ...formatType(prop.type),
          required: Boolean(prop.required),
          default: formatDefault(prop),
          description: { en: prose(prop.description), sv: prose(prop.tags?.sv) },
        }))
        .sort((a, b) => Number(b.required) - Number(a.required));

      components.push({
        name,
        import: `import { ${name} } from '${pkg.name}';`,
        parent: ownsPage || !pageOwner ? null : pageOwner,
        source: path.relative(packageDir, doc.filePath).split(path.sep).join('/'),
        docs: title ? { title, id: docsId(title), heading: folderPage?.title ?? null } : null,
        description: { en: prose(doc.description), sv: prose(doc.tags?.sv) },
        summary: { en: page?.summary.en ?? null, sv: page?.summary.sv ?? null },
        props,
        usage: {
          whenToUse: page?.whenToUse ?? [],
          whenNotToUse: page?.whenNotToUse ?? [],
          contentGuidance: page?.contentGuidance ?? [],
        },
        keyboard: page?.keyboard ?? [],
        keyboardNotes: page?.keyboardNotes ?? [],
        accessibility: page?.accessibility ?? [],
        conformance: conformanceOf(conformance, name),
        example,
      });
    }
    adoptOrphans(components, docsPages);
    components.sort((a, b) => a.name.localeCompare(b.name));
    return {
      manifest: {
        manifestVersion: MANIFEST_VERSION,
        package: { name: pkg.name, version: pkg.version },
        language: { docs: 'sv', code: 'en' },
        guides: readGuides(),
        components,
      },
      problems,
      warnings: [...storyCache.values()].flatMap((story) => story.warnings ?? []),
    };
  } finally {
    await loader.close();
  }
}

/** Props that lack a description, for the build log (the quality bar wants one on every prop). */
function missingDescriptions(manifest) {
  const en = [];
  const sv = [];
  for (const component of manifest.components) {
    for (const prop of component.props) {
      if (!prop.description.en) en.push(`${component.name}.${prop.name}`);
      if (!prop.description.sv) sv.push(`${component.name}.${prop.name}`);
    }
  }
  return { en, sv };
}

async function main() {
  const started = performance.now();
  const { manifest, problems, warnings } = await buildManifest();
  const outDir = path.join(packageDir, 'dist');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(path.join(outDir, 'llms.txt'), llmsTxt(manifest, { baseUrl: process.env.GBG_DOCS_URL }));
  const { en, sv } = missingDescriptions(manifest);
  const props = manifest.components.reduce((n, c) => n + c.props.length, 0);
  console.log(
    `manifest: ${manifest.components.length} components, ${props} props (${en.length} without an English description, ${sv.length} without @sv) in ${Math.round(performance.now() - started)} ms`,
  );
  if (process.env.GBG_MANIFEST_VERBOSE && en.length) console.log(`  no English description: ${en.join(', ')}`);
  if (process.env.GBG_MANIFEST_VERBOSE && warnings.length) console.log(`  story warnings:\n  ${warnings.join('\n  ')}`);
  if (problems.length) {
    // A component the manifest cannot describe is a build error: fix the component or its story.
    console.error(`manifest: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main().catch((error) => {
    console.error(`manifest: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
