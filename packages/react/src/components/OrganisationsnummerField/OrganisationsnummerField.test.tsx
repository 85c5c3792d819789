import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { parserFieldBehaviour, typeAndLeave } from '../../../test/parserField.js';
import { captureWarnings } from '../../../test/warnings.js';
import { organisationsnummerMessages } from '../../organisationsnummer/index.js';
import { OrganisationsnummerField } from './OrganisationsnummerField.js';
import * as stories from './OrganisationsnummerField.stories.js';

const { Standard, SoleTraders, ServerError, Required } = composeStories(stories);
const warnings = captureWarnings();
const referenceDate = '2026-01-15';

describe('OrganisationsnummerField', () => {
  it('is a labelled text input with a numeric keyboard and a format hint', () => {
    render(<Standard />);
    const input = screen.getByRole('textbox', { name: 'Organisationsnummer' });
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAttribute('autocomplete', 'off');
    expect(input).toHaveAccessibleDescription('10 siffror, NNNNNN-NNNN');
  });

  it('names sole traders in label and hint when personnummer are allowed', () => {
    render(<SoleTraders />);
    const input = screen.getByRole('textbox', { name: 'Organisationsnummer eller personnummer' });
    expect(input).toHaveAccessibleDescription(/enskild firma/);
  });

  it('passes a sole trader’s personnummer errors through when allowed', async () => {
    render(<SoleTraders />);
    const { input } = await typeAndLeave('500229-2349');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(organisationsnummerMessages['invalid-date'].sv));
  });

  it('accepts a personnummer only when allowed', async () => {
    const onValidate = vi.fn();
    render(<OrganisationsnummerField allowPersonnummer referenceDate={referenceDate} onValidate={onValidate} />);
    const { input } = await typeAndLeave('8112189876');
    expect(onValidate).toHaveBeenLastCalledWith(expect.objectContaining({ ok: true, kind: 'personnummer', normalized: '19811218-9876' }));
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  parserFieldBehaviour({
    Field: OrganisationsnummerField,
    stories: { Standard, Required, ServerError },
    messages: organisationsnummerMessages,
    warnings,
    partial: '2120',
    errors: [
      ['21200013', 'invalid-format'],
      ['811218-9876', 'personnummer-not-allowed'],
      ['212000-1356', 'invalid-checksum'],
    ],
    english: { label: 'Organisation number', text: '212000-1356', code: 'invalid-checksum' },
    results: [['16 212000 1355', { ok: true, kind: 'organisation', normalized: '212000-1355', group: 2 }]],
    fix: { text: '212000-135', fix: '5' },
    stillWrong: { text: '212000-1356', more: '1', code: 'invalid-checksum' },
    normalize: { text: '2120001355', shown: '212000-1355', normalized: '212000-1355' },
    serverError: { message: 'finns inte i registret', text: '212000-1356', code: 'invalid-checksum' },
  });
});
