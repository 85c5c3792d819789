import { DocBlock } from './DocBlock.js';
import {
  contrastRatio,
  formatRatio,
  formatValue,
  leafOf,
  tokenAt,
  tokensUnder,
  type FlatToken,
} from './tokenData.js';

type Theme = 'light' | 'dark';

const valueIn = (token: FlatToken | undefined, theme: Theme): unknown =>
  token ? (theme === 'dark' ? (token.darkValue ?? token.value) : token.value) : undefined;

const surfaceNames: Record<string, string> = {
  default: 'Standardyta',
  subtle: 'Dämpad yta',
  raised: 'Upphöjd yta',
  inverse: 'Omvänd yta',
  brand: 'Varumärkesyta',
};

/** The text token (default or inverse) that reads best on a surface in a theme. */
function textFor(surface: unknown, theme: Theme): FlatToken | undefined {
  const normal = tokenAt('color.text.default');
  const inverse = tokenAt('color.text.inverse');
  const a = contrastRatio(valueIn(normal, theme), surface) ?? 0;
  const b = contrastRatio(valueIn(inverse, theme), surface) ?? 0;
  return b > a ? inverse : normal;
}

function SurfaceRow({ surface, theme }: { surface: FlatToken; theme: Theme }) {
  const outer = tokenAt('color.focus.outer');
  const inner = tokenAt('color.focus.inner');
  const surfaceValue = valueIn(surface, theme);
  const outerRatio = contrastRatio(valueIn(outer, theme), surfaceValue);
  const innerRatio = contrastRatio(valueIn(inner, theme), surfaceValue);
  const best = Math.max(outerRatio ?? 0, innerRatio ?? 0);
  const passes = best >= 3;
  const text = textFor(surfaceValue, theme);
  const name = surfaceNames[leafOf(surface)] ?? leafOf(surface);
  return (
    <li
      className="gbg-docs-surface-row"
      style={{
        background: `var(${surface.cssVar})`,
        color: text ? `var(${text.cssVar})` : undefined,
      }}
    >
      <span style={{ minInlineSize: '12rem' }}>
        <strong>{name}</strong>
        <br />
        <code>{surface.cssVar}</code>
      </span>
      <button type="button" className="gbg-docs-focus-demo">
        Tabba hit
      </button>
      <span className="gbg-docs-focus-demo" data-show-focus="" aria-hidden="true">
        Alltid fokus
      </span>
      <span>
        Yttre färg {outerRatio !== undefined ? formatRatio(outerRatio) : '–'}, inre färg{' '}
        {innerRatio !== undefined ? formatRatio(innerRatio) : '–'}
        <br />
        <strong>
          {passes ? '✓ Synlig: minst en färg når 3:1' : '✗ För svag: ingen färg når 3:1'}
        </strong>
      </span>
    </li>
  );
}

/**
 * The two-colour focus ring on every surface token, in the light and the dark theme: a real
 * button to tab to, a copy that always shows the ring, and the contrast of both ring colours
 * against the surface, computed from the token values.
 */
export function FocusRingDemo() {
  const surfaces = tokensUnder('color.surface').filter((t) => t.tier === 'semantic');
  const themes: Array<{ theme: Theme; title: string }> = [
    { theme: 'light', title: 'Ljust tema' },
    { theme: 'dark', title: 'Mörkt tema' },
  ];
  return (
    <DocBlock>
      {themes.map(({ theme, title }) => (
        <section key={theme} aria-labelledby={`gbg-docs-focus-${theme}`}>
          <h3 id={`gbg-docs-focus-${theme}`}>{title}</h3>
          <div data-gbg-theme={theme} style={{ background: 'var(--gbg-color-surface-default)' }}>
            <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {surfaces.map((surface) => (
                <SurfaceRow key={surface.cssVar} surface={surface} theme={theme} />
              ))}
            </ul>
          </div>
        </section>
      ))}
    </DocBlock>
  );
}

/** The focus tokens themselves: width, offset and the two colours. */
export function FocusTokens() {
  const list = [...tokensUnder('focus'), ...tokensUnder('color.focus')];
  return (
    <DocBlock>
      <table className="gbg-docs-table">
        <caption>Fokustoken</caption>
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Ljust tema</th>
            <th scope="col">Mörkt tema</th>
          </tr>
        </thead>
        <tbody>
          {list.map((token) => (
            <tr key={token.cssVar}>
              <th scope="row">
                <code>{token.cssVar}</code>
              </th>
              <td>
                <code>{formatValue(token.value)}</code>
              </td>
              <td>
                <code>{formatValue(token.darkValue ?? token.value)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </DocBlock>
  );
}
