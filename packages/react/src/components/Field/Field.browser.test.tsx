// The field error's icon is painted by the stylesheet (a mask of the icon set's `error` drawing
// on the message's ::before), not by an icon element, so no field carries the icon factory in its
// JavaScript. Chromium computes what jsdom cannot: the mask, its size and its colour.
import '@goteborgsstad/tokens/tokens.css';
import { describe, expect, it } from 'vitest';
import { mount } from '../../../test/browserMount.js';
import { vars } from '../../theme/contract.css.js';
import { GbgProvider } from '../../provider/index.js';
import { Field } from './Field.js';

describe('Field error icon', () => {
  it('is the stylesheet’s mask in the danger icon colour, 24 px', async () => {
    const container = await mount(
      <GbgProvider>
        <Field label="Kommun" error="Skriv namnet på din kommun.">
          {(control) => <input {...control} />}
        </Field>
      </GbgProvider>,
    );
    const error = container.querySelector('.gbg-field-error')!;
    expect(error.querySelector('svg')).toBeNull();
    const icon = getComputedStyle(error, '::before');
    expect(icon.maskImage).toContain('data:image/svg+xml');
    expect(icon.width).toBe('24px');
    expect(icon.height).toBe('24px');
    // Inside the provider the tokens resolve: the icon takes the danger icon token's colour.
    const inProvider = container.firstElementChild as HTMLElement;
    const probe = inProvider.appendChild(document.createElement('span'));
    probe.style.color = vars.color.status.danger.icon;
    expect(icon.backgroundColor).toBe(getComputedStyle(probe).color);
    expect(icon.backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    probe.remove();
  });
});
