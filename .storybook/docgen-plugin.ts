// Props data for the docs pages and the Controls panel, from the TypeScript types.
//
// Storybook's built-in `react-docgen` leaves unions as "union" and imported types as "unknown";
// its `react-docgen-typescript` option imports the workspace's `typescript`, which is TypeScript 7
// here and has no JavaScript API. So this plugin runs react-docgen-typescript on the TypeScript 6
// API through the same loader the component manifest uses (packages/react/scripts/docgen.mjs):
// one docgen for the manifest and the docs site. It attaches `__docgenInfo` to each exported
// component, the shape Storybook's React renderer reads for ArgTypes and Controls.
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
// @ts-expect-error plain ES module without declarations
import { readComponentDocs } from '../packages/react/scripts/docgen.mjs';

interface DocgenProp {
  name: string;
  required: boolean;
  description: string;
  defaultValue: { value: unknown } | null;
  type: { name: string; raw?: string; value?: unknown };
  tags?: Record<string, string>;
}
interface ComponentDoc {
  displayName: string;
  filePath: string;
  description: string;
  tags?: Record<string, string>;
  props: Record<string, DocgenProp>;
}

const componentFile = (file: string) =>
  file.endsWith('.tsx') && !/\.(stories|test)\.tsx$/.test(file) && !file.includes(`${path.sep}patterns${path.sep}`);

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** Keeps what the docs need: literal union members, not the JSDoc of React's own types. */
function slimType(type: DocgenProp['type']): DocgenProp['type'] {
  if (type.name !== 'enum' || !Array.isArray(type.value)) return { name: type.name, raw: type.raw };
  return { name: type.name, raw: type.raw, value: type.value.map((member: { value: unknown }) => ({ value: member.value })) };
}

function slimDoc(doc: ComponentDoc) {
  const props: Record<string, DocgenProp> = {};
  for (const [name, prop] of Object.entries(doc.props)) {
    // `@default` in JSDoc is the documented default; show it in the Default column.
    const fromTag = prop.tags?.default;
    props[name] = {
      name,
      required: prop.required,
      description: prop.description,
      defaultValue: prop.defaultValue ?? (fromTag !== undefined ? { value: fromTag } : null),
      type: slimType(prop.type),
      tags: prop.tags?.sv ? { sv: prop.tags.sv } : {},
    };
  }
  return { displayName: doc.displayName, description: doc.description, tags: doc.tags?.sv ? { sv: doc.tags.sv } : {}, props };
}

/** @param srcDir the react package's `src` folder */
export function gbgDocgen(srcDir: string): Plugin {
  let byFile: Map<string, ComponentDoc[]> | undefined;
  const packageDir = path.dirname(srcDir);
  const parseAll = () => {
    const files = walk(srcDir).filter(componentFile);
    const docs = readComponentDocs(packageDir, files) as ComponentDoc[];
    byFile = new Map();
    for (const doc of docs) {
      const file = path.resolve(doc.filePath);
      byFile.set(file, [...(byFile.get(file) ?? []), doc]);
    }
  };
  return {
    name: 'gbg:docgen',
    enforce: 'post',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!file.startsWith(srcDir) || !componentFile(file)) return undefined;
      if (!byFile) parseAll();
      const docs = byFile?.get(file);
      if (!docs?.length) return undefined;
      const lines = docs
        .filter((doc) => /^[A-Z]\w*$/.test(doc.displayName))
        .map(
          (doc) =>
            `try { if (typeof ${doc.displayName} !== 'undefined') ${doc.displayName}.__docgenInfo = ${JSON.stringify(slimDoc(doc))}; } catch {}`,
        );
      return { code: `${code}\n${lines.join('\n')}\n`, map: null };
    },
    handleHotUpdate({ file }) {
      // A changed component re-reads the types on the next transform (dev server only).
      if (componentFile(file) && file.startsWith(srcDir)) byFile = undefined;
    },
  };
}
