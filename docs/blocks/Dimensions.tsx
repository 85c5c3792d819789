import type { CSSProperties, ReactNode } from 'react';
import { DocBlock, ScrollRegion, TokenDescription } from './DocBlock.js';
import { cssVarRef, formatValue, leafOf, pathOf, tokensUnder, type FlatToken } from './tokenData.js';

type Visual = (token: FlatToken) => ReactNode;

function DimensionTable({
  prefix,
  caption,
  visual,
  note,
}: {
  prefix: string;
  caption: string;
  visual: Visual;
  note?: (token: FlatToken) => ReactNode;
}) {
  const describe = note ?? ((t: FlatToken) => <TokenDescription text={t.description} />);
  const list = tokensUnder(prefix);
  const captionId = `gbg-docs-dim-${prefix.replace(/\W+/g, '-')}`;
  return (
    <DocBlock>
      <ScrollRegion labelledBy={captionId}>
        <table className="gbg-docs-table">
          <caption id={captionId}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Steg</th>
              <th scope="col">Token</th>
              <th scope="col">Värde</th>
              <th scope="col">Bild</th>
              <th scope="col">Används till</th>
            </tr>
          </thead>
          <tbody>
            {list.map((token) => (
              <tr key={pathOf(token)}>
                <th scope="row">{leafOf(token)}</th>
                <td>
                  <code>{token.cssVar}</code>
                </td>
                <td>
                  <code>{formatValue(token.value)}</code>
                </td>
                <td style={{ minInlineSize: '12rem' }}>{visual(token)}</td>
                <td>{describe(token)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </DocBlock>
  );
}

const box = (style: CSSProperties) => (
  <span className="gbg-docs-box" style={style} aria-hidden="true" />
);

/** The space scale (4px base) as bars of the token's length. */
export function SpaceScale() {
  return (
    <DimensionTable
      prefix="space"
      caption="Avståndsskala"
      visual={(t) => <span className="gbg-docs-bar" style={{ inlineSize: cssVarRef(t) }} aria-hidden="true" />}
    />
  );
}

const targetNotes: Record<string, string> = {
  default:
    'Standard för allt klickbart: knappar, länkar i listor, fält. Når WCAG 2.5.5 (AAA).',
  minimum:
    'Absolut golv, bara där det inte går att undvika (t.ex. täta tabeller). Når WCAG 2.5.8 (AA).',
};

/** Target sizes (44px default, 24px minimum) drawn as squares. */
export function TargetSizes() {
  return (
    <DimensionTable
      prefix="size.target"
      caption="Klickytor (minsta storlek på det man kan klicka eller trycka på)"
      visual={(t) => box({ inlineSize: cssVarRef(t), blockSize: cssVarRef(t) })}
      note={(t) => targetNotes[leafOf(t)] ?? <TokenDescription text={t.description} />}
    />
  );
}

/** Icon sizes drawn as squares. */
export function IconSizes() {
  return (
    <DimensionTable
      prefix="size.icon"
      caption="Ikonstorlekar"
      visual={(t) => box({ inlineSize: cssVarRef(t), blockSize: cssVarRef(t) })}
    />
  );
}

/** Container widths. */
export function ContainerSizes() {
  return (
    <DimensionTable
      prefix="size.container"
      caption="Innehållsbredder"
      visual={() => null}
    />
  );
}

/** Corner radii drawn on a box. */
export function Radii() {
  return (
    <DimensionTable
      prefix="radius"
      caption="Hörnradier"
      visual={(t) =>
        box({ inlineSize: '6rem', blockSize: 'var(--gbg-size-target-default)', borderRadius: cssVarRef(t) })
      }
    />
  );
}

/** Border widths drawn as the border of a box. */
export function BorderWidths() {
  return (
    <DimensionTable
      prefix="border.width"
      caption="Kantbredder"
      visual={(t) =>
        box({
          inlineSize: '6rem',
          blockSize: 'var(--gbg-size-target-default)',
          borderWidth: cssVarRef(t),
          borderStyle: 'solid',
        })
      }
    />
  );
}

/** Breakpoints, as a plain table. */
export function Breakpoints() {
  return (
    <DimensionTable prefix="breakpoint" caption="Brytpunkter" visual={() => null} />
  );
}
