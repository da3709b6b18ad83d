import { randomBytes } from 'node:crypto';
import { ensureCalendarToken, revokeCalendarToken } from '@saffron/db';
import { calendarFeedPath } from '../calendar/feed-route.ts';
import type { AuthedContext } from '../trpc/context.ts';

/** 256 random bits: the feed's only key, since calendar apps cannot sign in. */
const newToken = () => randomBytes(32).toString('base64url');

/** `mealPlan.calendarUrl`: the private feed address, the same one each time until revoked. */
export async function calendarUrl(ctx: AuthedContext): Promise<{ url: string }> {
  const token = await ensureCalendarToken(ctx.db, ctx.user.id, newToken);
  return { url: `${ctx.request.origin}${calendarFeedPath(token)}` };
}

/** `mealPlan.revokeCalendarUrl`: subscribed calendars stop getting the plan. */
export async function revokeCalendarUrl(ctx: AuthedContext): Promise<void> {
  await revokeCalendarToken(ctx.db, ctx.user.id);
}
