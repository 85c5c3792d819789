import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parserFieldBehaviour } from '../../../test/parserField.js';
import { captureWarnings } from '../../../test/warnings.js';
import { postalCodeMessages } from '../../postalcode/index.js';
import { PostalCodeField } from './PostalCodeField.js';
import * as stories from './PostalCodeField.stories.js';

const { Standard, ServerError, Required, WithDescription } = composeStories(stories);
const warnings = captureWarnings();

describe('PostalCodeField', () => {
  it('is a labelled text input with the digit keyboard that the browser can fill in', () => {
    render(<Standard />);
    const input = screen.getByRole('textbox', { name: 'Postnummer' });
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAttribute('autocomplete', 'postal-code');
    expect(input).not.toHaveAccessibleDescription();
  });

  it('takes a label and a hint of its own', () => {
    render(<WithDescription />);
    expect(screen.getByRole('textbox', { name: 'Postnummer till fastigheten' })).toHaveAccessibleDescription(/fakturan/);
  });

  parserFieldBehaviour({
    Field: PostalCodeField,
    stories: { Standard, Required, ServerError },
    messages: postalCodeMessages,
    warnings,
    partial: '413',
    errors: [
      ['4131', 'invalid-format'],
      ['01234', 'starts-with-zero'],
    ],
    english: { label: 'Postcode', text: '01234', code: 'starts-with-zero' },
    results: [['41319', { ok: true, normalized: '413 19' }]],
    fix: { text: '4131', fix: '9' },
    stillWrong: { text: '01234', more: '5', code: 'starts-with-zero' },
    normalize: { text: '41319', shown: '413 19', normalized: '413 19' },
    serverError: { message: 'Postnumret finns inte', text: '4131', code: 'invalid-format' },
  });
});
