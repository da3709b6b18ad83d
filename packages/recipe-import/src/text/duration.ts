/**
 * Durations as recipes state them: ISO 8601 ("PT1H30M", "P0DT0H20M", "PT90M") in structured
 * data, words on the page ("1 hour 20 minutes", "1 hr 20 mins", "20-25 minutes" → 20).
 * Whole minutes; zero or unreadable is absent.
 */

const MAX_INPUT = 120;
// Months and years as plugins write them ("P0Y0M0DT0H30M"): calendar lengths are close enough.
const MINUTES_PER = {
  Y: 525_600,
  month: 43_200,
  W: 10_080,
  D: 1440,
  H: 60,
  M: 1,
  S: 1 / 60,
} as const;

/** Minutes in an ISO 8601 duration, or undefined when it is not one. */
export function parseIsoDuration(text: string): number | undefined {
  const value = text.trim().toUpperCase();
  if (!value.startsWith('P') || value.length > MAX_INPUT) return undefined;
  let minutes = 0;
  let inTime = false;
  let number = '';
  let sawPart = false;
  for (const char of value.slice(1)) {
    if (char === 'T' && number === '') inTime = true;
    else if ((char >= '0' && char <= '9') || char === '.' || char === ',') number += char;
    else if (char !== ' ') {
      const amount = Number(number.replace(',', '.'));
      if (number === '' || !Number.isFinite(amount)) return undefined;
      // "P30M" without a T is a common slip for thirty minutes; with a T, M before it is months.
      const unit = inTime || !value.includes('T') ? char : char === 'M' ? 'month' : char;
      const dateOnly = unit === 'Y' || unit === 'D' || unit === 'W';
      if (!(unit in MINUTES_PER) || (inTime && dateOnly)) return undefined;
      minutes += amount * MINUTES_PER[unit as keyof typeof MINUTES_PER];
      number = '';
      sawPart = true;
    }
  }
  if (number !== '' || !sawPart) return undefined;
  return positiveMinutes(minutes);
}

type TUnit = 'day' | 'hour' | 'minute' | 'second';

// Unit words in the languages recipe sites are written in: a letter alone, or how a word starts.
const UNIT_LETTERS: Record<string, TUnit> = {
  d: 'day',
  h: 'hour',
  m: 'minute',
  s: 'second',
  t: 'hour',
};
const UNIT_PREFIXES: readonly [string, TUnit][] = [
  ['min', 'minute'],
  ['mn', 'minute'],
  ['dak', 'minute'],
  ['perc', 'minute'],
  ['sec', 'second'],
  ['seg', 'second'],
  ['sek', 'second'],
  ['hour', 'hour'],
  ['hora', 'hour'],
  ['heure', 'hour'],
  ['hr', 'hour'],
  ['std', 'hour'],
  ['stund', 'hour'],
  ['uur', 'hour'],
  ['ora', 'hour'],
  ['ore', 'hour'],
  ['godz', 'hour'],
  ['saat', 'hour'],
  ['tim', 'hour'],
  ['óra', 'hour'],
  ['day', 'day'],
  ['dag', 'day'],
  ['tag', 'day'],
  ['jour', 'day'],
  ['día', 'day'],
  ['dia', 'day'],
];
const UNIT_MINUTES: Record<TUnit, number> = { day: 1440, hour: 60, minute: 1, second: 1 / 60 };
const RANGE_WORDS = new Set(['-', '–', '—', 'to', 'bis', 'à', 'a', 'al', 'tot', 'till', 'or']);

function unitOf(word: string | undefined): TUnit | undefined {
  const lower = (word ?? '').toLowerCase();
  return UNIT_LETTERS[lower] ?? UNIT_PREFIXES.find(([prefix]) => lower.startsWith(prefix))?.[1];
}

function numberOf(token: string | undefined): number {
  return token === undefined ? Number.NaN : Number(token.replace(',', '.'));
}

/** "1:30" → 90: hours and minutes as a clock writes them. */
function clockMinutes(text: string): number | undefined {
  const colon = text.indexOf(':');
  const hours = text.slice(0, colon);
  const minutes = text.slice(colon + 1);
  const digits = (part: string, max: number) =>
    part.length > 0 && part.length <= max && [...part].every((char) => char >= '0' && char <= '9');
  if (colon === -1 || !digits(hours, 2) || !digits(minutes, 2) || minutes.length !== 2)
    return undefined;
  return positiveMinutes(Number(hours) * 60 + Number(minutes));
}

/** Minutes in a duration written in words, or undefined when it states none. */
export function parseTextDuration(text: string): number | undefined {
  const clock = clockMinutes(text.trim());
  if (clock !== undefined) return clock;
  const tokens = text.slice(0, MAX_INPUT).match(/\d+(?:[.,]\d+)?|\p{L}+|[-–—½]/gu) ?? [];
  let minutes = 0;
  let found = false;
  let lastUnit: TUnit | undefined;
  for (let i = 0; i < tokens.length; i++) {
    let amount = numberOf(tokens[i]);
    if (!Number.isFinite(amount)) continue;
    let next = i + 1;
    if (tokens[next] === '½') {
      amount += 0.5;
      next++;
    }
    // "20-25 minutes": the first number of a range counts.
    const rangeWord = RANGE_WORDS.has(tokens[next]?.toLowerCase() ?? '');
    if (rangeWord && Number.isFinite(numberOf(tokens[next + 1]))) next += 2;
    // "1h30": a number after hours is minutes; a lone number is minutes.
    const stated = unitOf(tokens[next]);
    const unit = stated ?? (lastUnit === 'hour' || !found ? 'minute' : undefined);
    if (unit === undefined) continue;
    minutes += amount * UNIT_MINUTES[unit];
    found = true;
    lastUnit = unit;
    i = stated === undefined ? next - 1 : next;
  }
  return found ? positiveMinutes(minutes) : undefined;
}

/** Minutes in a duration of either form; a plain number is minutes. */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return positiveMinutes(value);
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return parseIsoDuration(value) ?? parseTextDuration(value);
}

/** "PT0M", "P0DT0H0M", 0: a time stated as none, which is no reason to warn. */
export function statesNoTime(value: unknown): boolean {
  if (value === 0) return true;
  const text = typeof value === 'string' ? value.trim().toUpperCase() : '';
  return text.startsWith('P') && [...text].every((char) => 'PTDHMS0.,'.includes(char));
}

function positiveMinutes(minutes: number): number | undefined {
  const rounded = Math.round(minutes);
  return Number.isFinite(rounded) && rounded > 0 && rounded < 100_000 ? rounded : undefined;
}
