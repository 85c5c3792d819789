import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { GbgProvider } from '../../provider/index.js';
import { SenderText } from './SenderText.js';
import * as stories from './SenderText.stories.js';

const { Company, Unit, CompanyEnglish, UnitEnglish, WithLogo } = composeStories(stories);

const warnings = captureWarnings();

describe('SenderText', () => {
  it('gives the short guarantee text of a wholly owned company', () => {
    render(<Company />);
    expect(screen.getByRole('paragraph')).toHaveTextContent(/^En del av Göteborgs Stad$/);
  });

  it('names a unit with a special profile', () => {
    render(<Unit />);
    expect(screen.getByRole('paragraph')).toHaveTextContent(/^Göteborgs konserthus är en del av Göteborgs Stad$/);
  });

  it('has the brand English texts and marks their language on a Swedish page', () => {
    render(<CompanyEnglish />);
    const company = screen.getByText('A municipal company, City of Gothenburg');
    expect(company).toHaveAttribute('lang', 'en');
    render(<UnitEnglish />);
    expect(screen.getByText('Gothenburg Concert Hall is part of the City of Gothenburg')).toBeInTheDocument();
  });

  it('follows the provider locale', () => {
    render(
      <GbgProvider locale="en">
        <SenderText />
      </GbgProvider>,
    );
    const text = screen.getByText('A municipal company, City of Gothenburg');
    expect(text).not.toHaveAttribute('lang');
  });

  it('sits next to the logo', () => {
    render(<WithLogo />);
    expect(screen.getByRole('img', { name: 'Göteborgs Stad' })).toBeInTheDocument();
    expect(screen.getByText(/är en del av Göteborgs Stad/)).toBeInTheDocument();
  });

  it('warns about an empty unit and falls back to the company text', () => {
    const warn = warnings.spy;
    render(<SenderText unit="  " />);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[gbg\] SenderText: unit is empty/));
    expect(screen.getByText('En del av Göteborgs Stad')).toBeInTheDocument();
  });

  it('renders the element asked for, forwards the ref and merges className', () => {
    const ref = createRef<HTMLElement>();
    render(<SenderText ref={ref} as="span" className="mine" />);
    expect(ref.current?.tagName).toBe('SPAN');
    expect(ref.current).toHaveClass('mine', 'gbg-sender-text');
  });
});
