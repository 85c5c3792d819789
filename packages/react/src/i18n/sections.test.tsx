import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GbgProvider } from '../provider/GbgProvider.js';
import { useSectionStrings } from '../provider/hooks.js';
import { en, sv } from './index.js';
import * as sections from './sections.js';

function CloseLabel() {
  const t = useSectionStrings(sections.commonStrings);
  return <span>{t.close}</span>;
}

describe('string sections', () => {
  it('has one section per dictionary key, holding that key of each locale', () => {
    type AnySection = { key: keyof typeof sv; sv: unknown; en: unknown };
    const bySection = (Object.values(sections) as unknown[]).filter(
      (v): v is AnySection => typeof v === 'object' && v !== null && 'key' in v,
    );
    expect(bySection.map((s) => s.key).sort()).toEqual(Object.keys(sv).sort());
    for (const section of bySection) {
      expect(section.sv).toBe(sv[section.key]);
      expect(section.en).toBe(en[section.key]);
    }
  });

  it('reads the Swedish section without a provider', () => {
    render(<CloseLabel />);
    expect(screen.getByText('Stäng')).toBeInTheDocument();
  });

  it('follows the provider locale and applies nested overrides of the same locale', () => {
    render(
      <GbgProvider locale="en">
        <CloseLabel />
        <GbgProvider strings={{ common: { close: 'Close window' } }}>
          <CloseLabel />
        </GbgProvider>
      </GbgProvider>,
    );
    expect(screen.getByText('Close')).toBeInTheDocument();
    expect(screen.getByText('Close window')).toBeInTheDocument();
  });

  it('drops overrides written for another locale', () => {
    render(
      <GbgProvider strings={{ common: { close: 'Stäng rutan' } }}>
        <GbgProvider locale="en">
          <CloseLabel />
        </GbgProvider>
      </GbgProvider>,
    );
    expect(screen.getByText('Close')).toBeInTheDocument();
  });
});
