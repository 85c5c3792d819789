import { useEffect, useState } from 'react';
import { DocBlock, ScrollRegion, TokenDescription } from './DocBlock.js';
import { cssVarRef, formatValue, leafOf, pathOf, tokenAt, tokensUnder } from './tokenData.js';

/** True when the reader asked the system for less motion (read after mount: SSR-safe). */
function usePrefersReducedMotion(): boolean {
  const [reduced, setReduced] = useState(false);
  useEffect(() => {
    if (typeof window === 'undefined' || !window.matchMedia) return;
    const query = window.matchMedia('(prefers-reduced-motion: reduce)');
    setReduced(query.matches);
    const onChange = () => setReduced(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return reduced;
}

const durationNotes: Record<string, string> = {
  instant: 'Ingen märkbar rörelse. Används också när användaren bett om mindre rörelse.',
  fast: 'Små tillståndsbyten: hovring, tryck, fokus.',
  base: 'Det mesta: fälla ut, visa och dölja.',
  slow: 'Stora förflyttningar: dialoger och paneler som glider in.',
};

const easingNotes: Record<string, string> = {
  standard: 'Något som rör sig från en plats till en annan på skärmen.',
  enter: 'Något som kommer in (bromsar in mot slutet).',
  exit: 'Något som försvinner (tar fart mot slutet).',
};

/**
 * Durations and easings from the tokens, with a demo: each bar fills using its own duration
 * (and the standard easing) or its own easing (and the base duration).
 */
export function MotionTokens() {
  const [playing, setPlaying] = useState(false);
  const reduced = usePrefersReducedMotion();
  const standard = tokenAt('motion.easing.standard');
  const base = tokenAt('motion.duration.base');

  const rows = [
    ...tokensUnder('motion.duration').map((token) => ({
      token,
      kind: 'Varaktighet',
      note: durationNotes[leafOf(token)],
      style: {
        transitionDuration: cssVarRef(token),
        transitionTimingFunction: standard ? cssVarRef(standard) : undefined,
      },
    })),
    ...tokensUnder('motion.easing').map((token) => ({
      token,
      kind: 'Kurva',
      note: easingNotes[leafOf(token)],
      style: {
        transitionDuration: base ? cssVarRef(base) : undefined,
        transitionTimingFunction: cssVarRef(token),
      },
    })),
  ];

  return (
    <DocBlock>
      <p>
        <button
          type="button"
          className="gbg-docs-button"
          aria-pressed={playing}
          onClick={() => setPlaying((p) => !p)}
        >
          {playing ? 'Återställ exemplen' : 'Spela upp exemplen'}
        </button>
      </p>
      {reduced && (
        <p role="note">
          Din dator är inställd på minskad rörelse, så exemplen hoppar direkt till slutläget — precis
          som komponenterna gör.
        </p>
      )}
      <ScrollRegion labelledBy="gbg-docs-motion">
        <table className="gbg-docs-table">
          <caption id="gbg-docs-motion">Varaktigheter och kurvor</caption>
          <thead>
            <tr>
              <th scope="col">Token</th>
              <th scope="col">Typ</th>
              <th scope="col">Värde</th>
              <th scope="col">Används till</th>
              <th scope="col">Exempel</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ token, kind, note, style }) => (
              <tr key={pathOf(token)}>
                <th scope="row">
                  <code>{token.cssVar}</code>
                </th>
                <td>{kind}</td>
                <td>
                  <code>{formatValue(token.value)}</code>
                </td>
                <td>{note ?? <TokenDescription text={token.description} />}</td>
                <td style={{ minInlineSize: '10rem' }}>
                  <span className="gbg-docs-motion-track" aria-hidden="true">
                    <span
                      className="gbg-docs-motion-fill"
                      data-playing={playing ? '' : undefined}
                      style={style}
                    />
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </DocBlock>
  );
}
