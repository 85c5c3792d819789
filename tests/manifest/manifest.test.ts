// The component manifest published in @goteborgsstad/react (dist/manifest.json), checked against
// the built package by other means than the generator uses: the runtime exports of dist/index.js
// say which components exist, and the TypeScript 6 checker reading the published declarations
// (dist/*.d.ts) says which own props, `@default`s and `@sv` texts each has. `pnpm build` first.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as TS from '@typescript/typescript6';

const reactDir = fileURLToPath(new URL('../../packages/react/', import.meta.url));
const distDir = path.join(reactDir, 'dist');
const ts = createRequire(path.join(reactDir, 'package.json'))('@typescript/typescript6') as typeof TS;

interface Prop {
  name: string;
  type: string;
  values?: string[];
  required: boolean;
  default: string | null;
  description: { en: string | null; sv: string | null };
}
interface Component {
  name: string;
  import: string;
  parent: string | null;
  docs: { title: string; id: string } | null;
  props: Prop[];
  usage: { whenToUse: string[]; whenNotToUse: string[] };
  keyboard: { keys: string; action: string }[];
  accessibility: string[];
  example: { story: string; html: string } | null;
}

const manifest = JSON.parse(readFileSync(path.join(distDir, 'manifest.json'), 'utf8')) as {
  manifestVersion: number;
  package: { name: string; version: string };
  components: Component[];
};
const byName = new Map(manifest.components.map((c) => [c.name, c]));
const pkg = JSON.parse(readFileSync(path.join(reactDir, 'package.json'), 'utf8')) as {
  version: string;
  exports: Record<string, unknown>;
};

const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** What the published declarations say about each component's own props. */
interface DeclaredProp {
  name: string;
  docs: string[];
  defaultTag?: string;
  /** The `@sv` text of each own declaration (a union member may declare the prop again). */
  sv: string[];
}
let declared: Map<string, DeclaredProp[]>;
let componentNames: string[];

beforeAll(async () => {
  const library = (await import(/* @vite-ignore */ path.join(distDir, 'index.js'))) as Record<string, unknown>;
  componentNames = Object.entries(library)
    .filter(([name, value]) => {
      if (!/^[A-Z]/.test(name)) return false;
      if (typeof value === 'function') return true;
      const kind = (value as { $$typeof?: symbol } | null)?.$$typeof;
      return kind === Symbol.for('react.forward_ref') || kind === Symbol.for('react.memo');
    })
    .map(([name]) => name)
    .sort();

  const entry = path.join(distDir, 'index.d.ts');
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  const own = (declaration: TS.Declaration) => path.resolve(declaration.getSourceFile().fileName).startsWith(distDir);

  declared = new Map();
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    if (!componentNames.includes(exported.name)) continue;
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const type = checker.getTypeOfSymbol(symbol);
    const propsTypes = type.getCallSignatures().map((signature) => {
      const parameter = signature.getParameters()[0];
      return parameter ? checker.getTypeOfSymbol(parameter) : undefined;
    });
    const props = new Map<string, DeclaredProp>();
    for (const propsType of propsTypes) {
      if (!propsType) continue;
      const members = propsType.isUnion() ? propsType.types : [propsType];
      for (const member of members) {
        for (const property of checker.getPropertiesOfType(member)) {
          const ownDeclarations = (property.getDeclarations() ?? []).filter(own);
          if (ownDeclarations.length === 0) continue;
          const entry = props.get(property.name) ?? { name: property.name, docs: [], sv: [] };
          // The JSDoc text of each own declaration (a union member may declare the prop again).
          for (const declaration of ownDeclarations) {
            for (const node of ts.getJSDocCommentsAndTags(declaration)) {
              if (!ts.isJSDoc(node)) continue;
              const doc = collapse(ts.getTextOfJSDocComment(node.comment));
              if (doc && !entry.docs.includes(doc)) entry.docs.push(doc);
            }
          }
          for (const declaration of ownDeclarations) {
            for (const tag of ts.getJSDocTags(declaration)) {
              const text = collapse(ts.getTextOfJSDocComment(tag.comment));
              if (tag.tagName.text === 'default') entry.defaultTag ??= text;
              if (tag.tagName.text === 'sv' && text && !entry.sv.includes(text)) entry.sv.push(text);
            }
          }
          props.set(property.name, entry);
        }
      }
    }
    declared.set(exported.name, [...props.values()]);
  }
  // A TypeScript program over the declarations takes a few seconds on a busy 2-core machine.
}, 60_000);

describe('component manifest (dist/manifest.json)', () => {
  it('is published as @goteborgsstad/react/manifest.json, for this version', () => {
    expect(pkg.exports['./manifest.json']).toBe('./dist/manifest.json');
    expect(manifest.manifestVersion).toBe(1);
    expect(manifest.package).toEqual({ name: '@goteborgsstad/react', version: pkg.version });
  });

  it('lists every exported component, and nothing else', () => {
    expect(componentNames.length).toBeGreaterThan(25);
    expect(manifest.components.map((c) => c.name).sort()).toEqual(componentNames);
  });

  it('lists every own prop of every component, as the published types declare them', () => {
    for (const name of componentNames) {
      const expected = (declared.get(name) ?? []).map((p) => p.name).sort();
      const actual = (byName.get(name)?.props ?? []).map((p) => p.name).sort();
      expect({ component: name, props: actual }).toEqual({ component: name, props: expected });
    }
  });

  it('carries each prop’s JSDoc: English text, @default and the Swedish @sv', () => {
    let withSv = 0;
    for (const name of componentNames) {
      for (const declaredProp of declared.get(name) ?? []) {
        const prop = byName.get(name)!.props.find((p) => p.name === declaredProp.name)!;
        const where = `${name}.${prop.name}`;
        // Every own declaration's text is in the description (a union's texts are joined).
        for (const doc of declaredProp.docs) expect(collapse(prop.description.en), where).toContain(doc);
        if (declaredProp.docs.length === 0) expect(prop.description.en, where).toBeNull();
        // Without a tag the generator may show the default found in the code; .d.ts files lack it.
        if (declaredProp.defaultTag !== undefined) expect(prop.default, where).toBe(declaredProp.defaultTag);
        for (const sv of declaredProp.sv) expect(collapse(prop.description.sv), where).toContain(sv);
        if (declaredProp.sv.length === 0) expect(prop.description.sv, where).toBeNull();
        else withSv += 1;
      }
    }
    // Not a coverage gate (the @sv texts are being written): proves the tag is read when present.
    expect(withSv).toBeGreaterThan(0);
  });

  it('writes unions out with their values', () => {
    const variant = byName.get('Button')!.props.find((p) => p.name === 'variant')!;
    expect(variant.type).toBe('"primary" | "secondary" | "tertiary" | "danger"');
    expect(variant.values).toEqual(['primary', 'secondary', 'tertiary', 'danger']);
    expect(variant.default).toBe("'primary'");
    for (const component of manifest.components) {
      for (const prop of component.props) expect(prop.type, `${component.name}.${prop.name}`).not.toMatch(/^(enum|union|unknown)?$/);
    }
  });

  it('gives each component with its own docs page usage rules, keyboard, accessibility and plain-HTML markup', () => {
    const pages = manifest.components.filter((c) => c.parent === null && c.docs?.title.startsWith('Komponenter/'));
    expect(pages.length).toBeGreaterThan(25);
    for (const component of pages) {
      const where = component.name;
      expect(component.import, where).toBe(`import { ${component.name} } from '@goteborgsstad/react';`);
      expect(component.usage.whenToUse.length + component.usage.whenNotToUse.length, where).toBeGreaterThan(0);
      expect(component.accessibility.length, where).toBeGreaterThan(0);
      expect(component.example?.html, where).toMatch(/class="[^"]*gbg-/);
    }
    const button = byName.get('Button')!;
    expect(button.keyboard).toContainEqual({ keys: 'Enter, Mellanslag', action: expect.stringContaining('Startar handlingen') });
    expect(button.usage.whenNotToUse.join(' ')).toContain('använd `Link`');
  });

  it('carries each component’s conformance data (WCAG criteria and known limits)', () => {
    const conformance = JSON.parse(readFileSync(path.join(reactDir, 'src/conformance/conformance.json'), 'utf8')) as {
      components: Record<string, { criteria: { id: string }[]; limits: unknown[] }>;
    };
    const names = Object.keys(conformance.components);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const entry = (byName.get(name) as (Component & { conformance: { criteria: { id: string }[]; limits: unknown[] } | null }) | undefined)
        ?.conformance;
      expect(entry?.criteria.map((c) => c.id), name).toEqual(conformance.components[name]!.criteria.map((c) => c.id));
      expect(entry?.limits, name).toEqual(conformance.components[name]!.limits);
    }
  });

  it('points each part at the page it is documented on', () => {
    expect(byName.get('Radio')?.parent).toBe('RadioGroup');
    expect(byName.get('Radio')?.docs?.id).toBe(byName.get('RadioGroup')?.docs?.id);
    // Every component can be looked up on a docs page (parts outside a page's folder too).
    expect(manifest.components.filter((c) => !c.docs).map((c) => c.name)).toEqual([]);
  });

  it('has a matching llms.txt that links every component page', () => {
    const llms = readFileSync(path.join(distDir, 'llms.txt'), 'utf8');
    expect(llms).toMatch(/^# Göteborgs Stads designsystem\n\n> /);
    expect(llms).toContain('(./manifest.json)');
    for (const component of manifest.components.filter((c) => c.parent === null && c.docs)) {
      expect(llms).toContain(`- [${component.name}](./?path=/docs/${component.docs!.id}): `);
    }
  });
});
