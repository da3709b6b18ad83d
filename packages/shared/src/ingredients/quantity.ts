const UNICODE_FRACTIONS: Record<string, [number, number]> = {
  '½': [1, 2],
  '⅓': [1, 3],
  '⅔': [2, 3],
  '¼': [1, 4],
  '¾': [3, 4],
  '⅕': [1, 5],
  '⅖': [2, 5],
  '⅗': [3, 5],
  '⅘': [4, 5],
  '⅙': [1, 6],
  '⅚': [5, 6],
  '⅛': [1, 8],
  '⅜': [3, 8],
  '⅝': [5, 8],
  '⅞': [7, 8],
};

/** The shapes a quantity takes at the start of a line, most specific first. */
const FORMS: { pattern: RegExp; value: (match: RegExpExecArray) => number }[] = [
  // "2 1/2"
  {
    pattern: /^(\d+)\s+(\d+)\s*\/\s*(\d+)/,
    value: (m) => Number(m[1]) + Number(m[2]) / Number(m[3]),
  },
  // "1/2"
  { pattern: /^(\d+)\s*\/\s*(\d+)/, value: (m) => Number(m[1]) / Number(m[2]) },
  // "1½", "½"
  {
    pattern: /^(\d+)?\s*([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])/u,
    value: (m) => Number(m[1] ?? 0) + UNICODE_FRACTIONS[m[2]!]![0] / UNICODE_FRACTIONS[m[2]!]![1],
  },
  // "2", "2.5", "2,5"
  { pattern: /^(\d+(?:[.,]\d+)?)/, value: (m) => Number(m[1]!.replace(',', '.')) },
];

/** Exact decimal text with at most 4 decimals, trailing zeros dropped: 2.5, 0.3333, 12. */
export function toDecimalText(value: number): string {
  return String(Number(value.toFixed(4)));
}

export interface LeadingQuantity {
  /** undefined when the line starts with no number at all. */
  value: number | undefined;
  rest: string;
}

/** Reads the quantity a line starts with; a range ("2-3", "2 to 3") keeps its first number. */
export function readLeadingQuantity(text: string): LeadingQuantity {
  for (const { pattern, value } of FORMS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const amount = value(match);
    const rest = text
      .slice(match[0].length)
      .replace(/^\s*(?:-|–|to)\s*\d+(?:[.,]\d+)?(?:\s*\/\s*\d+)?/u, '')
      .trim();
    return { value: Number.isFinite(amount) && amount > 0 ? amount : undefined, rest };
  }
  return { value: undefined, rest: text };
}
