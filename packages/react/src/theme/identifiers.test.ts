import { describe, expect, it } from 'vitest';
import { classNameFor, createIdentifiers } from '../../build/identifiers.js';

describe('gbg identifiers', () => {
  it('names classes gbg-<debugId> and makes recipe variant ids readable', () => {
    expect(classNameFor('button')).toBe('gbg-button');
    expect(classNameFor('button-icon')).toBe('gbg-button-icon');
    expect(classNameFor('button_variant_primary')).toBe('gbg-button--variant-primary');
    expect(classNameFor('button_fullWidth_true')).toBe('gbg-button--full-width-true');
    expect(classNameFor('button_compound_0')).toBe('gbg-button--compound-0');
  });

  it('fails on a missing debug id', () => {
    const identifiers = createIdentifiers();
    expect(() => identifiers({ hash: 'abc1', filePath: 'src/A.css.ts' })).toThrow(/no debug id/);
  });

  it('fails on a debug id that is not kebab-case', () => {
    const identifiers = createIdentifiers();
    expect(() => identifiers({ hash: 'abc1', debugId: 'Button Icon', filePath: 'src/A.css.ts' })).toThrow(
      /not valid/,
    );
  });

  it('fails when two files produce the same class name', () => {
    const identifiers = createIdentifiers();
    expect(identifiers({ hash: 'a', debugId: 'button', filePath: 'src/Button.css.ts' })).toBe('gbg-button');
    // The same file evaluated again (another importer, a rebuild) is not a duplicate.
    expect(identifiers({ hash: 'a', debugId: 'button', filePath: 'src/Button.css.ts' })).toBe('gbg-button');
    expect(() => identifiers({ hash: 'b', debugId: 'button', filePath: 'src/Other.css.ts' })).toThrow(
      /"gbg-button" is defined in both src\/Button.css.ts and src\/Other.css.ts/,
    );
  });
});
