'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { taskListStrings } from '../../i18n/sections.js';
import { cx } from '../../internal/cx.js';
import { useSafeId } from '../../internal/useSafeId.js';
import { warnOnce } from '../../internal/warn.js';
import { NavAnchor } from '../../navigation/NavAnchor.js';
import { useSectionStrings } from '../../provider/hooks.js';
import * as styles from './TaskList.css.js';

/** Where a task in a long application is. */
export type TaskStatus = 'completed' | 'not-started' | 'in-progress' | 'cannot-start' | 'error';

/** Heading levels a section of tasks can take. */
export type TaskListHeadingLevel = 2 | 3 | 4 | 5 | 6;

/** One task: a part of the application the person fills in on its own page. */
export interface TaskListTask {
  /**
   * The task's name, which is also the link text: what the person does ("Uppgifter om dig",
   * "Bifoga ritningar"). Plain text.
   * @sv Uppgiftens namn, som också är länktexten: vad personen gör. Vanlig text.
   */
  label: ReactNode;
  /**
   * The task's page. Without it, or when the task cannot be started yet, the name is plain text.
   * Only safe addresses are rendered; internal paths go through the app's router link.
   * @sv Uppgiftens sida. Utan den, eller när uppgiften inte kan påbörjas än, är namnet vanlig text.
   */
  href?: string;
  /**
   * Where the task is. Shown in words beside the task and read after its name.
   * @sv Var uppgiften är. Visas med ord bredvid uppgiften och läses efter namnet.
   */
  status: TaskStatus;
  /**
   * Own words for the status ("2 av 3 bilagor"). Keep the status that matches their meaning.
   * @sv Egna ord för statusen. Behåll den status som passar betydelsen.
   * @default the status's words from the dictionaries
   */
  statusText?: ReactNode;
  /**
   * A short hint under the name ("Du behöver ditt kontonummer"); read after the name.
   * @sv En kort ledtråd under namnet; läses efter namnet.
   */
  hint?: ReactNode;
  /**
   * A stable key and the `id` of the task's row.
   * @sv Stabil nyckel och radens `id`.
   */
  id?: string;
}

/** A group of tasks under a heading ("Om dig", "Om bygget"). */
export interface TaskListSection {
  /**
   * The section's heading.
   * @sv Avsnittets rubrik.
   */
  heading: ReactNode;
  /**
   * The tasks in this section, in the order they are best done.
   * @sv Uppgifterna i avsnittet, i den ordning de helst görs.
   */
  tasks: readonly TaskListTask[];
  /**
   * A stable key and the `id` of the section's heading.
   * @sv Stabil nyckel och rubrikens `id`.
   */
  id?: string;
}

interface TaskListBaseProps {
  /**
   * Level of the sections' headings (with `sections`).
   * @sv Rubriknivå för avsnitten (med `sections`).
   * @default 2
   */
  headingLevel?: TaskListHeadingLevel;
}

interface TaskListFlatProps extends TaskListBaseProps {
  /**
   * The tasks, as one list. Use `sections` instead to group them under headings.
   * @sv Uppgifterna som en lista. Använd `sections` för att gruppera dem under rubriker.
   */
  tasks: readonly TaskListTask[];
  /**
   * Not together with `tasks`.
   * @sv Inte tillsammans med `tasks`.
   */
  sections?: never;
}

interface TaskListGroupedProps extends TaskListBaseProps {
  /**
   * The tasks grouped in sections, each with a heading.
   * @sv Uppgifterna grupperade i avsnitt, vart och ett med en rubrik.
   */
  sections: readonly TaskListSection[];
  /**
   * Not together with `sections`.
   * @sv Inte tillsammans med `sections`.
   */
  tasks?: never;
}

export type TaskListOwnProps = TaskListFlatProps | TaskListGroupedProps;

export type TaskListProps = TaskListOwnProps &
  Omit<ComponentPropsWithoutRef<'div'>, keyof TaskListFlatProps | keyof TaskListGroupedProps | 'children'>;

const WORDS = {
  completed: 'completed',
  'not-started': 'notStarted',
  'in-progress': 'inProgress',
  'cannot-start': 'cannotStart',
  error: 'error',
} as const;

const LEVELS: readonly unknown[] = [2, 3, 4, 5, 6];

const present = (node: ReactNode) => node !== undefined && node !== null && node !== false && node !== '';

/**
 * The task list of a long application (the GOV.UK pattern): every part of the application as a
 * row with its name and its status in words ("Klar", "Inte påbörjad", "Pågår", "Kan inte
 * påbörjas än", "Fel"). A task that can be done is one real link stretched over its row, so
 * the whole row is one target and one tab stop; the status and hint are read after the name
 * (`aria-describedby`). Tasks may be grouped in sections with headings.
 *
 * Usage rule: for applications with many parts that can be done in any order and returned to;
 * a short form is one page. Mark a task "Kan inte påbörjas än" when it waits for another, and
 * say in the hint what it waits for.
 */
export const TaskList = forwardRef<HTMLDivElement, TaskListProps>(function TaskList(props, ref) {
  const { tasks, sections, headingLevel = 2, className, ...rest } = props;
  const strings = useSectionStrings(taskListStrings);
  const base = useSafeId(undefined, 'gbg-task-list');
  const grouped = Array.isArray(sections);
  const groups: readonly TaskListSection[] = grouped
    ? sections
    : Array.isArray(tasks)
      ? [{ heading: null, tasks }]
      : [];
  const levelOk = LEVELS.includes(headingLevel);

  if (process.env.NODE_ENV !== 'production') {
    if (grouped && tasks !== undefined) {
      warnOnce('TaskList', 'got both `tasks` and `sections`; the sections were shown. Put every task in a section, or pass only `tasks`.');
    }
    if (groups.every((group) => !Array.isArray(group?.tasks) || group.tasks.length === 0)) {
      warnOnce('TaskList', 'has no tasks; pass `tasks` (one list) or `sections` (tasks under headings).');
    }
    if (!levelOk) {
      warnOnce('TaskList', `\`headingLevel\` must be 2–6 (got ${String(headingLevel)}); h2 was rendered. Pick the level that fits the page's headings.`);
    }
  }
  const Heading = `h${levelOk ? headingLevel : 2}` as 'h2';

  const row = (task: TaskListTask, at: string) => {
    const known = Object.hasOwn(WORDS, task.status);
    const status: TaskStatus = known ? task.status : 'not-started';
    const rowId = task.id ?? `${base}-${at}`;
    const hintId = `${rowId}-hint`;
    const statusId = `${rowId}-status`;
    const canStart = status !== 'cannot-start';
    const linked = canStart && typeof task.href === 'string' && task.href !== '';
    if (process.env.NODE_ENV !== 'production') {
      if (!known) {
        warnOnce('TaskList', `a task's \`status\` must be "completed", "not-started", "in-progress", "cannot-start" or "error" (got ${JSON.stringify(task.status)}); "not-started" was shown.`);
      }
      if (!canStart && task.href) {
        warnOnce('TaskList', 'a task that cannot be started yet has an `href`; it is shown as text without a link. Give it the href once it can be started.');
      }
      if (!present(task.label)) {
        warnOnce('TaskList', 'has a task without a `label`; every task needs a name (it is the link text).');
      }
    }
    const describedBy = [present(task.hint) ? hintId : undefined, statusId].filter(Boolean).join(' ');
    return (
      <li key={task.id ?? at} id={task.id} className={styles.item} data-linked={linked ? '' : undefined}>
        <div className={styles.name}>
          {linked ? (
            <NavAnchor component="TaskList" className={styles.link} href={task.href} aria-describedby={describedBy}>
              {task.label}
            </NavAnchor>
          ) : (
            <span className={styles.text}>{task.label}</span>
          )}
          {present(task.hint) && (
            <div id={hintId} className={styles.hint}>
              {task.hint}
            </div>
          )}
        </div>
        <div id={statusId} className={styles.status} data-status={status}>
          {present(task.statusText) ? task.statusText : strings[WORDS[status]]}
        </div>
      </li>
    );
  };

  if (groups.length === 0) return null;
  return (
    <div ref={ref} className={cx(styles.root, className)} {...rest}>
      {groups.map((group, g) => {
        const headingId = group.id ?? `${base}-${g}-heading`;
        const named = grouped && present(group.heading);
        return (
          <div key={group.id ?? g} className={styles.section}>
            {named && (
              <Heading id={headingId} className={styles.heading}>
                {group.heading}
              </Heading>
            )}
            <ul className={styles.list} aria-labelledby={named ? headingId : undefined}>
              {(Array.isArray(group.tasks) ? group.tasks : []).map((task, t) => row(task, `${g}-${t}`))}
            </ul>
          </div>
        );
      })}
    </div>
  );
});
TaskList.displayName = 'TaskList';
