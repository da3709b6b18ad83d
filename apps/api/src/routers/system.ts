import type { TRPCRouterRecord } from '@trpc/server';
import { getSystemInfo } from '../services/system.ts';
import { publicProcedure } from '../trpc/init.ts';

export const systemRouter = {
  info: publicProcedure.query(({ ctx }) => getSystemInfo(ctx)),
} satisfies TRPCRouterRecord;
