// The Swedish detector of tests/locale: flags Swedish, leaves English (and Arabic) alone.
import { describe, expect, it } from 'vitest';
import { findSwedish, hasArabic } from './swedish.js';

describe('findSwedish', () => {
  it('finds å/ä/ö words and common Swedish words', () => {
    expect(findSwedish('Ange ditt namn och välj en ort.')).toEqual(['Ange', 'ditt', 'namn', 'och', 'välj']);
    expect(findSwedish('Skicka ansökan')).toEqual(['Skicka', 'ansökan']);
  });

  it('leaves English copy alone, including English words Swedish also has', () => {
    const english = [
      'Enter your name or email address, for example anna@example.com.',
      'Stay till 5 pm; the den is open. Visa required. Dig in, we are at your service.',
      'Select the option you want to send. Error: the page could not be found.',
      'Required field. Optional. Show password. Search the site. Next page, previous page.',
      'First name, last name, phone number, street address, postcode, city, amount, number of people.',
      'Check the box to accept the terms. Your application has been sent. Thank you!',
      'NY office, bra size, nu metal.',
    ];
    for (const text of english) expect(findSwedish(text), text).toEqual([]);
  });

  it('leaves e-mail and web addresses alone', () => {
    expect(findSwedish('Write to goteborgs.stad@goteborg.se or see https://goteborg.se/sok-och-ansok')).toEqual([]);
  });

  it("leaves the city's name alone", () => {
    expect(findSwedish('City of Gothenburg — Göteborgs Stad, Göteborg')).toEqual([]);
    expect(findSwedish('New cycle lanes along the Göta älv bridge; Gläntan Preschool')).toEqual([]);
    expect(findSwedish('Göteborgsregionen')).toEqual(['Göteborgsregionen']);
  });

  it('leaves Arabic alone and recognises it', () => {
    expect(findSwedish('الاسم الأول')).toEqual([]);
    expect(hasArabic('البريد الإلكتروني')).toBe(true);
    expect(hasArabic('Email address')).toBe(false);
  });
});
