import { z } from 'zod';
import { ZId, optionalText, text } from './common.ts';

export const MEAL_SLOTS = ['breakfast', 'lunch', 'dinner', 'snack'] as const;
export const ZMealSlot = z.enum(MEAL_SLOTS, { error: 'Choose breakfast, lunch, dinner or snack' });
export type TMealSlot = z.infer<typeof ZMealSlot>;

/** A calendar day as ISO text ("2026-12-07"), checked to exist (no 31 February). */
export const ZIsoDate = z.iso.date({ error: 'Must be a date such as 2026-12-07' });

/** The longest stretch sent to the grocery list at once: a month of planning. */
export const MAX_PLAN_DAYS = 31;

const ZServings = z
  .int({ error: 'Servings must be a whole number' })
  .min(1, { error: 'Servings must be at least 1' })
  .max(1000, { error: 'Servings must be at most 1000' });

const ZNote = optionalText(500);

export const ZMealPlanWeek = z.object({ start: ZIsoDate });

export const ZMealPlanAdd = z
  .object({
    date: ZIsoDate,
    slot: ZMealSlot,
    recipeId: ZId.optional(),
    note: ZNote,
    servings: ZServings.optional(),
  })
  .refine((entry) => entry.recipeId !== undefined || entry.note !== undefined, {
    error: 'Choose a recipe or write a note',
    path: ['recipeId'],
  });
export type TMealPlanAdd = z.input<typeof ZMealPlanAdd>;

/** A move (drag and drop: date and slot) or an edit; `null` clears a field. */
export const ZMealPlanUpdate = z.object({
  id: ZId,
  date: ZIsoDate.optional(),
  slot: ZMealSlot.optional(),
  recipeId: ZId.nullable().optional(),
  /** Empty or null clears it. */
  note: text(500).nullable().optional(),
  servings: ZServings.nullable().optional(),
});
export type TMealPlanUpdate = z.input<typeof ZMealPlanUpdate>;

export const ZMealPlanRemove = z.object({ id: ZId });

export const ZMealPlanRange = z
  .object({ start: ZIsoDate, end: ZIsoDate })
  .refine(({ start, end }) => start <= end, {
    error: 'The end comes before the start',
    path: ['end'],
  })
  .refine(({ start, end }) => daysBetween(start, end) < MAX_PLAN_DAYS, {
    error: `At most ${MAX_PLAN_DAYS} days at once`,
    path: ['end'],
  });

const DAY_MS = 86_400_000;

/** Whole days from one ISO date to another, counted in UTC so no clock change gets in the way. */
export function daysBetween(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS);
}

/** The ISO date `days` after another. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
