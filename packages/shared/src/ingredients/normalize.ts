export const VULGAR_FRACTIONS: Record<string, string> = {
  '½': '1/2',
  '⅓': '1/3',
  '⅔': '2/3',
  '¼': '1/4',
  '¾': '3/4',
  '⅕': '1/5',
  '⅖': '2/5',
  '⅗': '3/5',
  '⅘': '4/5',
  '⅙': '1/6',
  '⅚': '5/6',
  '⅐': '1/7',
  '⅛': '1/8',
  '⅜': '3/8',
  '⅝': '5/8',
  '⅞': '7/8',
  '⅑': '1/9',
  '⅒': '1/10',
};

/** Spaces of every width, dashes of every length, and the fraction slash, as plain ASCII. */
const CHARACTER_FIXES: [RegExp, string][] = [
  [/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/gu, ' '],
  [/[\u200b-\u200d\ufeff\u00ad]/gu, ''],
  [/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/gu, '-'],
  [/[\u2044\u2215]/gu, '/'],
  [/[\u2018\u2019\u201b\u2032]/gu, "'"],
  [/[\u201c\u201d\u201f\u2033]/gu, '"'],
  [/[（［]/gu, '('],
  [/[）］]/gu, ')'],
  [/\[/g, '('],
  [/\]/g, ')'],
  [/×/g, 'x'],
  [/~\s*(?=\d)/g, 'about '],
];

/** Checkbox and list bullets sites print before a line ("▢ 2 eggs", "• salt"). */
const BULLETS = new Set([...'▢□☐■▪●•◦·*✓✔-–—>♥♦❤']);

function stripBullets(text: string): string {
  let start = 0;
  while (start < text.length && (BULLETS.has(text[start]!) || text[start] === ' ')) start += 1;
  // A leading "-" that starts a number ("-1") is not a bullet, but amounts are never negative.
  return text.slice(start);
}

/** "((about 2 cups))" → "(about 2 cups)", "(, chopped)" → "(chopped)", "( 2 )" → "(2)". */
function mendParentheses(text: string): string {
  return text
    .replace(/\(\s*\(/g, '(')
    .replace(/\)\s*\)/g, ')')
    .replace(/\(\s*[,;]\s*/g, '(')
    .replace(/\s*[,;]\s*\)/g, ')')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/\(\)/g, '');
}

/**
 * One line as the tokenizer expects it: unicode fractions spelled out with a space before
 * them ("1½" → "1 1/2"), spacing and punctuation made plain, bullets gone. Every regular
 * expression here is a single character class or a fixed string, so the work is linear.
 */
export function normalizeLine(line: string): string {
  let text = line.normalize('NFC');
  for (const [pattern, replacement] of CHARACTER_FIXES) text = text.replace(pattern, replacement);
  let spelled = '';
  for (const char of text) {
    const fraction = VULGAR_FRACTIONS[char];
    if (fraction === undefined) spelled += char;
    else spelled += /\d$/.test(spelled) ? ` ${fraction}` : fraction;
  }
  // "Prise(n)", "Zehe(n)", "egg(s)": the plural in parentheses.
  const collapsed = spelled
    .replace(/(\p{L})\((?:n|en|e|s|es|x)\)/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return mendParentheses(stripBullets(collapsed)).trim();
}
