import { Chip, DocBlock, PassFail, ScrollRegion, TokenDescription } from './DocBlock.js';
import {
  formatValue,
  pairLevelLabel,
  paletteByValue,
  pathOf,
  semanticContrast,
  tokensUnder,
  type FlatToken,
  type ThemeName,
} from './tokenData.js';

/** Swedish headings for the semantic colour groups (second path segment). */
const groupTitles: Record<string, string> = {
  text: 'Text',
  surface: 'Ytor',
  action: 'Handlingar (knappar)',
  border: 'Kanter',
  focus: 'Fokus',
  link: 'Länkar',
  disabled: 'Inaktiverat',
  status: 'Status',
  icon: 'Ikoner',
};

function ValueCell({ value }: { value: unknown }) {
  const text = formatValue(value);
  const brand = paletteByValue(value);
  return (
    <td>
      <span className="gbg-docs-chip-row">
        <Chip color={text} />
        <span>
          {brand ? `${brand.nameSv} ` : ''}
          <code>{text.toUpperCase()}</code>
        </span>
      </span>
    </td>
  );
}

/**
 * The semantic colours — what each colour means — with their value in the light and the dark
 * theme, one table per group (all groups, or the ones named in `groups`). Values are the resolved ones from the token build.
 */
export function SemanticColors({ groups: only }: { groups?: string[] }) {
  const semantic = tokensUnder('color').filter(
    (t) => t.tier === 'semantic' && (!only || only.includes(pathOf(t).split('.')[1] ?? '')),
  );
  const groups = new Map<string, FlatToken[]>();
  for (const token of semantic) {
    const group = pathOf(token).split('.')[1] ?? 'other';
    groups.set(group, [...(groups.get(group) ?? []), token]);
  }
  return (
    <DocBlock>
      {[...groups].map(([group, list]) => {
        const captionId = `gbg-docs-semantic-${group}`;
        return (
          <ScrollRegion key={group} labelledBy={captionId}>
            <table className="gbg-docs-table">
              <caption id={captionId}>
                {groupTitles[group] ?? group} — <span lang="en">{group}</span>
              </caption>
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
                  <tr key={pathOf(token)}>
                    <th scope="row">
                      <code>{token.cssVar}</code>
                    </th>
                    <ValueCell value={token.value} />
                    <ValueCell value={token.darkValue ?? token.value} />
                    <td>
                      <TokenDescription text={token.description} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        );
      })}
    </DocBlock>
  );
}

/**
 * Every semantic foreground/background pair the token build checks, per theme, with the level
 * it must reach, the ratio and the verdict in words (from `contrast.json`).
 */
export function SemanticContrast({ open = false }: { open?: boolean }) {
  const themes: Array<{ theme: ThemeName; title: string }> = [
    { theme: 'light', title: 'Ljust tema' },
    { theme: 'dark', title: 'Mörkt tema' },
  ];
  return (
    <DocBlock>
      {themes.map(({ theme, title }) => {
        const rows = semanticContrast.filter((r) => r.theme === theme);
        const failing = rows.filter((r) => !r.pass).length;
        const captionId = `gbg-docs-semantic-contrast-${theme}`;
        return (
          <details key={theme} open={open}>
            <summary>
              {title}: {rows.length} par, {failing === 0 ? 'alla godkända' : `${failing} underkända`}
            </summary>
            <ScrollRegion labelledBy={captionId}>
              <table className="gbg-docs-table">
                <caption id={captionId}>Kontrast för semantiska färgpar, {title.toLowerCase()}</caption>
                <thead>
                  <tr>
                    <th scope="col">Förgrund</th>
                    <th scope="col">Bakgrund</th>
                    <th scope="col">Krav</th>
                    <th scope="col">Resultat</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={`${row.foreground}|${row.background}|${row.level}`}>
                      <th scope="row">
                        <span className="gbg-docs-chip-row">
                          <Chip color={row.foregroundHex} />
                          <code>{row.foreground}</code>
                        </span>
                      </th>
                      <td>
                        <span className="gbg-docs-chip-row">
                          <Chip color={row.backgroundHex} />
                          <code>{row.background}</code>
                        </span>
                      </td>
                      <td>{pairLevelLabel[row.level] ?? row.level}</td>
                      <td>
                        <PassFail pass={row.pass} ratio={row.ratio} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </details>
        );
      })}
    </DocBlock>
  );
}
