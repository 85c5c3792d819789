import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parserFieldBehaviour } from '../../../test/parserField.js';
import { captureWarnings } from '../../../test/warnings.js';
import { phoneNumberMessages } from '../../phone/index.js';
import { PhoneField } from './PhoneField.js';
import * as stories from './PhoneField.stories.js';

const { Standard, Mobile, ServerError, Required } = composeStories(stories);
const warnings = captureWarnings();

describe('PhoneField', () => {
  it('is a labelled tel input the browser can fill in, with a hint', () => {
    render(<Standard />);
    const input = screen.getByRole('textbox', { name: 'Telefonnummer' });
    expect(input).toHaveAttribute('type', 'tel');
    expect(input).toHaveAttribute('autocomplete', 'tel');
    expect(input).toHaveAttribute('name', 'telefon');
    expect(input).toHaveAccessibleDescription(/riktnummer/);
  });

  it('takes another autocomplete token', () => {
    render(<Mobile />);
    expect(screen.getByRole('textbox', { name: 'Mobilnummer' })).toHaveAttribute('autocomplete', 'mobile tel');
  });

  parserFieldBehaviour({
    Field: PhoneField,
    stories: { Standard, Required, ServerError },
    messages: phoneNumberMessages,
    warnings,
    partial: '365',
    errors: [
      ['365 00 00', 'missing-prefix'],
      ['031-365 0', 'too-short'],
      ['031-365 00 000', 'too-long'],
      ['031-365 00 00 ank 12', 'invalid-characters'],
    ],
    english: { label: 'Phone number', text: '365 00 00', code: 'missing-prefix' },
    // E.164 on the way out, for Swedish and foreign numbers.
    results: [
      ['031-365 00 00', { ok: true, normalized: '+46313650000', isSwedish: true, formatted: '031-365 00 00' }],
      ['0047 22 12 34 56', expect.objectContaining({ ok: true, normalized: '+4722123456', isSwedish: false })],
    ],
    fix: { text: '031-365 0', fix: '0' },
    stillWrong: { text: '365 00 00', more: '0', code: 'missing-prefix' },
    // Shown as Swedes read it; handed out in E.164.
    normalize: { text: '0046313650000', shown: '031-365 00 00', normalized: '+46313650000' },
    serverError: { message: 'Vi kunde inte skicka sms', text: '365', code: 'missing-prefix' },
  });
});
