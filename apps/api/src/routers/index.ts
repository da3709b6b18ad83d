import { createTRPCRouter } from '../trpc/init.ts';
import { adminRouter } from './admin.ts';
import { authRouter } from './auth.ts';
import { groceryRouter } from './grocery.ts';
import { importsRouter } from './imports.ts';
import { ingredientsRouter } from './ingredients.ts';
import { mealPlanRouter } from './meal-plan.ts';
import { recipesRouter } from './recipes.ts';
import { systemRouter } from './system.ts';

export const appRouter = createTRPCRouter({
  admin: adminRouter,
  auth: authRouter,
  grocery: groceryRouter,
  imports: importsRouter,
  ingredients: ingredientsRouter,
  mealPlan: mealPlanRouter,
  recipes: recipesRouter,
  system: systemRouter,
});

export type AppRouter = typeof appRouter;
