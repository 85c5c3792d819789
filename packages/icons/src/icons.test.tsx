// Behaviour of the built package (dist/): run `pnpm --filter @goteborgsstad/icons build` first;
// the root `pnpm test` does. Testing the build output is deliberate: it is what consumers get.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRef } from 'react';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as icons from '../dist/esm/index.js';
import {
  ArrowLeftIcon,
  ChevronDownIcon,
  ChevronRightIcon,
  HomeIcon,
  SearchIcon,
  TramIcon,
  iconSizes,
} from '../dist/esm/index.js';
import type { IconColor, IconName } from '../dist/esm/index.js';

const distDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');

interface ManifestIcon {
  name: string;
  component: string;
  sv: string;
  keywords: string[];
  category: string;
  mirrorInRtl: boolean;
  svg: string;
  source: { lucide: string };
}
interface Manifest {
  categories: Record<string, string>;
  sizes: Record<string, number>;
  icons: ManifestIcon[];
}

const manifest = JSON.parse(readFileSync(path.join(distDir, 'icons.json'), 'utf8')) as Manifest;
const byName = new Map(manifest.icons.map((icon) => [icon.name, icon]));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('manifest', () => {
  it('has at least 60 icons with unique names and components', () => {
    expect(manifest.icons.length).toBeGreaterThanOrEqual(60);
    expect(new Set(manifest.icons.map((i) => i.name)).size).toBe(manifest.icons.length);
    expect(new Set(manifest.icons.map((i) => i.component)).size).toBe(manifest.icons.length);
  });

  it('covers what a municipal service needs', () => {
    const required: IconName[] = [
      'arrow-up', 'arrow-down', 'arrow-left', 'arrow-right', 'arrow-up-right',
      'chevron-up', 'chevron-down', 'chevron-left', 'chevron-right',
      'menu', 'close', 'search', 'user', 'home', 'phone', 'email', 'chat', 'calendar', 'clock',
      'map-pin', 'info', 'warning', 'error', 'success', 'external-link', 'download', 'upload',
      'document', 'print', 'share', 'language', 'accessibility', 'tram', 'bus', 'bicycle', 'car',
      'parking', 'school', 'health-care', 'leaf', 'recycling', 'water', 'plus', 'minus', 'check',
      'edit', 'trash', 'filter', 'settings', 'log-in', 'log-out', 'lock', 'eye', 'eye-off', 'bell',
      'heart', 'star', 'image', 'attachment', 'link', 'copy', 'refresh', 'globe', 'family', 'baby',
      'sun', 'snow', 'city-hall', 'train', 'ferry', 'walking',
    ];
    const missing = required.filter((name) => !byName.has(name));
    expect(missing).toEqual([]);
  });

  it('gives every icon a Swedish name, Swedish keywords, a known category and a mirroring rule', () => {
    for (const icon of manifest.icons) {
      expect(icon.sv.trim(), icon.name).not.toBe('');
      expect(icon.keywords.length, icon.name).toBeGreaterThan(0);
      expect(Object.keys(manifest.categories), icon.name).toContain(icon.category);
      expect(typeof icon.mirrorInRtl, icon.name).toBe('boolean');
      expect(icon.component, icon.name).toMatch(/^[A-Z][A-Za-z0-9]*Icon$/);
    }
  });

  it('mirrors horizontal direction glyphs in right-to-left, and only those', () => {
    for (const name of ['arrow-left', 'arrow-right', 'chevron-left', 'chevron-right']) {
      expect(byName.get(name)?.mirrorInRtl, name).toBe(true);
    }
    for (const name of ['arrow-up', 'arrow-down', 'chevron-up', 'chevron-down', 'search', 'tram', 'phone']) {
      expect(byName.get(name)?.mirrorInRtl, name).toBe(false);
    }
  });

  it('never maps two city icons to the same source glyph (one icon, one meaning)', () => {
    const sources = manifest.icons.map((i) => i.source.lucide);
    expect(new Set(sources).size).toBe(sources.length);
  });

  it('matches the exports of the index one to one', () => {
    const exported = Object.keys(icons).filter((key) => key.endsWith('Icon')).sort();
    expect(exported).toEqual(manifest.icons.map((i) => i.component).sort());
    expect(manifest.sizes).toEqual(iconSizes);
  });
});

describe('SVG files', () => {
  const files = readdirSync(path.join(distDir, 'svg'));

  it('exist exactly for the icons in the manifest', () => {
    expect(files.sort()).toEqual(manifest.icons.map((i) => `${i.name}.svg`).sort());
  });

  it.each(manifest.icons.map((i) => i.name))('%s is in the city line style with no hard-coded colour', (name) => {
    const text = readFileSync(path.join(distDir, 'svg', `${name}.svg`), 'utf8');
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.localName).toBe('svg');
    expect(root.getAttribute('viewBox')).toBe('0 0 24 24');
    expect(root.getAttribute('stroke')).toBe('currentColor');
    expect(root.getAttribute('stroke-linecap')).toBe('round');
    expect(root.getAttribute('stroke-linejoin')).toBe('round');
    expect(root.getAttribute('fill')).toBe('none');
    expect(root.children.length).toBeGreaterThan(0);
    for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
      expect(element.hasAttribute('style'), `${name}: style attribute`).toBe(false);
      for (const attribute of ['fill', 'stroke', 'color']) {
        const value = element.getAttribute(attribute);
        if (value !== null) expect(['none', 'currentColor'], `${name}: ${attribute}="${value}"`).toContain(value);
      }
    }
    expect(text).not.toMatch(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i);
    expect(root.hasAttribute('data-gbg-mirror-rtl')).toBe(byName.get(name)?.mirrorInRtl);
  });
});

describe('icon component', () => {
  it('is decorative by default: hidden from the accessibility tree and not focusable', () => {
    const { container } = render(
      <button type="button">
        <SearchIcon /> Sök
      </button>,
    );
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByRole('button', { name: 'Sök' })).toBeInTheDocument();
    const svg = container.querySelector('svg');
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    expect(svg).toHaveAttribute('focusable', 'false');
    expect(svg).not.toHaveAttribute('role');
    expect(svg?.querySelector('title')).toBeNull();
  });

  it('becomes an image named by its title', () => {
    render(<TramIcon title="Spårvagn" />);
    const img = screen.getByRole('img', { name: 'Spårvagn' });
    expect(img).not.toHaveAttribute('aria-hidden');
    const title = img.querySelector('title');
    expect(title).toHaveTextContent('Spårvagn');
    expect(img.getAttribute('aria-labelledby')).toBe(title?.id);
  });

  it('gives each titled icon its own title id', () => {
    render(
      <>
        <HomeIcon title="Startsida" />
        <HomeIcon title="Hem" />
      </>,
    );
    const [first, second] = screen.getAllByRole('img');
    expect(first?.getAttribute('aria-labelledby')).toBeTruthy();
    expect(first?.getAttribute('aria-labelledby')).not.toBe(second?.getAttribute('aria-labelledby'));
    expect(screen.getByRole('img', { name: 'Hem' })).toBe(second);
  });

  it('becomes an image named by aria-label', () => {
    render(<ChevronRightIcon aria-label="Nästa sida" />);
    expect(screen.getByRole('img', { name: 'Nästa sida' })).toBeInTheDocument();
  });

  it('treats a blank title as decorative rather than an empty name', () => {
    const { container } = render(<TramIcon title="  " />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('is 24 px (the md token) by default', () => {
    const { container } = render(<HomeIcon />);
    const svg = container.querySelector('svg');
    expect(svg).toHaveAttribute('width', '24');
    expect(svg).toHaveAttribute('height', '24');
  });

  it.each([
    ['sm', 16],
    ['md', 24],
    ['lg', 32],
    ['xl', 48],
  ] as const)('size "%s" is %i px', (size, px) => {
    const { container } = render(<HomeIcon size={size} />);
    const svg = container.querySelector('svg');
    expect(svg).toHaveAttribute('width', String(px));
    expect(svg).toHaveAttribute('height', String(px));
  });

  it('sizes with attributes only, so CSS around it can resize it', () => {
    const { container } = render(<HomeIcon size="xl" />);
    expect(container.querySelector('svg')).not.toHaveAttribute('style');
  });

  it('takes a number of px for size', () => {
    const { container } = render(<HomeIcon size={40} />);
    const svg = container.querySelector('svg');
    expect(svg).toHaveAttribute('width', '40');
    expect(svg).toHaveAttribute('height', '40');
  });

  it('warns about an unknown size and falls back to md', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    // @ts-expect-error 'huge' is not a size token
    const { container } = render(<HomeIcon size="huge" />);
    expect(container.querySelector('svg')).toHaveAttribute('width', '24');
    expect(error).toHaveBeenCalledWith(expect.stringContaining('HomeIcon: size "huge" is not valid'));
  });

  it('draws in currentColor by default and in black or white on request', () => {
    const { container } = render(
      <>
        <HomeIcon />
        <HomeIcon color="black" />
        <HomeIcon color="white" />
      </>,
    );
    const strokes = Array.from(container.querySelectorAll('svg'), (svg) => svg.getAttribute('stroke'));
    expect(strokes).toEqual(['currentColor', 'black', 'white']);
  });

  it('accepts only black, white or currentColor as color (types), and falls back at run time', () => {
    const allowed: IconColor[] = ['currentColor', 'black', 'white'];
    expect(allowed).toHaveLength(3);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    // @ts-expect-error the brand allows black or white icons only
    const { container } = render(<HomeIcon color="#0076BC" />);
    expect(container.querySelector('svg')).toHaveAttribute('stroke', 'currentColor');
    expect(error).toHaveBeenCalledWith(expect.stringContaining('HomeIcon: color "#0076BC" breaks the brand rule'));
  });

  it('does not let a stray stroke or fill attribute override the line style', () => {
    const untyped = { stroke: 'red', fill: 'red', strokeLinecap: 'butt' } as Record<string, string>;
    const { container } = render(<HomeIcon {...untyped} />);
    const svg = container.querySelector('svg');
    expect(svg).toHaveAttribute('stroke', 'currentColor');
    expect(svg).toHaveAttribute('fill', 'none');
    expect(svg).toHaveAttribute('stroke-linecap', 'round');
  });

  it('uses stroke width 2 by default and accepts another', () => {
    const { container } = render(
      <>
        <HomeIcon />
        <HomeIcon strokeWidth={1.5} />
      </>,
    );
    const widths = Array.from(container.querySelectorAll('svg'), (svg) => svg.getAttribute('stroke-width'));
    expect(widths).toEqual(['2', '1.5']);
  });

  it('passes className, style, ref and other SVG attributes through', () => {
    const ref = createRef<SVGSVGElement>();
    render(
      <ArrowLeftIcon
        ref={ref}
        className="my-icon"
        style={{ marginInlineEnd: '4px' }}
        data-testid="back"
        title="Tillbaka"
      />,
    );
    const svg = screen.getByTestId('back');
    expect(ref.current).toBe(svg);
    expect(svg).toBeInstanceOf(SVGSVGElement);
    expect(svg).toHaveClass('gbg-icon', 'my-icon');
    expect(svg.getAttribute('style')).toBe('margin-inline-end: 4px;');
    expect(svg).toHaveAttribute('data-gbg-icon', 'arrow-left');
  });

  it('marks direction glyphs for right-to-left mirroring, overridable per use', () => {
    const { container } = render(
      <>
        <ChevronRightIcon />
        <ChevronDownIcon />
        <ChevronRightIcon mirrorInRtl={false} />
      </>,
    );
    const marks = Array.from(container.querySelectorAll('svg'), (svg) => svg.hasAttribute('data-gbg-mirror-rtl'));
    expect(marks).toEqual([true, false, false]);
  });

  it('ships the mirroring rule in icons.css', () => {
    const css = readFileSync(path.join(distDir, 'icons.css'), 'utf8');
    expect(css).toMatch(/\[data-gbg-mirror-rtl\]:dir\(rtl\)\s*\{\s*transform:\s*scaleX\(-1\)/);
  });

  it('names its component for devtools', () => {
    expect(ChevronRightIcon.displayName).toBe('ChevronRightIcon');
  });
});
