import { describe, expect, it } from 'vitest';
import { captureWarnings } from '../../test/warnings.js';
import { isSafeHref, safeHref } from './safeHref.js';

const warnings = captureWarnings();

describe('safeHref', () => {
  it.each([
    'https://goteborg.se/',
    'http://example.com',
    'HTTPS://GOTEBORG.SE',
    'mailto:kontakt@goteborg.se',
    'tel:+46313650000',
    '/bygglov',
    'bygglov/ansok',
    '../hem',
    '?q=skola',
    '#main',
    '//cdn.example.com/a',
    '',
  ])('keeps %j', (href) => {
    expect(safeHref('Link', href)).toBe(href);
    expect(warnings.messages()).toEqual([]);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'kontakt:info',
  ])('drops %j with a warning naming the component', (href) => {
    expect(safeHref('Button', href)).toBeUndefined();
    expect(warnings.messages()).toHaveLength(1);
    expect(warnings.messages()[0]).toMatch(/^\[gbg\] Button: removed the unsafe href/);
  });

  it('treats a missing href as no href, silently', () => {
    expect(safeHref('Link', undefined)).toBeUndefined();
    expect(warnings.messages()).toEqual([]);
  });

  it('drops a non-string href without crashing', () => {
    expect(safeHref('Link', 42 as unknown as string)).toBeUndefined();
    expect(warnings.messages()[0]).toMatch(/Link: removed the unsafe href "42"/);
  });

  it('isSafeHref agrees', () => {
    expect(isSafeHref('/a')).toBe(true);
    expect(isSafeHref('javascript:void(0)')).toBe(false);
  });
});
