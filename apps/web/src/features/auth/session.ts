import { httpStatusOf } from '@saffron/client';
import type { QueryClient } from '@tanstack/react-query';
import { redirect } from '@tanstack/react-router';
import type { Trpc } from '../../lib/api.ts';

export interface RouterContext {
  queryClient: QueryClient;
  trpc: Trpc;
}

/** Only paths inside this app: a `redirect` pointing elsewhere is ignored (no open redirect). */
export function safeRedirect(target: string | undefined): string {
  return target?.startsWith('/') && !target.startsWith('//') ? target : '/';
}

/**
 * The gate in front of every signed-in screen: first run goes to setup, no session goes to
 * sign-in (remembering where the user was headed).
 */
export async function requireSignedIn({ queryClient, trpc }: RouterContext, href: string) {
  const info = await queryClient.ensureQueryData(trpc.system.info.queryOptions());
  if (info.setupRequired) throw redirect({ to: '/setup' });
  try {
    const me = await queryClient.ensureQueryData(trpc.auth.me.queryOptions());
    return { me };
  } catch (error) {
    if (httpStatusOf(error) === 401) throw redirect({ to: '/login', search: { redirect: href } });
    throw error;
  }
}
