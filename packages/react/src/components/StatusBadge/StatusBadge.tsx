'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { ClockIcon, LockIcon, SendIcon, SuccessIcon, WarningIcon } from '@goteborgsstad/icons';
import { statusBadgeStrings } from '../../i18n/sections.js';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { useSectionStrings } from '../../provider/hooks.js';
import * as styles from './StatusBadge.css.js';

/** Where a case (ärende) is: the steps people meet in the city's e-services. */
export type CaseStatus = 'submitted' | 'in-progress' | 'action-needed' | 'decided' | 'closed';

interface StatusBadgeOwnProps {
  /**
   * Where the case is. Each status has its own icon, background and default words
   * ("Inskickad", "Under handläggning", "Komplettering behövs", "Beslut fattat", "Avslutad"), so
   * the meaning never rests on colour alone.
   * @sv Var ärendet är. Varje status har egen ikon, bakgrund och egna ord, så betydelsen aldrig bara visas med färg.
   */
  status: CaseStatus;
  /**
   * Words for the status when the service uses its own ("Beviljad", "Avslag"). Keep them short
   * and keep the status that matches their meaning.
   * @sv Egna ord för statusen när tjänsten har egna ("Beviljad"). Korta, och med den status som passar betydelsen.
   * @default the status's words from the dictionaries
   */
  children?: ReactNode;
}

export type StatusBadgeProps = StatusBadgeOwnProps &
  Omit<ComponentPropsWithoutRef<'span'>, keyof StatusBadgeOwnProps>;

const ICONS = {
  submitted: SendIcon,
  'in-progress': ClockIcon,
  'action-needed': WarningIcon,
  decided: SuccessIcon,
  closed: LockIcon,
} as const;

const WORDS = {
  submitted: 'submitted',
  'in-progress': 'inProgress',
  'action-needed': 'actionNeeded',
  decided: 'decided',
  closed: 'closed',
} as const;

/**
 * The status of a case in words with an icon: "Under handläggning". For lists of a person's
 * cases ("Mina ärenden") and the head of a case page.
 *
 * Accessibility choice: plain text, no role or live region — the words carry the meaning and
 * the icon is hidden from assistive technology. If a status changes while the page is open,
 * say so with `useAnnounce` or an Alert.
 *
 * Usage rule: one badge per case, beside what it is about; for categories use Tag.
 */
export const StatusBadge = forwardRef<HTMLSpanElement, StatusBadgeProps>(function StatusBadge(
  { status, children, className, ...rest },
  ref,
) {
  const strings = useSectionStrings(statusBadgeStrings);
  const known = Object.hasOwn(ICONS, status);
  const safe: CaseStatus = known ? status : 'submitted';
  const own = children != null && children !== false && children !== '';

  if (process.env.NODE_ENV !== 'production' && !known) {
    warnOnce(
      'StatusBadge',
      `\`status\` must be "submitted", "in-progress", "action-needed", "decided" or "closed" (got ${JSON.stringify(status)}); "submitted" was shown. Pick the status nearest the case's state and put your own words in children.`,
    );
  }

  const Icon = ICONS[safe];
  return (
    <span ref={ref} className={cx(styles.root, className)} data-status={safe} {...rest}>
      <Icon className={styles.icon} />
      <span className={styles.text}>{own ? children : strings[WORDS[safe]]}</span>
    </span>
  );
});
StatusBadge.displayName = 'StatusBadge';
