import { ZParseIngredientsInput } from '@saffron/shared';
import type { TRPCRouterRecord } from '@trpc/server';
import { parseIngredients } from '../services/ingredients.ts';
import { protectedProcedure } from '../trpc/init.ts';

export const ingredientsRouter = {
  /** A mutation so that 500 long lines travel in a POST body, not a URL. */
  parse: protectedProcedure
    .input(ZParseIngredientsInput)
    .mutation(({ ctx, input }) => parseIngredients(ctx, input)),
} satisfies TRPCRouterRecord;
