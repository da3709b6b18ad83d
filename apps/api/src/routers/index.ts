import { createTRPCRouter } from '../trpc/init.ts';
import { adminRouter } from './admin.ts';
import { authRouter } from './auth.ts';
import { recipesRouter } from './recipes.ts';
import { systemRouter } from './system.ts';

export const appRouter = createTRPCRouter({
  admin: adminRouter,
  auth: authRouter,
  recipes: recipesRouter,
  system: systemRouter,
});

export type AppRouter = typeof appRouter;
