import { Chip, DocBlock, ScrollRegion } from './DocBlock.js';
import { formatValue, paletteByValue, pathOf, tokensUnder, type FlatToken } from './tokenData.js';

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
 * theme, one table per group. Values are the resolved ones from the token build.
 */
export function SemanticColors() {
  const semantic = tokensUnder('color').filter((t) => t.tier === 'semantic');
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
                    <td>{token.description || '–'}</td>
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
