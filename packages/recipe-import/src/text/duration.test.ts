import { describe, expect, it } from 'vitest';
import { parseDuration, parseIsoDuration, parseTextDuration, statesNoTime } from './duration.ts';

describe('parseIsoDuration', () => {
  it.each([
    ['PT1H30M', 90],
    ['P0DT0H20M', 20],
    ['PT90M', 90],
    ['pt20m', 20],
    ['P1D', 1440],
    ['PT1H', 60],
    ['PT45S', 1],
    ['PT2.5H', 150],
    ['P0Y0M0DT0H30M0.000S', 30],
    ['P30M', 30],
  ])('%s is %d minutes', (text, minutes) => {
    expect(parseIsoDuration(text)).toBe(minutes);
  });

  it.each(['PT', 'P', 'PT0M', 'PT-5M', 'PT1D', 'PTxM', '1H30M', `P${'T'.repeat(500)}1M`])(
    '%s is no duration',
    (text) => {
      expect(parseIsoDuration(text)).toBeUndefined();
    },
  );
});

describe('parseTextDuration', () => {
  it.each([
    ['1 hour 20 minutes', 80],
    ['1 hr 20 mins', 80],
    ['20-25 minutes', 20],
    ['20 to 25 min', 20],
    ['45', 45],
    ['1h30', 90],
    ['2 Stunden 15 Minuten', 135],
    ['10 minutes mins', 10],
    ['1½ hours', 90],
    ['3 days', 4320],
    ['1:30', 90],
  ])('%s is %d minutes', (text, minutes) => {
    expect(parseTextDuration(text)).toBe(minutes);
  });

  it('reads no time from words alone', () => {
    expect(parseTextDuration('overnight')).toBeUndefined();
  });
});

describe('parseDuration', () => {
  it('takes ISO first, then words, then plain numbers as minutes', () => {
    expect(parseDuration('PT15M')).toBe(15);
    expect(parseDuration('15 mins')).toBe(15);
    expect(parseDuration(25)).toBe(25);
    expect(parseDuration('')).toBeUndefined();
    expect(parseDuration({ minutes: 3 })).toBeUndefined();
  });

  it('tells a stated zero from an unreadable value', () => {
    expect(statesNoTime('PT0M')).toBe(true);
    expect(statesNoTime('P0DT0H0M')).toBe(true);
    expect(statesNoTime('soon')).toBe(false);
  });
});
