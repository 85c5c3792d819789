import status from '../../../packages/react/src/status/status.json';
import { DocBlock } from '../DocBlock.js';
import { Prose } from './PropsTable.js';

type Texts = { sv: string; en: string };
interface Change extends Texts {
  version: string;
  changeset?: string;
}
interface Entry {
  status: string;
  since: string;
  changes: Change[];
}

const statuses = status.statuses as Record<string, Texts & { description: Texts }>;
const components = status.components as Record<string, Entry>;

/** The component's entry in `@goteborgsstad/react/status.json`, or undefined. */
export function statusOf(component: string): Entry | undefined {
  return components[component];
}

/** "next" while a change waits in a changeset; otherwise the released version. */
export function versionLabel(version: string): string {
  return version === 'next' ? 'nästa version (inte släppt än)' : version;
}

/** Maps the docs page id (`komponenter-button--docs`) to the component it documents, if any. */
export function componentOfDocsId(id: string | null | undefined): string | undefined {
  const match = /^komponenter-([a-z0-9-]+)--/.exec(id ?? '');
  if (!match) return undefined;
  const slug = match[1]?.replace(/-/g, '');
  return Object.keys(components).find((name) => name.toLowerCase() === slug);
}

/**
 * Status line at the top of a component page: the status (Stabil, Beta, Ny, Utgående) with
 * what it promises, and the version the component came in. Data: `status.json`.
 */
export function ComponentStatus({ component }: { component: string }) {
  const entry = statusOf(component);
  if (!entry) {
    return (
      <DocBlock>
        <p className="gbg-docs-status">
          Ingen status för <code>{component}</code> än: lägg till komponenten i{' '}
          <code>packages/react/src/status/status.json</code>.
        </p>
      </DocBlock>
    );
  }
  const kind = statuses[entry.status];
  return (
    <DocBlock>
      <p className="gbg-docs-status" data-status={entry.status}>
        <span className="gbg-docs-status-badge">Status: {kind?.sv ?? entry.status}</span>
        <span>{kind?.description.sv}</span>
        <span>
          Finns sedan: {versionLabel(entry.since)}.{' '}
          {entry.changes.length > 0 ? <a href="#andringar">Ändringar ({entry.changes.length})</a> : null}
        </span>
      </p>
    </DocBlock>
  );
}

/**
 * The component's changes, newest version first, each with the changeset it ships in
 * (`.changeset/<name>.md` until the release writes it into the package's CHANGELOG.md).
 */
export function ComponentChangelog({ component }: { component: string }) {
  const entry = statusOf(component);
  if (!entry) return null;
  const byVersion = new Map<string, Change[]>();
  for (const change of entry.changes) byVersion.set(change.version, [...(byVersion.get(change.version) ?? []), change]);
  const versions = [...byVersion.keys()].sort((a, b) => (a === 'next' ? -1 : b === 'next' ? 1 : b.localeCompare(a, 'en', { numeric: true })));
  return (
    <section aria-labelledby="andringar">
      <h2 id="andringar">Ändringar</h2>
      {versions.length === 0 ? <p>Inga ändringar sedan komponenten kom.</p> : null}
      {versions.map((version) => (
        <div key={version}>
          <h3>{version === 'next' ? 'Nästa version (inte släppt än)' : `Version ${version}`}</h3>
          <ul>
            {(byVersion.get(version) ?? []).map((change) => (
              <li key={change.sv}>
                <Prose text={change.sv} />
                {change.changeset ? (
                  <>
                    {' '}
                    <span className="gbg-docs-status-source">
                      (changeset <code>{change.changeset}</code>)
                    </span>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p>
        Data: <code>@goteborgsstad/react/status.json</code> — status, första version och ändringar för
        varje komponent.
      </p>
    </section>
  );
}
