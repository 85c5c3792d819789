import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parserFieldBehaviour } from '../../../test/parserField.js';
import { captureWarnings } from '../../../test/warnings.js';
import { personnummerMessages } from '../../personnummer/index.js';
import { PersonnummerField } from './PersonnummerField.js';
import * as stories from './PersonnummerField.stories.js';

const { Standard, ServerError, Required } = composeStories(stories);
const warnings = captureWarnings();
const referenceDate = '2026-01-15';

describe('PersonnummerField', () => {
  it('is a labelled text input with a numeric keyboard, no autocomplete and a format hint', () => {
    render(<Standard />);
    const input = screen.getByRole('textbox', { name: 'Personnummer' });
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAttribute('autocomplete', 'off');
    expect(input).toHaveAccessibleDescription('12 siffror, ÅÅÅÅMMDD-XXXX');
  });

  parserFieldBehaviour({
    Field: PersonnummerField,
    // A fixed "today" keeps century rules and future-date checks the same on every run.
    props: { referenceDate },
    stories: { Standard, Required, ServerError },
    messages: personnummerMessages,
    warnings,
    partial: '8112',
    errors: [
      ['8112189', 'invalid-format'],
      ['500229-2349', 'invalid-date'],
      ['811218-9875', 'invalid-checksum'],
      ['20301231-0003', 'future-date'],
    ],
    english: { label: 'Personal identity number', text: '500229-2349', code: 'invalid-date' },
    results: [['121212+1212', expect.objectContaining({ ok: true, normalized: '19121212-1212', birthDate: '1912-12-12' })]],
    fix: { text: '811218-987', fix: '6' },
    stillWrong: { text: '811218-9875', more: '1', code: 'invalid-checksum' },
    normalize: { text: '8112189876', shown: '19811218-9876', normalized: '19811218-9876' },
    serverError: { message: 'Det finns redan en ansökan', text: '811218-9875', code: 'invalid-checksum' },
  });
});
