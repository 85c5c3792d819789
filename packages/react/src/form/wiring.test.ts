// Proves there is one form-field mechanism: no file in src/ except the mechanism itself writes
// `aria-describedby` or `aria-invalid` — as a JSX attribute (`aria-invalid={…}`) or an object key
// (`'aria-invalid': …`, which also catches destructuring the consumer's prop to re-wire it).
// Reading the mechanism's result (`wiring['aria-invalid']`) is fine and not matched.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The mechanism's own files: they are where the wiring lives. */
const MECHANISM = new Set(['form/useFormField.ts', 'form/splitFieldProps.ts']);
/**
 * Not field wiring: ErrorSummary's region is described by its own list of errors (a landmark,
 * not a control); a dialog (Dialog, DatePicker's calendar) is described by its own description
 * text through `dialogNaming` in useModal (APG dialog and alertdialog: the message is read with the
 * name when the dialog opens); a TaskList task's link is described by
 * its hint and status words (the GOV.UK task-list pattern), a link, not a control; a Tooltip adds
 * its own id to its control's aria-describedby (APG tooltip pattern), keeping the ids already there.
 */
const NOT_A_FIELD = new Set([
  'components/ErrorSummary/ErrorSummary.tsx',
  'components/Dialog/useModal.ts',
  'components/TaskList/TaskList.tsx',
  'components/Tooltip/Tooltip.tsx',
]);

const WRITES = /(?:(?<!\[)\baria-(?:describedby|invalid)=)|(?:['"]aria-(?:describedby|invalid)['"]\s*:)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === '__fixtures__' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.(test|stories)\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Lines that write the wiring, with comments stripped. */
export function wiringWrites(text: string): string[] {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.replace(/\/\/.*$/, ''))
    .filter((line) => WRITES.test(line))
    .map((line) => line.trim());
}

describe('one form-field mechanism', () => {
  it('the pattern catches hand-written wiring (so the walk below can fail)', () => {
    expect(wiringWrites(`<input aria-invalid={bad} />`)).toHaveLength(1);
    expect(wiringWrites(`<input aria-describedby="a b" />`)).toHaveLength(1);
    expect(wiringWrites(`const { 'aria-describedby': mine, ...rest } = props;`)).toHaveLength(1);
    expect(wiringWrites(`data-invalid={wiring['aria-invalid']}`)).toHaveLength(0);
    expect(wiringWrites(`'&[aria-invalid="true"]': invalidLook,`)).toHaveLength(0);
    expect(wiringWrites(`/** linked with \`aria-describedby\` */`)).toHaveLength(0);
  });

  it('no component writes aria-describedby or aria-invalid by hand', () => {
    const offenders: string[] = [];
    const files = sourceFiles(src);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const relative = path.relative(src, file).split(path.sep).join('/');
      if (MECHANISM.has(relative) || NOT_A_FIELD.has(relative)) continue;
      for (const line of wiringWrites(readFileSync(file, 'utf8'))) offenders.push(`${relative}: ${line}`);
    }
    expect(offenders).toEqual([]);
  });
});
