import { describe, expect, it } from 'vitest';
import { fixtureStyle, fixtureVariants } from './__fixtures__/styles.css.js';
import { variantAttribute } from './styles.js';

// The CSS these helpers write is checked on the built stylesheet (tests/classes), where it ships.
describe('component style helpers', () => {
  it('componentStyle gives the readable class gbg-<debugId>', () => {
    expect(fixtureStyle).toBe('gbg-fixture-part');
  });

  it('componentVariants gives one class; the variants are data attributes', () => {
    expect(fixtureVariants).toBe('gbg-fixture');
    expect(variantAttribute('variant')).toBe('data-variant');
    expect(variantAttribute('fullWidth')).toBe('data-full-width');
  });
});
