// The checks of stories.browser.test.tsx catch what they claim to catch: each one on a small
// hand-made bad fixture (must report it) and its corrected twin (must pass).
import { afterEach, describe, expect, it } from 'vitest';
import { findCoveredTargets, findInvalidStateGaps, findTextThatDoesNotGrow } from './checks.js';

let host: HTMLElement;
function fixture(html: string): HTMLElement {
  host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host;
}
afterEach(() => host?.remove());

describe('findInvalidStateGaps', () => {
  it('reports a shown error whose control is not aria-invalid, and passes the fixed control', () => {
    const bad = fixture('<input aria-describedby="e1"><p id="e1" class="gbg-field-error">Fyll i namn</p>');
    expect(findInvalidStateGaps(bad)).toEqual([expect.stringContaining('lacks aria-invalid="true"')]);
    bad.querySelector('input')!.setAttribute('aria-invalid', 'true');
    expect(findInvalidStateGaps(bad)).toEqual([]);
  });

  it('reports a fieldset error when neither the group nor its inputs are invalid', () => {
    const bad = fixture(
      '<fieldset aria-describedby="g-err"><legend>Val</legend><input type="radio" name="r"><input type="radio" name="r"><div id="g-err"><p class="gbg-field-error">Välj ett</p></div></fieldset>',
    );
    expect(findInvalidStateGaps(bad)).toEqual([expect.stringContaining('its group <fieldset>')]);
    for (const input of bad.querySelectorAll('input')) input.setAttribute('aria-invalid', 'true');
    expect(findInvalidStateGaps(bad)).toEqual([]);
  });

  it('reports an error that no control refers to, and ignores a hidden one', () => {
    const bad = fixture('<input><p class="gbg-field-error">Fel</p><p class="gbg-field-error" hidden>Dolt</p>');
    expect(findInvalidStateGaps(bad)).toEqual([expect.stringContaining('no control or group refers to it')]);
  });

  it('treats an over-limit counter as a shown error', () => {
    const bad = fixture('<textarea aria-describedby="c"></textarea><span id="c"><span class="gbg-textarea-counter-over">3 tecken för mycket</span></span>');
    expect(findInvalidStateGaps(bad)).toHaveLength(1);
  });
});

describe('findCoveredTargets', () => {
  it('reports a link that appears on focus over another link, and passes one that pushes it down', async () => {
    const bad = fixture(
      '<style>.skip:not(:focus){position:absolute;clip-path:inset(50%);width:1px;height:1px;overflow:hidden}.skip:focus{position:absolute;top:0;left:0;padding:12px;background:#fff}</style>' +
        '<div style="position:relative"><a class="skip" href="#m">Hoppa till innehållet</a><nav style="padding-top:8px"><a href="#a">Förskola</a></nav></div>',
    );
    expect(await findCoveredTargets(bad)).toEqual([expect.stringMatching(/focused <a.skip> .* covers <a> "Förskola"/)]);
    (bad.querySelector('style') as HTMLStyleElement).textContent = '.skip:not(:focus){position:absolute;clip-path:inset(50%);width:1px;height:1px;overflow:hidden}.skip:focus{display:block;padding:12px}';
    expect(await findCoveredTargets(bad)).toEqual([]);
  });

  it('does not compare a control with the label or element it sits in', async () => {
    const ok = fixture('<label><input type="checkbox"> Jag godkänner</label><button type="button"><span tabindex="0">inre</span></button>');
    expect(await findCoveredTargets(ok)).toEqual([]);
  });
});

describe('findTextThatDoesNotGrow', () => {
  it('reports text sized in px and SVG text, and passes text sized in rem', async () => {
    const bad = fixture(
      '<p style="font-size:16px">Fast storlek</p><svg width="200" height="40" viewBox="0 0 200 40"><text x="0" y="30" font-size="20">Ordbild</text></svg><p style="font-size:1rem">Växer</p><input style="font-size:14px" value="x">',
    );
    const { problems } = await findTextThatDoesNotGrow(bad);
    expect(problems).toEqual([
      expect.stringContaining('"Fast storlek"'),
      expect.stringContaining('"Ordbild"'),
      expect.stringContaining('font of <input>'),
    ]);
    expect(document.documentElement.style.fontSize, 'root font size restored').toBe('');
  });
});
