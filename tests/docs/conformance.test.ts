// The accessibility conformance file of @goteborgsstad/react: one entry per component, WCAG 2.2
// criteria with known ids, and claims that match the tests that exist (a "keyboard-test" claim
// needs keyboard steps in the component's test file; an "automated" focus-outline claim needs a
// story that measures the outline). The docs pages show this file; teams copy it into their
// accessibility statement, so a wrong claim here is a wrong public statement.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const reactDir = path.join(root, 'packages/react');
const componentsDir = path.join(reactDir, 'src/components');
const file = path.join(reactDir, 'src/conformance/conformance.json');
const data = JSON.parse(fs.readFileSync(file, 'utf8')) as {
  standard: string;
  methods: Record<string, { en: string; sv: string }>;
  evidence: Record<string, { en: string; sv: string; where: string }>;
  components: Record<
    string,
    {
      criteria: Array<{ id: string; name: string; sv: string; level: string; methods: string[]; evidence: string[]; note?: { sv: string; en: string } }>;
      limits: Array<{ sv: string; en: string }>;
    }
  >;
};

// WCAG 2.2 success criteria this file may cite (4.1.1 was removed in 2.2).
const WCAG22 = new Set(
  '1.1.1 1.2.1 1.2.2 1.2.3 1.2.4 1.2.5 1.3.1 1.3.2 1.3.3 1.3.4 1.3.5 1.4.1 1.4.2 1.4.3 1.4.4 1.4.5 1.4.10 1.4.11 1.4.12 1.4.13 2.1.1 2.1.2 2.1.4 2.2.1 2.2.2 2.3.1 2.3.3 2.4.1 2.4.2 2.4.3 2.4.4 2.4.5 2.4.6 2.4.7 2.4.11 2.5.1 2.5.2 2.5.3 2.5.4 2.5.7 2.5.8 3.1.1 3.1.2 3.2.1 3.2.2 3.2.3 3.2.4 3.2.6 3.3.1 3.3.2 3.3.3 3.3.4 3.3.7 3.3.8 4.1.2 4.1.3'.split(
    ' ',
  ),
);
const components = fs
  .readdirSync(componentsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('conformance.json', () => {
  it('is exported as @goteborgsstad/react/conformance.json and published', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(reactDir, 'package.json'), 'utf8'));
    const target = pkg.exports['./conformance.json'];
    expect(target).toBeTypeOf('string');
    expect(path.resolve(reactDir, target)).toBe(file);
    expect(pkg.files.some((entry: string) => path.resolve(reactDir, entry) === file || target.startsWith(`./${entry}/`))).toBe(true);
  });

  it('has an entry for every component folder and none for a component that does not exist', () => {
    expect(Object.keys(data.components).sort()).toEqual([...components].sort());
  });

  it.each(components)('%s: cites WCAG 2.2 criteria with known methods and evidence', (name) => {
    const entry = data.components[name];
    expect(entry.criteria.length).toBeGreaterThan(0);
    const ids = entry.criteria.map((criterion) => criterion.id);
    expect(new Set(ids).size, 'a criterion is listed twice').toBe(ids.length);
    for (const criterion of entry.criteria) {
      expect(WCAG22.has(criterion.id) || criterion.id === '2.3.3', `${criterion.id} is not a WCAG 2.2 criterion`).toBe(true);
      expect(['A', 'AA', 'AAA']).toContain(criterion.level);
      expect(criterion.name && criterion.sv).toBeTruthy();
      expect(criterion.methods.length).toBeGreaterThan(0);
      for (const method of criterion.methods) expect(Object.keys(data.methods)).toContain(method);
      for (const evidence of criterion.evidence) expect(Object.keys(data.evidence)).toContain(evidence);
      // Something automated must name the suite that does it.
      if (criterion.methods.includes('automated') || criterion.methods.includes('keyboard-test')) {
        expect(criterion.evidence.length, `${name} ${criterion.id}: automated without evidence`).toBeGreaterThan(0);
      }
      if (criterion.note) expect(criterion.note.sv && criterion.note.en).toBeTruthy();
    }
    for (const limit of entry.limits) expect(limit.sv && limit.en).toBeTruthy();
  });

  it.each(components)('%s: claims only the tests that exist', (name) => {
    const entry = data.components[name];
    const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
    const own = read(path.join(componentsDir, name, `${name}.test.tsx`));
    // A test file may run a shared behaviour contract from packages/react/test/ (the parser-backed
    // fields do): the contract's steps are that component's tests too.
    const contracts = [...own.matchAll(/from '((?:\.\.\/)+test\/[\w.-]+)\.js'/g)].map((m) => {
      const base = path.join(componentsDir, name, m[1]!);
      return read(`${base}.tsx`) || read(`${base}.ts`);
    });
    const tests = [own, ...contracts].join('\n');
    const stories = read(path.join(componentsDir, name, `${name}.stories.tsx`));
    const evidence = new Set(entry.criteria.flatMap((criterion) => criterion.evidence));
    const methods = new Set(entry.criteria.flatMap((criterion) => criterion.methods));
    if (methods.has('keyboard-test') || evidence.has('keyboard')) {
      expect(tests, `${name} claims a keyboard test but its test file has no keyboard steps`).toMatch(/\.keyboard\(|\.tab\(/);
    }
    if (evidence.has('unit')) expect(tests, `${name} claims unit tests but has no test file`).not.toBe('');
    if (evidence.has('focus-outline')) {
      expect(stories, `${name} claims a measured focus outline but no story reads outline styles`).toMatch(/outline/i);
    }
  });
});
