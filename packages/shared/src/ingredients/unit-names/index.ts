import type { Language } from '../lexicon/types.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { nl } from './nl.ts';
import { METRIC, type UnitName, type UnitNames } from './types.ts';

export const UNIT_NAMES: Record<Language, UnitNames> = { en, de, fr, es, nl, it };

/** A unit's printed name in a language; English where the language has none of its own. */
export function unitName(unit: string, language: Language): UnitName | undefined {
  return [METRIC, UNIT_NAMES[language], en].find((names) => Object.hasOwn(names, unit))?.[unit];
}
