import { composeStories } from '@storybook/react-vite';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import preview from '../../../../.storybook/preview.js';
import { pickDemoText, type DemoTexts } from '../storybook/demoLanguage.js';
import { expectPageStructure } from './__fixtures__/pageStructure.js';
import { fieldIds, validateStep } from './__fixtures__/buildingPermitFlow.js';
import * as stories from './BuildingPermit.stories.js';

const { AnsokOmBygglov } = composeStories(stories, preview);

const sv = (text: DemoTexts) => pickDemoText(text, 'sv');
const empty = { district: null, property: '', start: { year: '', month: '', day: '' }, files: [] };
const TODAY = '2026-11-30';

describe('Mönster/Flöden/Ansök om bygglov: step rules', () => {
  it('step 1 asks for the stadsdel and a fastighetsbeteckning written as area block:unit', () => {
    expect(validateStep(1, empty, TODAY, sv, 'sv').map((error) => error.id)).toEqual([fieldIds.district, fieldIds.property]);
    const wrong = validateStep(1, { ...empty, district: 'majorna', property: 'Majorna 12' }, TODAY, sv, 'sv');
    expect(wrong).toEqual([{ id: fieldIds.property, message: expect.stringContaining('område, block och enhet') }]);
    for (const property of ['Majorna 12:3', 'Västra Frölunda 1:105', ' Tuve 4:12 ']) {
      expect(validateStep(1, { ...empty, district: 'majorna', property }, TODAY, sv, 'sv')).toEqual([]);
    }
  });

  it('step 2 wants a real date after the fixed demo day and links to the first wrong part', () => {
    const at = (year: string, month: string, day: string) => validateStep(2, { ...empty, start: { year, month, day } }, TODAY, sv, 'sv');
    expect(at('', '', '')).toEqual([{ id: `${fieldIds.start}-year`, message: 'Ange när du vill börja bygga.' }]);
    expect(at('2026', '11', '30')).toEqual([{ id: `${fieldIds.start}-year`, message: 'Byggstarten måste vara efter i dag, 30 november 2026.' }]);
    expect(at('2027', '2', '30')[0]!.id).toBe(`${fieldIds.start}-day`);
    expect(at('2027', '13', '1')[0]!.id).toBe(`${fieldIds.start}-month`);
    expect(at('2026', '12', '1')).toEqual([]);
    // English comes from the date messages; Arabic has its own words, never Swedish.
    expect(validateStep(2, { ...empty, start: { year: '2027', month: '13', day: '1' } }, TODAY, (text: DemoTexts) => pickDemoText(text, 'en'), 'en')[0]!.message).toBe(
      'The month must be a number from 1 to 12.',
    );
    expect(validateStep(2, { ...empty, start: { year: '2027', month: '13', day: '1' } }, TODAY, (text: DemoTexts) => pickDemoText(text, 'ar'), 'ar')[0]!.message).toMatch(/[\u0600-\u06ff]/);
  });

  it('step 3 wants at least one drawing, and every upload finished', () => {
    const file = { id: 'a', name: 'plan.pdf', size: 10 };
    expect(validateStep(3, empty, TODAY, sv, 'sv')).toEqual([{ id: fieldIds.drawings, message: 'Välj minst en ritning som PDF.' }]);
    expect(validateStep(3, { ...empty, files: [{ ...file, status: 'uploading', progress: 50 }] }, TODAY, sv, 'sv')[0]!.message).toBe(
      'Vänta tills ritningarna är uppladdade.',
    );
    expect(validateStep(3, { ...empty, files: [{ ...file, status: 'done' }] }, TODAY, sv, 'sv')).toEqual([]);
  });
});

describe('Mönster/Flöden/Ansök om bygglov: the story', () => {
  it('opens on step 1 in the quiet e-service frame, with nothing focused and no errors', () => {
    render(<AnsokOmBygglov />);
    expectPageStructure(['Språk']);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Fastigheten');
    expect(screen.getByText(/Steg 1 av 4/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Tillbaka/ })).toBeNull();
    expect(screen.queryByRole('region', { name: /fel/i })).toBeNull();
    expect(document.activeElement).toBe(document.body);
  });

  it('an empty submit shows both errors in the summary, which takes focus, and at the fields', () => {
    render(<AnsokOmBygglov />);
    act(() => {
      fireEvent.submit(screen.getByRole('button', { name: 'Fortsätt' }).closest('form')!);
    });
    const summary = screen.getByRole('region', { name: 'Det finns fel i formuläret' });
    expect(document.activeElement).toBe(summary);
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([`#${fieldIds.district}`, `#${fieldIds.property}`]);
    expect(screen.getByRole('combobox', { name: /Stadsdel/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: /Fastighetsbeteckning/ })).toHaveAccessibleDescription(/Ange fastighetsbeteckningen/);
  });
});
