import {
  ZChangePasswordInput,
  ZLoginInput,
  ZNewAccountInput,
  ZLanguageSetting,
  ZRevokeSessionInput,
  ZSetupAdminInput,
} from '@saffron/shared';
import type { TRPCRouterRecord } from '@trpc/server';
import {
  changePassword,
  listSessions,
  revokeOtherSessions,
  revokeSession,
  setLanguage,
} from '../services/account.ts';
import { setUpFirstAdmin, signIn, signOut, signUp } from '../services/sign-in.ts';
import { protectedProcedure, publicProcedure } from '../trpc/init.ts';

export const authRouter = {
  login: publicProcedure.input(ZLoginInput).mutation(({ ctx, input }) => signIn(ctx, input)),
  logout: protectedProcedure.mutation(({ ctx }) => signOut(ctx)),
  me: protectedProcedure.query(({ ctx }) => ctx.user),
  setupAdmin: publicProcedure
    .input(ZSetupAdminInput)
    .mutation(({ ctx, input }) => setUpFirstAdmin(ctx, input)),
  signup: publicProcedure.input(ZNewAccountInput).mutation(({ ctx, input }) => signUp(ctx, input)),
  changePassword: protectedProcedure
    .input(ZChangePasswordInput)
    .mutation(({ ctx, input }) => changePassword(ctx, input)),
  sessions: protectedProcedure.query(({ ctx }) => listSessions(ctx)),
  revokeSession: protectedProcedure
    .input(ZRevokeSessionInput)
    .mutation(({ ctx, input }) => revokeSession(ctx, input.id)),
  revokeOtherSessions: protectedProcedure.mutation(({ ctx }) => revokeOtherSessions(ctx)),
  /** The language the person's recipes are written in (null: the browser's). */
  setLanguage: protectedProcedure
    .input(ZLanguageSetting)
    .mutation(({ ctx, input }) => setLanguage(ctx, input.language)),
} satisfies TRPCRouterRecord;
