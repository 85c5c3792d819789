import type { ReactNode } from 'react';
import { DocBlock } from '../DocBlock.js';

function Mark({ kind }: { kind: 'do' | 'dont' }) {
  return (
    <svg className="gbg-docs-dodont-mark" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      {kind === 'do' ? <path d="M4 12.5l5 5L20 6.5" /> : <path d="M6 6l12 12M18 6L6 18" />}
    </svg>
  );
}

/** One captioned example: what to do, or what not to do. */
function Example({ kind, caption, children }: { kind: 'do' | 'dont'; caption: ReactNode; children: ReactNode }) {
  return (
    <figure className={`gbg-docs-dodont-item gbg-docs-dodont-${kind}`}>
      <div className="gbg-docs-dodont-example">{children}</div>
      <figcaption>
        <Mark kind={kind} />
        <span>
          <strong>{kind === 'do' ? 'Gör så här' : 'Gör inte så här'}:</strong> {caption}
        </span>
      </figcaption>
    </figure>
  );
}

/** A right way. */
export function Do({ caption, children }: { caption: ReactNode; children: ReactNode }) {
  return <Example kind="do" caption={caption}>{children}</Example>;
}

/** A wrong way (the rule it breaks goes in the caption). */
export function Dont({ caption, children }: { caption: ReactNode; children: ReactNode }) {
  return <Example kind="dont" caption={caption}>{children}</Example>;
}

/** A do/don't pair side by side (stacked on narrow screens). Children: `<Do>` and `<Dont>`. */
export function DoDont({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <DocBlock label={label}>
      <div className="gbg-docs-dodont">{children}</div>
    </DocBlock>
  );
}
