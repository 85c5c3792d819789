import { Fragment } from 'react';
import { DocBlock, Verdict } from './DocBlock.js';
import {
  contrastOf,
  palette,
  paletteGroups,
  textColorLabel,
  type PaletteEntry,
} from './tokenData.js';

const textKeys: Record<'black' | 'white', string> = { black: 'svart', white: 'vit' };

/** The text colours a palette colour allows, as palette entries (black and/or white). */
function allowedText(entry: PaletteEntry): PaletteEntry[] {
  const kinds: Array<'black' | 'white'> =
    entry.textColor === 'black-or-white' ? ['white', 'black'] : [entry.textColor];
  return kinds.flatMap((kind) => palette.find((p) => p.key === textKeys[kind]) ?? []);
}

function Swatch({ entry }: { entry: PaletteEntry }) {
  const texts = allowedText(entry);
  const { r, g, b } = entry.rgb;
  return (
    <li className="gbg-docs-swatch-card">
      {/* The sample shows only combinations that pass, so it is real text, not an image. */}
      <div className="gbg-docs-swatch-sample" style={{ background: entry.hex }}>
        {texts.map((text) => (
          <span key={text.key} style={{ color: text.hex }} lang="sv">
            Aa<span className="gbg-docs-visually-hidden">
              {' '}
              ({text.nameSv.toLowerCase()} text på {entry.nameSv.toLowerCase()})
            </span>
          </span>
        ))}
      </div>
      <strong className="gbg-docs-swatch-name">
        {entry.nameSv}
        <span lang="en">{entry.nameEn}</span>
      </strong>
      <dl>
        <dt>Hex</dt>
        <dd>
          <code>{entry.hex.toUpperCase()}</code>
        </dd>
        <dt>RGB</dt>
        <dd>
          <code>
            {r}, {g}, {b}
          </code>
        </dd>
        <dt>Token</dt>
        <dd>
          <code>{entry.cssVar}</code>
        </dd>
        <dt>Text</dt>
        <dd>{textColorLabel[entry.textColor]}</dd>
        {texts.map((text) => {
          const pair = contrastOf(text.key, entry.key);
          return pair ? (
            <Fragment key={text.key}>
              <dt>{text.nameSv}</dt>
              <dd>
                <Verdict level={pair.level} ratio={pair.ratio} />
              </dd>
            </Fragment>
          ) : null;
        })}
      </dl>
    </li>
  );
}

/**
 * All 17 brand colours (or the given palette groups), grouped as in the graphic profile, with Swedish and English names,
 * hex, RGB, the CSS custom property and the text colour each one takes.
 */
export function BrandSwatches({ groups }: { groups?: ReadonlyArray<PaletteEntry['group']> }) {
  const shown = groups ? paletteGroups.filter((g) => groups.includes(g.group)) : paletteGroups;
  return (
    <DocBlock>
      {shown.map(({ group, title, intro }) => {
        const entries = palette.filter((p) => p.group === group);
        if (entries.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`gbg-docs-palette-${group}`}>
            <h3 id={`gbg-docs-palette-${group}`}>{title}</h3>
            <p>{intro}</p>
            <ul className="gbg-docs-swatch-grid">
              {entries.map((entry) => (
                <Swatch key={entry.key} entry={entry} />
              ))}
            </ul>
          </section>
        );
      })}
    </DocBlock>
  );
}
