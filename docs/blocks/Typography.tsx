import type { CSSProperties } from 'react';
import { DocBlock, ScrollRegion, TokenDescription } from './DocBlock.js';
import { cssVarRef, formatValue, leafOf, pathOf, tokensUnder, type FlatToken } from './tokenData.js';

const sampleText = 'Göteborgs Stad — Välkommen till stadens e-tjänster';

function TokenName({ token }: { token: FlatToken }) {
  return <code>{token.cssVar}</code>;
}

/** The font families with their complete fallback stack, each rendered in its own family. */
export function FontFamilies() {
  const families = tokensUnder('font.family');
  return (
    <DocBlock>
      <ScrollRegion labelledBy="gbg-docs-font-families">
        <table className="gbg-docs-table">
          <caption id="gbg-docs-font-families">Typsnittsfamiljer med reservtypsnitt</caption>
          <thead>
            <tr>
              <th scope="col">Namn</th>
              <th scope="col">Token</th>
              <th scope="col">Hela stacken (i ordning)</th>
              <th scope="col">Exempel</th>
            </tr>
          </thead>
          <tbody>
            {families.map((token) => (
              <tr key={pathOf(token)}>
                <th scope="row">{leafOf(token)}</th>
                <td>
                  <TokenName token={token} />
                </td>
                <td>
                  <code>{formatValue(token.value)}</code>
                </td>
                <td>
                  <p className="gbg-docs-sample-text" style={{ fontFamily: cssVarRef(token) }}>
                    {sampleText}
                  </p>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </DocBlock>
  );
}

/** A simple scale table: token, value, and a sample whose style is built by `sample`. */
function ScaleTable({
  prefix,
  caption,
  sample,
}: {
  prefix: string;
  caption: string;
  sample: (token: FlatToken) => CSSProperties;
}) {
  const list = tokensUnder(prefix);
  const captionId = `gbg-docs-scale-${prefix.replace(/\W+/g, '-')}`;
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className="gbg-docs-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Steg</th>
            <th scope="col">Token</th>
            <th scope="col">Värde</th>
            <th scope="col">Exempel</th>
          </tr>
        </thead>
        <tbody>
          {list.map((token) => (
            <tr key={pathOf(token)}>
              <th scope="row">{leafOf(token)}</th>
              <td>
                <TokenName token={token} />
              </td>
              <td>
                <code>{formatValue(token.value)}</code>
              </td>
              <td>
                <p className="gbg-docs-sample-text" style={sample(token)}>
                  Göteborgs Stad
                </p>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Font sizes, weights and line heights, each rendered with its token. */
export function TypeScale() {
  return (
    <DocBlock>
      <ScaleTable
        prefix="font.size"
        caption="Typografisk skala (md är brödtext)"
        sample={(t) => ({ fontSize: cssVarRef(t), lineHeight: 1.2 })}
      />
      <ScaleTable
        prefix="font.weight"
        caption="Vikter"
        sample={(t) => ({ fontWeight: cssVarRef(t) })}
      />
      <ScaleTable
        prefix="font.line-height"
        caption="Radavstånd"
        sample={(t) => ({ lineHeight: cssVarRef(t), maxInlineSize: '12rem' })}
      />
    </DocBlock>
  );
}

/**
 * CSS for a composite typography value: the build emits a `font` shorthand string; an object
 * (DTCG `typography`: fontFamily, fontSize, …) is handled too.
 */
function styleOf(value: Record<string, unknown> | string): CSSProperties {
  if (typeof value === 'string') return { font: value };
  const style: CSSProperties = {};
  const get = (...keys: string[]) => {
    for (const key of keys) if (value[key] !== undefined) return formatValue(value[key]);
    return undefined;
  };
  const fontFamily = get('fontFamily', 'font-family');
  const fontSize = get('fontSize', 'font-size');
  const fontWeight = get('fontWeight', 'font-weight');
  const lineHeight = get('lineHeight', 'line-height');
  const letterSpacing = get('letterSpacing', 'letter-spacing');
  if (fontFamily) style.fontFamily = fontFamily;
  if (fontSize) style.fontSize = fontSize;
  if (fontWeight) style.fontWeight = fontWeight as CSSProperties['fontWeight'];
  if (lineHeight) style.lineHeight = lineHeight;
  if (letterSpacing) style.letterSpacing = letterSpacing;
  return style;
}

/** Composite typography tokens, whether the build keeps them whole or splits them per property. */
type TypeStyleValue = Record<string, unknown> | string;
interface TypeStyle {
  cssVar?: string;
  value: TypeStyleValue;
  description?: string;
}

function typographyStyles(): Array<TypeStyle & { name: string }> {
  const byName = new Map<string, TypeStyle>();
  for (const token of tokensUnder('typography')) {
    const parts = pathOf(token).split('.');
    const name = parts[1];
    if (!name) continue;
    const entry: TypeStyle = byName.get(name) ?? { value: {} };
    const value: unknown = token.value;
    if (parts.length === 2) {
      entry.cssVar = token.cssVar;
      entry.description = token.description;
      if (typeof value === 'string') entry.value = value;
      else if (typeof value === 'object' && value !== null)
        entry.value = { ...(entry.value as object), ...(value as Record<string, unknown>) };
    } else if (parts.length === 3 && parts[2] && typeof entry.value === 'object') {
      entry.value = { ...entry.value, [parts[2]]: value };
    }
    byName.set(name, entry);
  }
  return [...byName].map(([name, entry]) => ({ name, ...entry }));
}

const styleNames: Record<string, string> = {
  'heading-1': 'Rubrik 1',
  'heading-2': 'Rubrik 2',
  'heading-3': 'Rubrik 3',
  'heading-4': 'Rubrik 4',
  'heading-5': 'Rubrik 5',
  'heading-6': 'Rubrik 6',
  lead: 'Ingress',
  body: 'Brödtext',
  small: 'Liten text',
};

/**
 * The text styles (headings, lead, body, small) rendered. Samples are paragraphs, not real
 * headings, so they do not break the page's own heading outline.
 */
export function TypeStyles() {
  const styles = typographyStyles();
  return (
    <DocBlock>
      <ScrollRegion labelledBy="gbg-docs-type-styles">
        <table className="gbg-docs-table">
          <caption id="gbg-docs-type-styles">Textstilar</caption>
          <thead>
            <tr>
              <th scope="col">Stil</th>
              <th scope="col">Exempel</th>
              <th scope="col">Värden</th>
              <th scope="col">Används till</th>
            </tr>
          </thead>
          <tbody>
            {styles.map(({ name, value, description }) => (
              <tr key={name}>
                <th scope="row">
                  {styleNames[name] ?? name}
                  <br />
                  <code>typography.{name}</code>
                </th>
                <td>
                  <p className="gbg-docs-sample-text" style={styleOf(value)}>
                    {name === 'body' || name === 'small' || name === 'lead'
                      ? 'Här hittar du information om förskola, skola, bygglov och mycket mer.'
                      : 'Bo och leva i Göteborg'}
                  </p>
                </td>
                <td>
                  <code>{formatValue(value)}</code>
                </td>
                <td>
                  <TokenDescription text={description} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </DocBlock>
  );
}
