import { describe, expect, it } from 'vitest';
import { fixtureRecipe, fixtureStyle } from './__fixtures__/styles.css.js';

describe('component style helpers', () => {
  it('componentStyle gives the readable class gbg-<debugId>', () => {
    expect(fixtureStyle).toBe('gbg-fixture-part');
  });

  it('componentRecipe names base, variants and compounds readably', () => {
    expect(fixtureRecipe()).toBe('gbg-fixture gbg-fixture--variant-primary gbg-fixture--full-width-false');
    expect(fixtureRecipe({ variant: 'secondary', fullWidth: true })).toBe(
      'gbg-fixture gbg-fixture--variant-secondary gbg-fixture--full-width-true gbg-fixture--compound-0',
    );
  });
});
