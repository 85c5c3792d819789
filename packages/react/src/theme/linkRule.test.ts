import { describe, expect, it } from 'vitest';
import { vars } from './contract.css.js';
import { focusRing } from './focus.css.js';
import { linkStyle, underlineStyle } from './linkRule.js';
import { markerItemRule, markerRule } from './markerLine.js';
import { mergeRules } from './mergeRules.js';

type Rule = Record<string, unknown> & { selectors?: Record<string, Record<string, unknown>>; '@media'?: Record<string, Record<string, unknown>> };
const rule = (value: unknown) => value as Rule;

// The CSS these rules become is checked on the built stylesheet (tests/classes) and in the
// screenshots; here, the merging and the options.
describe('mergeRules', () => {
  it('extends selectors and media queries key by key instead of replacing them', () => {
    const merged = rule(
      mergeRules(
        { color: 'red', selectors: { '&:hover': { color: 'blue', outline: 'none' } }, '@media': { print: { color: 'black' } } },
        { selectors: { '&:hover': { color: 'green' }, '&:focus': { color: 'pink' } }, '@media': { print: { display: 'none' } } },
      ),
    );
    expect(merged.selectors).toEqual({ '&:hover': { color: 'green', outline: 'none' }, '&:focus': { color: 'pink' } });
    expect(merged['@media']).toEqual({ print: { color: 'black', display: 'none' } });
    expect(merged.color).toBe('red');
  });

  it('keeps the first rule’s selector order (the cascade order) and skips false', () => {
    const merged = rule(mergeRules({ selectors: { '&:visited': {}, '&:hover': {} } }, false, { selectors: { '&[aria-current]': {}, '&:visited': { color: 'x' } } }));
    expect(Object.keys(merged.selectors!)).toEqual(['&:visited', '&:hover', '&[aria-current]']);
  });

  it('does not change its inputs (a shared rule is used by many components)', () => {
    const shared = { selectors: { '&:hover': { color: 'blue' } } };
    mergeRules(shared, { selectors: { '&:hover': { color: 'green' } } });
    expect(shared.selectors['&:hover'].color).toBe('blue');
  });
});

describe('linkStyle', () => {
  it('is the house link look: link colours, thin underline, states change the line', () => {
    const link = rule(linkStyle());
    expect(link.color).toBe(vars.color.link.default);
    expect(link.textDecoration).toBe(`underline ${vars.border.width.thin}`);
    expect(link.selectors!['&:visited']).toEqual({ color: vars.color.link.visited });
    expect(link.selectors!['&:hover']).toMatchObject({ color: vars.color.link.hover, textDecorationThickness: vars.border.width.medium });
    expect(link.selectors!['&:active']).toEqual({ textDecorationThickness: vars.border.width.thick });
    expect(link.selectors!['&:focus-visible']).toEqual({ ...focusRing, textDecorationThickness: vars.border.width.medium });
    // A real <a> is painted LinkText by the browser in forced colours: no rule needed.
    expect(link['@media']).toBeUndefined();
  });

  it('keeps the house states when a component adds to them', () => {
    const link = rule(linkStyle({ display: 'block', selectors: { '&:hover': { backgroundColor: 'grey' } } }));
    expect(link.display).toBe('block');
    expect(link.selectors!['&:hover']).toMatchObject({ backgroundColor: 'grey', color: vars.color.link.hover, textDecorationThickness: vars.border.width.medium });
  });

  it('underline "hover": a navigation link is underlined on hover only', () => {
    const link = rule(linkStyle({}, { underline: 'hover' }));
    expect(link.textDecorationLine).toBe('none');
    expect(link.textDecoration).toBeUndefined();
    expect(link.selectors!['&:hover']).toMatchObject({ textDecorationLine: 'underline', textDecorationThickness: vars.border.width.medium });
  });

  it('stretchedOver: the area reacts to hover and carries the focus ring', () => {
    const link = rule(linkStyle({}, { stretchedOver: '.card' }));
    expect(link.selectors!['.card:hover &']).toMatchObject({ color: vars.color.link.hover, textDecorationThickness: vars.border.width.medium });
    expect(link.selectors!['&:hover']).toBeUndefined();
    expect(link.selectors!['&::after']).toMatchObject({ position: 'absolute', inset: 0 });
    expect(link.selectors!['&:focus-visible']).toMatchObject({ outline: 'none' });
    expect(link.selectors!['&:focus-visible::after']).toEqual(focusRing);
  });

  it('notAnAnchor: a button or summary acting as a link is LinkText in forced colours, with the component’s own forced rules', () => {
    const link = rule(linkStyle({ '@media': { '(forced-colors: active)': { borderColor: 'CanvasText' } } }, { notAnAnchor: true }));
    expect(link['@media']).toEqual({ '(forced-colors: active)': { color: 'LinkText', borderColor: 'CanvasText' } });
  });
});

describe('underlineStyle', () => {
  it('follows another element’s hover and press when told to', () => {
    const line = rule(underlineStyle({ on: '.summary' }));
    expect(line.selectors!['.summary:hover &']).toMatchObject({ textDecorationThickness: vars.border.width.medium });
    expect(line.selectors!['.summary:active &']).toEqual({ textDecorationThickness: vars.border.width.thick });
  });
});

describe('marker list', () => {
  it('with an element marker, the line is the ::before from below the marker, gone after the last item', () => {
    const item = rule(markerItemRule({ size: '32px' }));
    expect(item.selectors!['&::before']).toMatchObject({ insetBlockStart: '32px', borderInlineStartStyle: 'solid' });
    expect(item.selectors!['&:last-child::before']).toEqual({ content: 'none' });
    expect(item.selectors!['&::after']).toBeUndefined();
    expect(rule(markerRule('32px'))).toMatchObject({ inlineSize: '32px', blockSize: '32px', borderRadius: '50%' });
  });

  it('with a pseudo marker, the dot is the ::before and the line the ::after, both kept in forced colours', () => {
    const item = rule(markerItemRule({ size: '16px', pseudoMarkerAt: '0.35em' }));
    expect(item.selectors!['&::before']).toMatchObject({ insetBlockStart: '0.35em', inlineSize: '16px', borderRadius: '50%' });
    expect(item.selectors!['&::after']).toMatchObject({ insetBlockStart: 'calc(0.35em + 16px)' });
    expect(item.selectors!['&:last-child::after']).toEqual({ content: 'none' });
    expect(item['@media']!['(forced-colors: active)']).toEqual({
      selectors: { '&::before': { borderColor: 'CanvasText' }, '&::after': { borderInlineStartColor: 'CanvasText' } },
    });
  });
});
