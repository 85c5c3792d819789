// @vitest-environment node
// Server rendering with no DOM at all: the icons must not touch `window` or `document`.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChevronRightIcon, PhoneIcon } from '../dist/esm/index.js';

describe('server rendering', () => {
  it('runs without a window', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(<PhoneIcon />);
    expect(html).toMatch(/^<svg /);
    expect(html).toContain('aria-hidden="true"');
    expect(html).toContain('stroke="currentColor"');
  });

  it('renders a titled icon whose name points at its own title element', () => {
    const html = renderToString(
      <p>
        <ChevronRightIcon title="Nästa" />
        <ChevronRightIcon title="Framåt" />
      </p>,
    );
    const ids = [...html.matchAll(/<title id="([^"]+)">/g)].map((match) => match[1]);
    const labelledBy = [...html.matchAll(/aria-labelledby="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    expect(labelledBy).toEqual(ids);
    expect(html).toContain('role="img"');
    expect(html).toContain('data-gbg-mirror-rtl=""');
  });
});
