// @vitest-environment jsdom
// Component status and changes (@goteborgsstad/react/status.json), shown at the top and bottom
// of every component docs page by .storybook/docs-frame, and the feedback link every docs page
// ends with. A component folder without a status entry fails here, with the line to add.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { feedbackTarget, FeedbackLink } from '../../docs/blocks/component/Feedback.js';
import { ComponentChangelog, ComponentStatus, componentOfDocsId } from '../../docs/blocks/component/Status.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const reactDir = path.join(root, 'packages/react');
const file = path.join(reactDir, 'src/status/status.json');
const data = JSON.parse(fs.readFileSync(file, 'utf8')) as {
  statuses: Record<string, { sv: string; en: string; description: { sv: string; en: string } }>;
  components: Record<string, { status: string; since: string; changes: Array<{ version: string; changeset?: string; sv: string; en: string }> }>;
};
const components = fs
  .readdirSync(path.join(reactDir, 'src/components'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const pendingChangesets = new Set(
  fs
    .readdirSync(path.join(root, '.changeset'))
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => name.replace(/\.md$/, '')),
);
const version = /^(next|\d+\.\d+\.\d+(-[\w.]+)?)$/;

describe('status.json', () => {
  it('is exported as @goteborgsstad/react/status.json and published', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(reactDir, 'package.json'), 'utf8'));
    expect(path.resolve(reactDir, pkg.exports['./status.json'])).toBe(file);
    expect(pkg.files.map((entry: string) => path.resolve(reactDir, entry))).toContain(file);
  });

  it('has a status for every component folder, and none for a component that does not exist', () => {
    const missing = components.filter((name) => !data.components[name]);
    expect(
      missing,
      `add to packages/react/src/status/status.json, under "components": ${missing
        .map((name) => `"${name}": { "status": "new", "since": "next", "changes": [{ "version": "next", "changeset": "<your changeset>", "sv": "Ny komponent.", "en": "New component." }] }`)
        .join(', ')}`,
    ).toEqual([]);
    const stale = Object.keys(data.components).filter((name) => !components.includes(name));
    expect(stale, 'status entries for components that have no folder in packages/react/src/components').toEqual([]);
  });

  it.each(Object.keys(data.components))('%s: a known status, versions, Swedish and English change notes', (name) => {
    const entry = data.components[name]!;
    expect(Object.keys(data.statuses)).toContain(entry.status);
    expect(entry.since).toMatch(version);
    for (const change of entry.changes) {
      expect(change.version).toMatch(version);
      expect(change.sv.trim() && change.en.trim(), `${name}: a change needs Swedish and English text`).toBeTruthy();
      // Until the release writes it into CHANGELOG.md, the change ships in a pending changeset.
      if (change.changeset && change.version === 'next') {
        expect(pendingChangesets, `${name}: .changeset/${change.changeset}.md does not exist`).toContain(change.changeset);
      }
    }
    // A released component cannot have come in an unreleased version after changes it lists.
    if (entry.since === 'next') expect(entry.changes.every((change) => change.version === 'next')).toBe(true);
  });

  it('names every status in Swedish and English with what it promises', () => {
    for (const kind of Object.values(data.statuses)) {
      expect(kind.sv && kind.en && kind.description.sv && kind.description.en).toBeTruthy();
    }
  });
});

describe('status on the docs page', () => {
  it('finds the component a docs page documents from its id', () => {
    expect(componentOfDocsId('komponenter-button--docs')).toBe('Button');
    expect(componentOfDocsId('komponenter-errorsummary--docs')).toBe('ErrorSummary');
    expect(componentOfDocsId('kom-igång-bidra--docs')).toBeUndefined();
    expect(componentOfDocsId(undefined)).toBeUndefined();
  });

  it('shows the status in words, the version, and the changes with their changesets', () => {
    const top = renderToStaticMarkup(createElement(ComponentStatus, { component: 'Button' }));
    expect(top).toContain('Status: Stabil');
    expect(top).toContain('Finns sedan: nästa version (inte släppt än)');
    const changes = renderToStaticMarkup(createElement(ComponentChangelog, { component: 'Button' }));
    expect(changes).toContain('<h2 id="andringar">Ändringar</h2>');
    expect(changes).toContain('react-announce-router-links');
    expect(changes).toContain('<code>href</code>');
  });

  it('tells the author instead of crashing when a component has no entry', () => {
    expect(renderToStaticMarkup(createElement(ComponentStatus, { component: 'Nope' }))).toContain('Ingen status för');
    expect(renderToStaticMarkup(createElement(ComponentChangelog, { component: 'Nope' }))).toBe('');
  });
});

describe('feedback link', () => {
  it('goes to the Bidra page with the page name when no setting is given', () => {
    const target = feedbackTarget(undefined, 'Button (knapp)');
    expect(target.external).toBe(false);
    expect(target.href).toBe('./?path=%2Fdocs%2Fkom-ig%C3%A5ng-bidra--docs&sida=Button+%28knapp%29');
  });

  it('opens a new issue titled with the page name when `bugs` is an issue tracker', () => {
    const target = feedbackTarget({ url: 'https://tracker.example/team/designsystem/issues' }, 'Färg', 'grunder-färg--docs');
    expect(target.external).toBe(true);
    const url = new URL(target.href);
    expect(url.pathname).toBe('/team/designsystem/issues/new');
    expect(url.searchParams.get('title')).toBe('Återkoppling på dokumentationen: Färg');
    expect(url.searchParams.get('body')).toContain('grunder-färg--docs');
  });

  it('writes a mail with the page name as subject when `bugs` has only an e-mail address', () => {
    const target = feedbackTarget({ email: 'designsystem@example.org' }, 'Färg');
    expect(target.href.startsWith('mailto:designsystem@example.org?subject=')).toBe(true);
    expect(decodeURIComponent(target.href)).toContain('Återkoppling på dokumentationen: Färg');
  });

  it('never links to an unsafe address from the setting', () => {
    expect(feedbackTarget('javascript:alert(1)', 'X').href.startsWith('./?path=')).toBe(true);
  });

  it('says where it goes: a new window is announced', () => {
    const html = renderToStaticMarkup(createElement(FeedbackLink, { setting: 'https://tracker.example/issues', page: 'Färg' }));
    expect(html).toContain('Ge återkoppling på sidan');
    expect(html).toContain('target="_blank"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toContain('(öppnas i nytt fönster)');
  });
});
