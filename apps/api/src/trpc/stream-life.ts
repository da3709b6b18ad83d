import { authenticate } from '@saffron/auth';
import { TRPCError } from '@trpc/server';
import type { AuthedContext } from './context.ts';

/** setTimeout's longest delay (about 24.8 days); a longer life is cut there, and the client reconnects. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface StreamLife {
  /** Aborts when the client leaves or the stream's life is over: listen with it. */
  signal: AbortSignal;
  /** Before each event: the session must still be live, or the stream ends with 401. */
  check: () => Promise<void>;
  /**
   * Once the events stop, says why: returns when the client left, throws 401 when the session
   * ended, and an AbortError at the time limit (the stream closes without a final event, so
   * the client reconnects, and is checked again).
   */
  finish: () => Promise<void>;
}

const signInAgain = () => new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in' });

/**
 * A long-lived stream lives no longer than its session: it ends when the session is revoked
 * on any instance (logout, password change, "sign out other devices", an admin disabling the
 * account), when it expires, and after `sseMaxDurationMs` whatever happens.
 */
export async function startStreamLife(
  ctx: AuthedContext,
  clientSignal: AbortSignal,
): Promise<StreamLife> {
  const over = new AbortController();
  const signal = AbortSignal.any([clientSignal, over.signal]);
  const signedIn = async () =>
    (await authenticate({ sessions: ctx.auth.sessions, db: ctx.db }, ctx.request.sessionToken)) !==
    undefined;

  const { idleExpiresAt, absoluteExpiresAt } = ctx.session;
  const endsAt = Math.min(
    idleExpiresAt.getTime(),
    absoluteExpiresAt.getTime(),
    Date.now() + ctx.config.sseMaxDurationMs,
  );
  const timer = setTimeout(
    () => over.abort(),
    Math.min(Math.max(0, endsAt - Date.now()), MAX_TIMER_MS),
  );
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

  const revocations = await ctx.auth.revocations.listen(ctx.user.id, signal);
  void (async () => {
    for await (const _ of revocations) {
      // Some session of this user ended: this one? (A store that cannot answer ends it too.)
      if (!(await signedIn().catch(() => false))) over.abort();
    }
  })();

  return {
    signal,
    check: async () => {
      if (!(await signedIn())) throw signInAgain();
    },
    finish: async () => {
      if (clientSignal.aborted) return;
      if (!(await signedIn())) throw signInAgain();
      throw new DOMException('The stream reached its time limit', 'AbortError');
    },
  };
}
