// Property-based tests: random and mutated token files never make the validator throw anything
// but the project's own clear build error, and round trips hold.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parse, wcagContrast } from 'culori';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkTheme, createTheme, ThemeError } from '../cli/theme.mjs';
import { contrast } from '../cli/wcag.mjs';
import { build } from '../scripts/build.mjs';
import { describeJsonError, readSources, TokenValidationError, validateSources } from '../scripts/validate.mjs';
import { buildToTemp, readJson, tempDir, TOKENS_DIR } from './helpers.js';

interface Issue { code: string; file: string; path: string; message: string; fix: string }

let sources: Map<string, string>;
let base: any;
beforeAll(async () => {
  sources = await readSources(TOKENS_DIR);
  base = await readJson(path.join(await buildToTemp(), 'json/theme-base.json'));
});

/** Every location in a JSON document, as key paths (root included). */
function locations(node: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  const here = [at];
  if (Array.isArray(node)) return here.concat(node.flatMap((v, i) => locations(v, [...at, i])));
  if (node && typeof node === 'object') return here.concat(Object.entries(node).flatMap(([k, v]) => locations(v, [...at, k])));
  return here;
}

type Mutation =
  | { kind: 'set'; pick: number; value: unknown }
  | { kind: 'value'; pick: number; value: unknown }
  | { kind: 'delete'; pick: number }
  | { kind: 'rename'; pick: number; name: string }
  | { kind: 'text'; at: number; cut: number; insert: string };

const hostile = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom('#GGHHII', '#0076bc', '#12345', '{color.brand.nope}', '{color.text.default}', '{color.brand.svart}', '16px', 'txt', 'constructor', '__proto__', null, []));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value: hostile }),
  // Aimed at token values and pair levels, where the maths runs.
  fc.record({ kind: fc.constant('value' as const), pick: fc.nat(), value: hostile }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('rename' as const), pick: fc.nat(), name: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('$value', '$type', '$description', 'constructor', '__proto__', 'toString', 'Caps')) }),
  fc.record({ kind: fc.constant('text' as const), at: fc.nat(), cut: fc.nat({ max: 20 }), insert: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(',', '{', '}', '"', '\uFEFF', '\n', '/* x */')) }),
);

/** Applies one mutation to one file's text. */
function mutate(text: string, m: Mutation): string {
  if (m.kind === 'text') {
    const at = m.at % (text.length + 1);
    return text.slice(0, at) + m.insert + text.slice(at + m.cut);
  }
  const doc = JSON.parse(text);
  const all = locations(doc);
  const aimed = all.filter((l) => ['$value', 'level', 'minimum', 'foreground'].includes(String(l[l.length - 1])));
  const locs = m.kind === 'value' && aimed.length ? aimed : all;
  const loc = locs[m.pick % locs.length]!;
  if (loc.length === 0) return JSON.stringify(m.kind === 'set' ? m.value : {});
  let parent: any = doc;
  for (const k of loc.slice(0, -1)) parent = parent[k];
  const key = loc[loc.length - 1]!;
  if (m.kind === 'set' || m.kind === 'value') parent[key] = m.value;
  else if (m.kind === 'delete') Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key];
  else if (!Array.isArray(parent)) {
    const value = parent[key];
    delete parent[key];
    Object.defineProperty(parent, m.name, { value, enumerable: true, configurable: true, writable: true });
  }
  return JSON.stringify(doc, null, 2);
}

/** Every issue is the project's own: named file, message and fix, no "undefined" leaking through. */
function expectClearIssues(issues: Issue[]) {
  for (const i of issues) {
    expect(typeof i.file).toBe('string');
    expect(i.file.length).toBeGreaterThan(0);
    expect(i.message.length).toBeGreaterThan(0);
    expect(i.fix.length).toBeGreaterThan(0);
    expect(`${i.message} ${i.fix}`).not.toMatch(/\{undefined\}|below undefined|NaN:1|\[object Object\]/);
  }
}

const fileNames = () => [...sources.keys()];
const fileAt = (pick: number): string => fileNames()[pick % sources.size]!;

describe('token validator, property-based', () => {
  it('never throws on mutated token files (one to three mutations), and every issue is clear', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 3 }), (changes) => {
        const copy = new Map(sources);
        for (const [pick, m] of changes) {
          const file = fileAt(pick);
          const text = copy.get(file)!;
          try {
            copy.set(file, mutate(text, m));
          } catch {
            copy.set(file, text.slice(0, text.length >> 1)); // an earlier text mutation broke the JSON
          }
        }
        const { issues } = validateSources(copy);
        expectClearIssues(issues as Issue[]);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on random JSON in place of any file', () => {
    fc.assert(
      fc.property(fc.nat(), fc.jsonValue({ maxDepth: 6 }), (pick, value) => {
        const copy = new Map(sources);
        copy.set(fileAt(pick), JSON.stringify(value));
        expectClearIssues(validateSources(copy).issues as Issue[]);
      }),
      { numRuns: 80 },
    );
  });

  it('deeply nested groups are reported, not a stack overflow', () => {
    const deep = `${'{"a":'.repeat(5000)}{}${'}'.repeat(5000)}`;
    const copy = new Map(sources).set('brand/deep.json', deep);
    const { issues } = validateSources(copy);
    expect(issues).toContainEqual(expect.objectContaining({ code: 'structure', file: 'brand/deep.json', message: 'groups nested deeper than 32 levels' }));
  });

  it('build() rejects only with TokenValidationError on mutated sources', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), mutation, async (pick, m) => {
        const dir = await tempDir('prop');
        await fs.cp(TOKENS_DIR, dir, { recursive: true });
        const file = fileAt(pick);
        await fs.writeFile(path.join(dir, file), mutate(sources.get(file)!, m));
        const outDir = path.join(dir, 'out');
        const error = await build({ tokensDir: dir, outDir }).then(
          () => undefined,
          (e: unknown) => e,
        );
        if (error !== undefined) expect(error, String((error as Error)?.stack)).toBeInstanceOf(TokenValidationError);
        await fs.rm(dir, { recursive: true, force: true });
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('round trip: a valid source survives serialise/parse with any indentation and key order', () => {
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom(0, 1, 2, 4, '\t'), fc.boolean(), (pick, indent, reverse) => {
        const file = fileAt(pick);
        const reorder = (v: any): any =>
          Array.isArray(v) ? v.map(reorder) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reorder(x)])) : v;
        const doc = JSON.parse(sources.get(file)!);
        const copy = new Map(sources).set(file, JSON.stringify(reverse ? reorder(doc) : doc, null, indent));
        expect(validateSources(copy).issues).toEqual([]);
        expect(JSON.parse(copy.get(file)!)).toEqual(doc);
      }),
      { numRuns: 60 },
    );
  });

  it('round trip: generated brand colour tokens validate, and their values come back unchanged', () => {
    const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0').toUpperCase()}`);
    const name = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,4})?$/);
    fc.assert(
      fc.property(fc.dictionary(name, hex, { minKeys: 1, maxKeys: 8 }), (colours) => {
        const doc = { extra: { $type: 'color', ...Object.fromEntries(Object.entries(colours).map(([k, v]) => [k, { $value: v, $description: `Test colour ${k}.` }])) } };
        const copy = new Map(sources).set('brand/extra.json', JSON.stringify(doc));
        const { issues, resolved } = validateSources(copy);
        expect(issues).toEqual([]);
        for (const [k, v] of Object.entries(colours)) expect((resolved as any).light.get(`extra.${k}`).value).toBe(v);
      }),
      { numRuns: 100 },
    );
  });

  it('invalid JSON is always located inside the text', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (pick, cut) => {
        const text = sources.get(fileAt(pick))!;
        const broken = text.slice(0, cut % text.length);
        let err: unknown;
        try {
          JSON.parse(broken);
          return; // a prefix that happens to be valid JSON
        } catch (e) {
          err = e;
        }
        const d = describeJsonError(broken, err);
        const lines = broken.split(/\r\n|\r|\n/);
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.line).toBeLessThanOrEqual(lines.length);
        expect(d.column).toBeGreaterThanOrEqual(1);
        expect(d.column).toBeLessThanOrEqual(lines[d.line - 1]!.length + 1);
      }),
      { numRuns: 200 },
    );
  });
});

describe('sub-brand themes, property-based', () => {
  const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);

  it("the CLI's contrast maths equals culori's wcagContrast", () => {
    fc.assert(
      fc.property(hex, hex, (a, b) => {
        expect(contrast(a, b)).toBeCloseTo(wcagContrast(parse(a)!, parse(b)!), 10);
      }),
      { numRuns: 500 },
    );
  });

  it('any accent either gives a theme whose accent roles pass, or a ThemeError — nothing else', () => {
    fc.assert(
      fc.property(hex, fc.option(hex, { nil: undefined }), fc.constantFrom(undefined, 'black', 'white'), (accent, accentDark, text) => {
        let result;
        try {
          const { doc } = createTheme({ name: 'prop', accent, accentDark, text }, base);
          result = checkTheme(doc, base);
        } catch (e) {
          expect(e).toBeInstanceOf(ThemeError);
          expect((e as ThemeError & { issues: Issue[] }).issues.length).toBeGreaterThan(0);
          return;
        }
        if (result.issues.length) return; // refused at build: reported, never written
        const light = (result.resolved as any).light;
        const fg = light['color.action.primary.foreground'];
        expect(['#000000', '#FFFFFF']).toContain(fg);
        expect(wcagContrast(parse(fg)!, parse(accent)!)).toBeGreaterThanOrEqual(4.5);
        expect(wcagContrast(parse(accent)!, parse('#FFFFFF')!)).toBeGreaterThanOrEqual(3);
        expect(wcagContrast(parse(light['color.text.inverse'])!, parse(light['color.surface.brand'])!)).toBeGreaterThanOrEqual(4.5);
      }),
      { numRuns: 300 },
    );
  });

  it('mutated theme files never make checkTheme throw', async () => {
    const doc = await readJson(path.join(TOKENS_DIR, 'themes/exempelbolaget.tokens.json'));
    const text = JSON.stringify(doc);
    fc.assert(
      fc.property(fc.array(mutation.filter((m) => m.kind !== 'text'), { minLength: 1, maxLength: 3 }), (ms) => {
        let t = text;
        for (const m of ms) t = mutate(t, m);
        const { issues } = checkTheme(JSON.parse(t), base);
        expectClearIssues(issues as Issue[]);
      }),
      { numRuns: Number(process.env.GBG_PROPERTY_RUNS ?? 300) },
    );
  });
});
