import { createTRPCRouter } from '../trpc/init.ts';
import { systemRouter } from './system.ts';

export const appRouter = createTRPCRouter({
  system: systemRouter,
});

export type AppRouter = typeof appRouter;
