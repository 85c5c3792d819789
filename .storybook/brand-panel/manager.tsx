/**
 * The "Varumärke" panel: the brand findings (gbg-brand audit rules) for the story on screen,
 * sent by the preview after each render.
 */
import React, { useState } from 'react';
import { AddonPanel } from 'storybook/internal/components';
import { addons, types, useChannel, useStorybookState } from 'storybook/manager-api';
import { ADDON_ID, PANEL_ID, REQUEST, RESULT, type BrandResult } from './constants.js';

const RULE_SV: Record<string, string> = {
  'text-color': 'Textfärg',
  palette: 'Palett',
  contrast: 'Kontrast',
  'icon-color': 'Ikonfärg',
  logo: 'Logotyp',
};

function BrandPanel() {
  const { storyId } = useStorybookState();
  const [result, setResult] = useState<BrandResult | undefined>();
  const emit = useChannel({ [RESULT]: (r: BrandResult) => setResult(r) });
  const shown = result && result.storyId === storyId ? result : undefined;
  const errors = shown?.findings.filter((f) => f.severity === 'error').length ?? 0;
  const warnings = (shown?.findings.length ?? 0) - errors;
  return (
    <div style={{ padding: 12, fontSize: 13, lineHeight: 1.5 }} lang="sv">
      <p style={{ margin: '0 0 8px' }}>
        {!shown
          ? 'Väntar på att storyn ritas…'
          : shown.error
            ? `Kontrollen kunde inte köras: ${shown.error}`
            : shown.findings.length === 0
              ? `Inga fynd (${shown.theme === 'dark' ? 'mörkt' : 'ljust'} tema): text, färger, kontrast, ikoner och logotyp följer profilen.`
              : `${errors} fel och ${warnings} varningar (${shown.theme === 'dark' ? 'mörkt' : 'ljust'} tema).`}{' '}
        <button type="button" onClick={() => emit(REQUEST)}>
          Kontrollera igen
        </button>
      </p>
      {shown && shown.findings.length > 0 && (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={{ textAlign: 'start', paddingInlineEnd: 12 }}>Nivå</th>
              <th style={{ textAlign: 'start', paddingInlineEnd: 12 }}>Regel</th>
              <th style={{ textAlign: 'start', paddingInlineEnd: 12 }}>Element</th>
              <th style={{ textAlign: 'start' }}>Meddelande</th>
            </tr>
          </thead>
          <tbody>
            {shown.findings.map((f, i) => (
              <tr key={i} style={{ borderBlockStart: '1px solid currentColor', verticalAlign: 'top' }}>
                <td style={{ paddingInlineEnd: 12 }}>{f.severity === 'error' ? '✖ fel' : '⚠ varning'}</td>
                <td style={{ paddingInlineEnd: 12 }}>
                  {RULE_SV[f.rule] ?? f.rule} <code>{f.rule}</code>
                </td>
                <td style={{ paddingInlineEnd: 12 }}>
                  <code>{f.selector}</code>
                </td>
                <td>
                  {f.message}
                  {f.suggestion && !f.message.includes(f.suggestion) ? (
                    <>
                      {' '}
                      → <code>{f.suggestion}</code>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

addons.register(ADDON_ID, () => {
  addons.add(PANEL_ID, {
    type: types.PANEL,
    title: 'Varumärke',
    match: ({ viewMode }) => viewMode === 'story',
    render: ({ active }) => (
      <AddonPanel active={Boolean(active)}>
        <BrandPanel />
      </AddonPanel>
    ),
  });
});
