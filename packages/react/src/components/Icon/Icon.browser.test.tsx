// The icons' own `<svg>` carries the class `gbg-icon`, like the React `Icon` box. The box's
// default size must never beat a component's class that sizes the svg, whichever stylesheet the
// page loads last. Here the component's rule is in the page BEFORE Icon's stylesheet — the order
// in which a tie of specificity made the default (24 px) win — and Chromium computes the size.
import '@goteborgsstad/tokens/tokens.css';
import { CloseIcon } from '@goteborgsstad/icons';
import { beforeAll, describe, expect, it } from 'vitest';
import { mount as mountNode } from '../../../test/browserMount.js';
import type { ReactNode } from 'react';

const PROBE = 'gbg-test-icon-probe';
let probe: HTMLStyleElement;
let Provider: typeof import('../../provider/index.js').GbgProvider;
let Icon: typeof import('./Icon.js').Icon;

beforeAll(async () => {
  // The layer order first (as every stylesheet of the library does), then a component's icon
  // rule in the components layer, then Icon's stylesheet, by dynamic import so the order holds.
  const { componentsLayer } = await import('../../theme/layers.css.js');
  probe = document.createElement('style');
  probe.textContent = `@layer ${componentsLayer} { .${PROBE} { inline-size: 16px; block-size: 16px; } }`;
  document.head.append(probe);
  await import('./Icon.css.js');
  Provider = (await import('../../provider/index.js')).GbgProvider;
  Icon = (await import('./Icon.js')).Icon;
});

const mount = (node: ReactNode) => mountNode(<Provider>{node}</Provider>);
const size = (element: Element | null) => {
  const box = element!.getBoundingClientRect();
  return [box.width, box.height];
};

describe('icon size whatever the stylesheet order', () => {
  it('loads Icon’s rules after the component rule (so the old tie would go to Icon)', () => {
    const iconSheet = [...document.querySelectorAll('style')].find((style) => style.textContent?.includes('.gbg-icon'));
    expect(iconSheet).toBeDefined();
    expect(probe.compareDocumentPosition(iconSheet!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('a component class sizes the icon’s svg (16 px), not the default md', async () => {
    const container = await mount(<CloseIcon className={PROBE} />);
    expect(size(container.querySelector('svg'))).toEqual([16, 16]);
  });

  it('keeps md (24 px) as the default: a bare svg, and a plain-HTML box without data-size', async () => {
    const container = await mount(
      <>
        <CloseIcon size="sm" data-testid="bare" />
        <span className="gbg-icon" data-testid="box">
          <CloseIcon />
        </span>
      </>,
    );
    // The svg's own width attribute (16) loses to the stylesheet's default, as before.
    expect(size(container.querySelector('[data-testid="bare"]'))).toEqual([24, 24]);
    expect(size(container.querySelector('[data-testid="box"]'))).toEqual([24, 24]);
  });

  it('sizes the React Icon box by its size prop', async () => {
    const container = await mount(
      <>
        <Icon icon={CloseIcon} size="sm" data-testid="sm" />
        <Icon icon={CloseIcon} data-testid="md" />
        <Icon icon={CloseIcon} size="xl" data-testid="xl" />
      </>,
    );
    expect(size(container.querySelector('[data-testid="sm"]'))).toEqual([16, 16]);
    expect(size(container.querySelector('[data-testid="md"]'))).toEqual([24, 24]);
    expect(size(container.querySelector('[data-testid="xl"]'))).toEqual([48, 48]);
  });
});
