import { parseIngredient } from '../ingredients/parse.ts';

/** Words that end in "s" without being plural. */
const NOT_PLURAL = new Set([
  'asparagus',
  'couscous',
  'hummus',
  'molasses',
  'swiss',
  'bass',
  'grass',
  'lettuce',
  'citrus',
  'octopus',
  'houmous',
  'chips',
  'oats',
  'peas',
  'greens',
]);

const IRREGULAR: Record<string, string> = {
  leaves: 'leaf',
  loaves: 'loaf',
  halves: 'half',
  knives: 'knife',
  potatoes: 'potato',
  tomatoes: 'tomato',
  mangoes: 'mango',
  chillies: 'chilli',
  cherries: 'cherry',
};

function singular(word: string): string {
  if (IRREGULAR[word]) return IRREGULAR[word];
  if (NOT_PLURAL.has(word) || word.length <= 3) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('oes')) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * The food behind a name, for merging: size, preparation and notes are read off by the
 * ingredient parser ("large tomatoes, diced" = "tomatoes"); case, spacing, punctuation and
 * the plural of the last word do not matter ("Tomatoes" = "tomato").
 */
export function foodKey(name: string): string {
  const parsed = parseIngredient(name);
  const food = parsed.kind === 'ingredient' ? parsed.name : name;
  const words = food
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return '';
  words[words.length - 1] = singular(words.at(-1)!);
  return words.join(' ');
}
