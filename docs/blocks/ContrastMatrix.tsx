import { useId } from 'react';
import { Chip, DocBlock, ScrollRegion, Verdict } from './DocBlock.js';
import { contrastOf, contrastPairs, palette, type PaletteEntry } from './tokenData.js';

export interface ContrastMatrixProps {
  /**
   * Palette keys of the text colours to show as columns. Leave out for the full matrix
   * (every colour against every colour).
   */
  foregrounds?: string[];
  /** The table caption. */
  caption?: string;
}

/**
 * The contrast between palette colours as an accessible table: text colours in columns,
 * backgrounds in rows, each cell with the verdict in words, an icon and the ratio.
 * Data: `@goteborgsstad/tokens/contrast.json`.
 */
export function ContrastMatrix({ foregrounds, caption }: ContrastMatrixProps) {
  const captionId = useId();
  const listed = new Set(contrastPairs.flatMap((p) => [p.foreground.key, p.background.key]));
  const inFile = (p: PaletteEntry) => listed.has(p.key);
  const columns = foregrounds
    ? foregrounds.flatMap((key) => palette.find((p) => p.key === key) ?? [])
    : palette.filter(inFile);
  const rows = palette.filter(inFile);

  if (contrastPairs.length === 0) {
    return (
      <DocBlock>
        <p role="status">Kontrastdata saknas: bygg paketet @goteborgsstad/tokens (pnpm build).</p>
      </DocBlock>
    );
  }

  return (
    <DocBlock>
      <ScrollRegion labelledBy={captionId}>
        <table className="gbg-docs-table gbg-docs-matrix">
          <caption id={captionId}>
            {caption ??
              `Kontrast mellan färgerna: textfärg i kolumnerna, bakgrund i raderna (${rows.length} × ${columns.length}).`}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                Bakgrund <span aria-hidden="true">↓</span> / text <span aria-hidden="true">→</span>
              </th>
              {columns.map((fg) => (
                <th key={fg.key} scope="col">
                  <span className="gbg-docs-chip-row">
                    <Chip color={fg.hex} />
                    <span>
                      <span className="gbg-docs-visually-hidden">Text: </span>
                      {fg.nameSv}
                    </span>
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((bg) => (
              <tr key={bg.key}>
                <th scope="row">
                  <span className="gbg-docs-chip-row">
                    <Chip color={bg.hex} />
                    <span>
                      <span className="gbg-docs-visually-hidden">Bakgrund: </span>
                      {bg.nameSv}
                    </span>
                  </span>
                </th>
                {columns.map((fg) => {
                  const pair = contrastOf(fg.key, bg.key);
                  return (
                    <td key={fg.key}>
                      {fg.key === bg.key ? (
                        <span>Samma färg</span>
                      ) : pair ? (
                        <Verdict level={pair.level} ratio={pair.ratio} />
                      ) : (
                        <span>Ingen uppgift</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </DocBlock>
  );
}
