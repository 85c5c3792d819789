// Example-based and property-based (fast-check) tests of the pure table sort.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareTableValues, sortTableRows, type TableSortValue } from './sortTableRows.js';

const names = ['Önneröds förskola', 'Askims förskola', 'Ängås förskola', 'Brf Zeta', 'Åkerö förskola', 'askims förskola'];

describe('sortTableRows (examples)', () => {
  it('sorts Swedish text with å, ä, ö after z', () => {
    const rows = names.map((name) => ({ name }));
    expect(sortTableRows(rows, { key: 'name', direction: 'ascending' }).map((row) => row.name)).toEqual([
      'askims förskola',
      'Askims förskola',
      'Brf Zeta',
      'Åkerö förskola',
      'Ängås förskola',
      'Önneröds förskola',
    ]);
  });

  it('compares numbers as numbers, also inside text', () => {
    const fees = [{ fee: 1688 }, { fee: 563 }, { fee: 11250 }, { fee: 0 }];
    expect(sortTableRows(fees, { key: 'fee', direction: 'ascending' }).map((row) => row.fee)).toEqual([0, 563, 1688, 11250]);
    expect(sortTableRows(fees, { key: 'fee', direction: 'descending' }).map((row) => row.fee)).toEqual([11250, 1688, 563, 0]);
    const groups = ['Avdelning 10', 'Avdelning 2', 'Avdelning 1'].map((name) => ({ name }));
    expect(sortTableRows(groups, { key: 'name', direction: 'ascending' }).map((row) => row.name)).toEqual([
      'Avdelning 1',
      'Avdelning 2',
      'Avdelning 10',
    ]);
  });

  it('sorts dates by time and puts empty values last in both directions', () => {
    const rows = [
      { id: 'a', opened: new Date('2026-03-01') },
      { id: 'b', opened: null },
      { id: 'c', opened: new Date('2025-08-15') },
      { id: 'd', opened: new Date('invalid') },
    ];
    const order = (direction: 'ascending' | 'descending') =>
      sortTableRows(rows, { key: 'opened', direction }).map((row) => row.id);
    expect(order('ascending')).toEqual(['c', 'a', 'b', 'd']);
    expect(order('descending')).toEqual(['a', 'c', 'b', 'd']);
  });

  it('uses valueOf when given, keeps the input unchanged and returns a copy for no sort', () => {
    const rows = [{ fee: '1 688 kr', kr: 1688 }, { fee: '563 kr', kr: 563 }];
    const frozen = Object.freeze([...rows]);
    expect(sortTableRows(frozen, { key: 'fee', direction: 'ascending' }, (row) => row.kr).map((row) => row.kr)).toEqual([563, 1688]);
    const same = sortTableRows(frozen, null);
    expect(same).toEqual(rows);
    expect(same).not.toBe(frozen);
  });

  it('puts numbers before text in a mixed column', () => {
    expect(compareTableValues(5, 'fem')).toBeLessThan(0);
    expect(compareTableValues('fem', 5)).toBeGreaterThan(0);
    expect(compareTableValues(2n, 10)).toBeLessThan(0);
  });
});

const value: fc.Arbitrary<TableSortValue> = fc.oneof(
  fc.string(),
  fc.constantFrom('å', 'ä', 'ö', 'z', 'Z', 'a', ''),
  fc.integer(),
  fc.double(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
);
const isEmpty = (v: TableSortValue) =>
  v === null || v === undefined || v === '' || (typeof v === 'number' && Number.isNaN(v)) || (v instanceof Date && Number.isNaN(v.getTime()));

describe('sortTableRows (properties)', () => {
  const rowsArb = fc.array(fc.record({ id: fc.nat(), v: value }), { maxLength: 40 });
  const directionArb = fc.constantFrom('ascending' as const, 'descending' as const);

  it('returns a permutation: the same rows, none lost or added', () => {
    fc.assert(
      fc.property(rowsArb, directionArb, (rows, direction) => {
        const sorted = sortTableRows(rows, { key: 'v', direction });
        expect(sorted).toHaveLength(rows.length);
        expect(new Set(sorted)).toEqual(new Set(rows));
      }),
    );
  });

  it('orders every neighbouring pair by the direction, empty values last, ties in input order', () => {
    fc.assert(
      fc.property(rowsArb, directionArb, (rows, direction) => {
        const sorted = sortTableRows(rows, { key: 'v', direction });
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1]!, sorted[i]!];
          if (isEmpty(a.v)) {
            expect(isEmpty(b.v)).toBe(true);
            expect(rows.indexOf(a)).toBeLessThan(rows.indexOf(b));
            continue;
          }
          if (isEmpty(b.v)) continue;
          const order = compareTableValues(a.v!, b.v!) * (direction === 'descending' ? -1 : 1);
          expect(order).toBeLessThanOrEqual(0);
          if (order === 0) expect(rows.indexOf(a)).toBeLessThan(rows.indexOf(b));
        }
      }),
    );
  });

  it('is idempotent: sorting sorted rows changes nothing', () => {
    fc.assert(
      fc.property(rowsArb, directionArb, (rows, direction) => {
        const once = sortTableRows(rows, { key: 'v', direction });
        expect(sortTableRows(once, { key: 'v', direction })).toEqual(once);
      }),
    );
  });
});
