import {
  detectLanguage,
  languageOfTag,
  parseIngredient,
  type Language,
  type ParsedIngredient,
  type TParseIngredientsInput,
} from '@saffron/shared';
import type { AuthedContext } from '../trpc/context.ts';

/**
 * The language lines are read in: the one asked for, else the one the lines show, else the
 * account's, else the browser's, else English.
 */
export function languageFor(
  ctx: AuthedContext,
  lines: readonly string[],
  asked?: Language,
): Language {
  return (
    asked ??
    detectLanguage(lines) ??
    ctx.user.language ??
    languageOfTag(ctx.request.acceptLanguage) ??
    'en'
  );
}

export function parseIngredients(
  ctx: AuthedContext,
  input: TParseIngredientsInput,
): { language: Language; ingredients: ParsedIngredient[] } {
  const language = languageFor(ctx, input.lines, input.language);
  return { language, ingredients: input.lines.map((line) => parseIngredient(line, { language })) };
}
