import { PhraseMatcher } from '../ingredients/phrases.ts';

const SECOND = 1;
export const MINUTE = 60;
export const HOUR = 3600;

/**
 * How the six languages write seconds, minutes and hours in a method. One matcher for all of
 * them: a recipe's steps are often in another language than its account expects, and the
 * words barely collide. One-letter "s", "m" and "u" are left out (seconds, metres, Dutch
 * "uur" are written out or as "sec", "min" and "h" in the steps we read).
 */
const TIME_WORDS: [seconds: number, words: string[]][] = [
  [
    SECOND,
    [
      'second',
      'seconds',
      'sec',
      'secs',
      'Sekunde',
      'Sekunden',
      'Sek',
      'seconde',
      'secondes',
      'segundo',
      'segundos',
      'seg',
      'seconden',
      'secondo',
      'secondi',
    ],
  ],
  [
    MINUTE,
    ['minute', 'minutes', 'min', 'mins', 'Minuten', 'mn', 'minuto', 'minutos', 'minuut', 'minuti'],
  ],
  [
    HOUR,
    [
      'hour',
      'hours',
      'hr',
      'hrs',
      'h',
      'Stunde',
      'Stunden',
      'Std',
      'heure',
      'heures',
      'hora',
      'horas',
      'uur',
      'uren',
      'ora',
      'ore',
    ],
  ],
];

export const TIME_UNITS = new PhraseMatcher<number>(
  TIME_WORDS.flatMap(([seconds, words]) => words.map((word): [string, number] => [word, seconds])),
);
