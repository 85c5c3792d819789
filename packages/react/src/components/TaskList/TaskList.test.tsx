import { composeStories } from '@storybook/react-vite';
import preview from '../../../../../.storybook/preview.js';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { TaskList } from './TaskList.js';
import * as stories from './TaskList.stories.js';

const s = composeStories(stories);
const { English } = composeStories(stories, preview);
const warnings = captureWarnings();

describe('TaskList', () => {
  it('groups tasks in lists named by their section headings', () => {
    render(<s.Standard />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Om dig', 'Om bygget', 'Skicka in']);
    const about = screen.getByRole('list', { name: 'Om bygget' });
    expect(within(about).getAllByRole('listitem')).toHaveLength(3);
  });

  it('makes each task that can be started one link, described by its hint and status in words', () => {
    render(<s.Standard />);
    const link = screen.getByRole('link', { name: 'Bifoga ritningar' });
    expect(link).toHaveAttribute('href', '/bygglov/ritningar');
    expect(link).toHaveAccessibleDescription('Fasad-, plan- och sektionsritningar som pdf. Inte påbörjad');
    expect(screen.getByRole('link', { name: 'Dina kontaktuppgifter' })).toHaveAccessibleDescription('Klar');
    expect(screen.getByRole('link', { name: 'Beskriv vad du vill bygga' })).toHaveAccessibleDescription('Pågår');
    expect(screen.getByRole('link', { name: 'Kontrollansvarig' })).toHaveAccessibleDescription('Certifieringsnumret saknas. Fel');
    expect(within(link.closest('li')!).getAllByRole('link')).toHaveLength(1);
  });

  it('shows a task that cannot be started yet as text without a link, with its status', () => {
    render(<s.Standard />);
    expect(screen.queryByRole('link', { name: 'Granska och skicka' })).toBeNull();
    const row = screen.getByText('Granska och skicka').closest('li')!;
    expect(row).toHaveTextContent('Kan inte påbörjas än');
    expect(row).not.toHaveAttribute('data-linked');
  });

  it('moves through the tasks with Tab, one stop per task', async () => {
    const user = userEvent.setup();
    render(<s.Standard />);
    const names = [];
    for (let i = 0; i < 5; i += 1) {
      await user.tab();
      names.push(document.activeElement?.firstChild?.textContent);
    }
    expect(names).toEqual(['Dina kontaktuppgifter', 'Fastigheten', 'Beskriv vad du vill bygga', 'Bifoga ritningar', 'Kontrollansvarig']);
    await user.tab();
    expect(document.activeElement).toBe(document.body);
  });

  it('renders one list without headings from `tasks`, with own status words', () => {
    render(<s.WithoutSections />);
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getAllByRole('list')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Vårdnadshavare' })).toHaveAccessibleDescription('1 av 2 klar');
  });

  it('says the statuses in English', () => {
    render(<English />);
    expect(screen.getByRole('link', { name: 'Your contact details' })).toHaveAccessibleDescription('Completed');
    expect(screen.getByRole('link', { name: 'Attach drawings' })).toHaveAccessibleDescription('Facade, floor and section drawings as PDF. Not yet started');
    expect(screen.getByText('Check and send').closest('li')).toHaveTextContent('Cannot start yet');
  });

  it('never renders an unsafe href', () => {
    render(<TaskList tasks={[{ label: 'Uppgift', href: 'javascript:alert(1)', status: 'not-started' }]} />);
    const anchor = screen.getByText('Uppgift').closest('a');
    expect(anchor?.getAttribute('href') ?? null).toBeNull();
    expect(warnings.messages().join('\n')).toMatch(/TaskList/);
  });

  it('warns about an unknown status, an href on a task that cannot start, a bad level and no tasks', () => {
    const { rerender } = render(
      <TaskList
        // @ts-expect-error -- level 1 is the page title
        headingLevel={1}
        sections={[{ heading: 'Om dig', tasks: [
          // @ts-expect-error -- not a task status
          { label: 'A', href: '/a', status: 'done' },
          { label: 'B', href: '/b', status: 'cannot-start' },
        ] }]}
      />,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Om dig');
    expect(screen.getByRole('link', { name: 'A' })).toHaveAccessibleDescription('Inte påbörjad');
    expect(screen.queryByRole('link', { name: 'B' })).toBeNull();
    rerender(<TaskList tasks={[]} />);
    const text = warnings.messages().join('\n');
    expect(text).toMatch(/TaskList.*`status` must be/);
    expect(text).toMatch(/TaskList.*cannot be started yet has an `href`/);
    expect(text).toMatch(/TaskList.*headingLevel.*2–6/);
    expect(text).toMatch(/TaskList.*has no tasks/);
  });

  it('passes className, style, other attributes and the ref to the root', () => {
    let node: HTMLDivElement | null = null;
    render(
      <TaskList ref={(el) => { node = el; }} className="egen" style={{ maxWidth: 10 }} data-testid="tl" tasks={[{ label: 'A', status: 'completed' }]} />,
    );
    const root = screen.getByTestId('tl');
    expect(node).toBe(root);
    expect(root).toHaveClass('gbg-task-list', 'egen');
    expect(root.style.maxWidth).toBe('10px');
  });
});
