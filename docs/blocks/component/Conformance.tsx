import conformance from '../../../packages/react/src/conformance/conformance.json';
import { DocBlock } from '../DocBlock.js';

type Entry = (typeof conformance.components)[keyof typeof conformance.components];
type Criterion = Entry['criteria'][number] & { note?: { sv: string; en: string } };

const methodNames: Record<string, string> = {
  automated: 'Automatiskt test',
  'keyboard-test': 'Tangentbordstest',
  manual: 'Manuell granskning',
};

/**
 * The component's entry in `@goteborgsstad/react/conformance.json`: which WCAG 2.2 criteria
 * apply, how each is tested and the known limits.
 */
export function Conformance({ component }: { component: string }) {
  const entry = (conformance.components as Record<string, Entry>)[component];
  if (!entry) return <p>Ingen tillgänglighetsdata för {component} ännu.</p>;
  const evidence = conformance.evidence as Record<string, { sv: string; where: string }>;
  const captionId = `gbg-conformance-${component}`;
  return (
    <DocBlock>
      <table className="gbg-docs-table gbg-docs-props" aria-labelledby={captionId}>
        <caption id={captionId}>
          WCAG 2.2-kriterier för <code>{component}</code>
        </caption>
        <thead>
          <tr>
            <th scope="col">Kriterium</th>
            <th scope="col">Nivå</th>
            <th scope="col">Hur det testas</th>
            <th scope="col">Anteckning</th>
          </tr>
        </thead>
        <tbody>
          {(entry.criteria as Criterion[]).map((criterion) => (
            <tr key={criterion.id}>
              <th scope="row" data-label="Kriterium">
                {criterion.id} {criterion.sv} <span lang="en">({criterion.name})</span>
              </th>
              <td data-label="Nivå">{criterion.level}</td>
              <td data-label="Hur det testas">
                {criterion.methods.map((method) => methodNames[method] ?? method).join(', ')}
                {criterion.evidence.length > 0 ? (
                  <ul className="gbg-docs-evidence">
                    {criterion.evidence.map((key) => (
                      <li key={key}>{evidence[key]?.sv ?? key}</li>
                    ))}
                  </ul>
                ) : null}
              </td>
              <td data-label="Anteckning">{criterion.note?.sv ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {entry.limits.length > 0 ? (
        <>
          <h3>Kända begränsningar</h3>
          <ul>
            {entry.limits.map((limit) => (
              <li key={limit.en}>{limit.sv}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        Data: <code>@goteborgsstad/react/conformance.json</code> — använd den när ni skriver
        tillgänglighetsredogörelsen för er tjänst. En komponent som uppfyller ett kriterium gör inte
        sidan godkänd; innehåll och sammansättning är ert ansvar.
      </p>
    </DocBlock>
  );
}
