/** Reading values out of JSON nobody checked: what is there and usable, or undefined. */

/** A string with something in it, trimmed. */
export function presentText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A number above zero, also when written as text ("500.000", as Tandoor writes amounts). */
export function positiveNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : undefined;
}
