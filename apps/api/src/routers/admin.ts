import { ZAdminCreateUserInput, ZAdminUpdateUserInput } from '@saffron/shared';
import type { TRPCRouterRecord } from '@trpc/server';
import { changeUser, createUser, listAllUsers } from '../services/users.ts';
import { adminProcedure } from '../trpc/init.ts';

export const adminRouter = {
  users: {
    list: adminProcedure.query(({ ctx }) => listAllUsers(ctx)),
    create: adminProcedure
      .input(ZAdminCreateUserInput)
      .mutation(({ ctx, input }) => createUser(ctx, input)),
    update: adminProcedure
      .input(ZAdminUpdateUserInput)
      .mutation(({ ctx, input }) => changeUser(ctx, input)),
  },
} satisfies TRPCRouterRecord;
