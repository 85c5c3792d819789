import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectPageStructure, headingLevels, expectRightToLeftPage } from './__fixtures__/pageStructure.js';
import * as stories from './ReceiptPage.stories.js';

const { Kvittens, KvittensHogerTillVanster } = composeStories(stories);

describe('Mönster/Mallar/Kvittens', () => {
  it('has the quiet service frame', () => {
    render(<Kvittens />);
    expectPageStructure(['Språk']);
  });

  it('states the case number in the first paragraph and what happens next as numbered steps', () => {
    render(<Kvittens />);
    expect(screen.getByText('PT-2026-04821').tagName).toBe('STRONG');
    const next = screen.getByRole('heading', { level: 2, name: 'Det här händer nu' });
    const list = next.parentElement!.querySelector('ol');
    expect(list).not.toBeNull();
    expect(list!.querySelectorAll('li')).toHaveLength(4);
    expect(screen.queryByRole('link', { name: /Tillbaka/ })).toBeNull();
  });

  it('right to left: the same landmarks with English names, Arabic content in the rtl subtree', () => {
    expectRightToLeftPage(KvittensHogerTillVanster, ['Language']);
  });
});
