import type { ReactNode } from 'react';
import '@goteborgsstad/tokens/tokens.css';
import './blocks.css';
import { formatRatio, levelLabel, type ContrastLevel } from './tokenData.js';

/**
 * Root of every doc block: opts out of Storybook's docs styles (`sb-unstyled`) and paints its
 * own surface, so black or white text always sits on a surface of the active theme.
 */
export function DocBlock({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <div className="gbg-docs-block sb-unstyled" aria-label={label} role={label ? 'group' : undefined}>
      {children}
    </div>
  );
}

/**
 * A horizontally scrollable table holder. Focusable (keyboard users must be able to scroll it)
 * and named by the table's caption.
 */
export function ScrollRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="gbg-docs-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}

const iconPaths: Record<'pass' | 'partial' | 'fail', ReactNode> = {
  // Check mark.
  pass: <path d="M4 12.5l5 5L20 6.5" />,
  // A half-filled circle: passes only for large text and graphics.
  partial: (
    <>
      <circle cx="12" cy="12" r="8" />
      <path d="M12 4v16" />
    </>
  ),
  // Cross.
  fail: <path d="M6 6l12 12M18 6L6 18" />,
};

function VerdictIcon({ kind }: { kind: 'pass' | 'partial' | 'fail' }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {iconPaths[kind]}
    </svg>
  );
}

/** Godkänd/Underkänd for a checked pair: icon + word + ratio. */
export function PassFail({ pass, ratio }: { pass: boolean; ratio: number }) {
  return (
    <span className="gbg-docs-verdict">
      <VerdictIcon kind={pass ? 'pass' : 'fail'} />
      <span>
        {pass ? 'Godkänd' : 'Underkänd'}, {formatRatio(ratio)}
      </span>
    </span>
  );
}

/** Icon + words for a contrast verdict; the words carry the meaning, the icon repeats it. */
export function Verdict({ level, ratio }: { level: ContrastLevel; ratio?: number }) {
  const kind = level === 'fail' ? 'fail' : level === 'AA-large' ? 'partial' : 'pass';
  return (
    <span className="gbg-docs-stack">
      <span className="gbg-docs-verdict">
        <VerdictIcon kind={kind} />
        <span>{levelLabel[level]}</span>
      </span>
      {ratio !== undefined && <span className="gbg-docs-ratio">{formatRatio(ratio)}</span>}
    </span>
  );
}

/** A small colour sample. Decorative: the name and value are always written next to it. */
export function Chip({ color }: { color: string }) {
  return <span className="gbg-docs-chip" style={{ background: color }} aria-hidden="true" />;
}

/** A token's `$description`: written in English in the token source, so marked as such. */
export function TokenDescription({ text }: { text: string | undefined }) {
  return text ? <span lang="en">{text}</span> : <>–</>;
}
