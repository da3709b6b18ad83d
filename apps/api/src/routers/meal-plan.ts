import {
  ZMealPlanAdd,
  ZMealPlanRange,
  ZMealPlanRemove,
  ZMealPlanUpdate,
  ZMealPlanWeek,
} from '@saffron/shared';
import type { TRPCRouterRecord } from '@trpc/server';
import {
  addMealPlanEntry,
  changeMealPlanEntry,
  mealPlanGroceryPreview,
  mealPlanToGroceryList,
  mealPlanWeek,
  removeMealPlanEntry,
} from '../services/meal-plan.ts';
import { calendarUrl, revokeCalendarUrl } from '../services/meal-plan-calendar.ts';
import { appProcedure } from '../trpc/init.ts';

/** The plan belongs to the recipes app; sending it to the list also needs the grocery app. */
const mealPlanProcedure = appProcedure('recipes');

export const mealPlanRouter = {
  week: mealPlanProcedure
    .input(ZMealPlanWeek)
    .query(({ ctx, input }) => mealPlanWeek(ctx, input.start)),
  add: mealPlanProcedure
    .input(ZMealPlanAdd)
    .mutation(({ ctx, input }) => addMealPlanEntry(ctx, input)),
  update: mealPlanProcedure
    .input(ZMealPlanUpdate)
    .mutation(({ ctx, input }) => changeMealPlanEntry(ctx, input)),
  remove: mealPlanProcedure
    .input(ZMealPlanRemove)
    .mutation(({ ctx, input }) => removeMealPlanEntry(ctx, input.id)),
  groceryPreview: mealPlanProcedure
    .input(ZMealPlanRange)
    .query(({ ctx, input }) => mealPlanGroceryPreview(ctx, input.start, input.end)),
  toGroceryList: mealPlanProcedure
    .input(ZMealPlanRange)
    .mutation(({ ctx, input }) => mealPlanToGroceryList(ctx, input.start, input.end)),
  /** A private iCalendar address of the plan; made on first use, so a mutation. */
  calendarUrl: mealPlanProcedure.mutation(({ ctx }) => calendarUrl(ctx)),
  revokeCalendarUrl: mealPlanProcedure.mutation(({ ctx }) => revokeCalendarUrl(ctx)),
} satisfies TRPCRouterRecord;
