import { DocBlock, ScrollRegion, TokenDescription } from './DocBlock.js';
import {
  focusBands,
  focusSurfaces,
  formatMinimum,
  formatRatio,
  formatValue,
  semanticContrast,
  tokenAt,
  tokensUnder,
  type FocusSurfaceRow,
  type ThemeName,
} from './tokenData.js';

/** Swedish names for the surfaces the focus ring is checked on. */
const surfaceNames: Record<string, string> = {
  'color.surface.default': 'Standardyta',
  'color.surface.subtle': 'Dämpad yta',
  'color.surface.raised': 'Upphöjd yta',
  'color.surface.inverse': 'Omvänd yta',
  'color.surface.brand': 'Varumärkesyta',
  'color.status.info.surface': 'Statusyta: information',
  'color.status.success.surface': 'Statusyta: lyckat',
  'color.status.warning.surface': 'Statusyta: varning',
  'color.status.danger.surface': 'Statusyta: fel',
  'color.action.primary.background': 'Primär knapp',
  'color.action.secondary.background': 'Sekundär knapp',
  'color.action.tertiary.background': 'Tertiär knapp',
  'color.action.danger.background': 'Farlig handling',
  'color.disabled.background': 'Inaktiverad',
};

/**
 * The text token for a surface: the foreground the contrast file checks as text on it in this
 * theme (black or white by construction); the default text colour otherwise.
 */
function textTokenFor(surface: string, theme: ThemeName): string {
  const pair = semanticContrast.find(
    (p) => p.theme === theme && p.background === surface && p.level === 'text' && p.pass,
  );
  return pair?.foreground ?? 'color.text.default';
}

function SurfaceRow({ row }: { row: FocusSurfaceRow }) {
  const surface = tokenAt(row.surface);
  const text = tokenAt(textTokenFor(row.surface, row.theme));
  if (!surface) return null;
  const name = surfaceNames[row.surface] ?? row.surface;
  return (
    <li
      className="gbg-docs-surface-row"
      style={{
        background: `var(${surface.cssVar})`,
        color: text ? `var(${text.cssVar})` : undefined,
      }}
    >
      <span style={{ minInlineSize: '14rem' }}>
        <strong>{name}</strong>
        <br />
        <code>{surface.cssVar}</code>
      </span>
      <button type="button" className="gbg-docs-focus-demo">
        Tabba hit<span className="gbg-docs-visually-hidden"> ({name})</span>
      </button>
      <span className="gbg-docs-focus-demo" data-show-focus="" aria-hidden="true">
        Alltid fokus
      </span>
      <span>
        Yttre färg {formatRatio(row.outerRatio)}, inre färg {formatRatio(row.innerRatio)}
        <br />
        <strong>
          <span aria-hidden="true">{row.pass ? '✓ ' : '✗ '}</span>
          {row.pass
            ? `Synlig: minst en färg når ${formatMinimum(row.minimum)}`
            : `För svag: ingen färg når ${formatMinimum(row.minimum)}`}
        </strong>
      </span>
    </li>
  );
}

/**
 * The two-colour focus ring on every surface it is checked on, in the light and the dark
 * theme: a real button to tab to, a copy that always shows the ring, and both ring colours'
 * contrast against the surface from `contrast.json`.
 */
export function FocusRingDemo() {
  const themes: Array<{ theme: ThemeName; title: string }> = [
    { theme: 'light', title: 'Ljust tema' },
    { theme: 'dark', title: 'Mörkt tema' },
  ];
  if (focusSurfaces.length === 0) {
    return (
      <DocBlock>
        <p>Kontrastdata för fokusringen saknas: bygg paketet @goteborgsstad/tokens.</p>
      </DocBlock>
    );
  }
  return (
    <DocBlock>
      {themes.map(({ theme, title }) => {
        const band = focusBands.find((b) => b.theme === theme);
        return (
          <section key={theme} aria-labelledby={`gbg-docs-focus-${theme}`}>
            <h3 id={`gbg-docs-focus-${theme}`}>{title}</h3>
            {band && (
              <p>
                Ringens två färger mot varandra: {formatRatio(band.ratio)} (krav{' '}
                {formatMinimum(band.minimum)}).
              </p>
            )}
            <div data-gbg-theme={theme} style={{ background: 'var(--gbg-color-surface-default)' }}>
              <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {focusSurfaces
                  .filter((row) => row.theme === theme)
                  .map((row) => (
                    <SurfaceRow key={row.surface} row={row} />
                  ))}
              </ul>
            </div>
          </section>
        );
      })}
    </DocBlock>
  );
}

/** The focus tokens themselves: width, offset and the two colours. */
export function FocusTokens() {
  const list = [...tokensUnder('focus'), ...tokensUnder('color.focus')];
  return (
    <DocBlock>
      <ScrollRegion labelledBy="gbg-docs-focus-tokens">
        <table className="gbg-docs-table">
          <caption id="gbg-docs-focus-tokens">Fokustoken</caption>
          <thead>
            <tr>
              <th scope="col">Token</th>
              <th scope="col">Ljust tema</th>
              <th scope="col">Mörkt tema</th>
              <th scope="col">Används till</th>
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
                <td>
                  <TokenDescription text={token.description} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </DocBlock>
  );
}
