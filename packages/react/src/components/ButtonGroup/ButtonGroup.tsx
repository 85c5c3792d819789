import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { cx } from '../../internal/cx.js';
import { buttonGroup } from './ButtonGroup.css.js';

export interface ButtonGroupProps extends ComponentPropsWithoutRef<'div'> {
  /**
   * Where the buttons sit on the line. In forms, put the primary action first (`start`);
   * `end` suits dialogs. Follows the text direction (start is on the right in Arabic).
   * @default 'start'
   * @sv Var knapparna står på raden. I formulär står den primära handlingen först (`start`); `end`
   * passar i dialogrutor. Följer läsriktningen.
   */
  align?: 'start' | 'center' | 'end';
  /**
   * `auto` stacks the buttons full-width on narrow screens (below the `sm` breakpoint),
   * `always` stacks them everywhere, `never` keeps them on a wrapping line.
   * @default 'auto'
   * @sv `auto` lägger knapparna under varandra i full bredd på smala skärmar (under brytpunkten
   * `sm`), `always` gör det alltid, `never` håller dem på en rad som bryts.
   */
  stack?: 'auto' | 'always' | 'never';
  /**
   * Name of the group for screen readers, when the buttons belong to something specific
   * ("Åtgärder för ansökan"). Not needed for the buttons at the end of a form.
   * @sv Gruppens namn för skärmläsare när knapparna hör till något särskilt ("Åtgärder för
   * ansökan"). Behövs inte för knapparna sist i ett formulär.
   */
  'aria-label'?: string;
}

/**
 * Groups related buttons with even spacing (`role="group"`). One primary button per group,
 * placed first; keep the group to two or three actions.
 */
export const ButtonGroup = forwardRef<HTMLDivElement, ButtonGroupProps>(function ButtonGroup(
  { align = 'start', stack = 'auto', className, role = 'group', ...rest },
  ref,
) {
  return <div ref={ref} role={role} className={cx(buttonGroup, className)} data-align={align} data-stack={stack} {...rest} />;
});
ButtonGroup.displayName = 'ButtonGroup';
