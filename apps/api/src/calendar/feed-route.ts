import { findCalendarFeedOwner, listMealPlan, type Database, type Kysely } from '@saffron/db';
import { addDays, API_PREFIX } from '@saffron/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { mealPlanCalendar } from './ical.ts';

/** What a subscribed calendar shows: the last eight weeks and the next half year. */
const DAYS_BEFORE = 56;
const DAYS_AFTER = 183;

const FEED_FILE = /^([A-Za-z0-9_-]{32,64})\.ics$/;

export const calendarFeedPath = (token: string) => `${API_PREFIX}/calendar/${token}.ics`;

/**
 * The origin addresses are handed out for: PUBLIC_URL when set, else where the request was
 * made to, as the browser sees it (the proxy's host when behind one).
 */
export const requestOrigin = (request: FastifyRequest, publicOrigin?: string) =>
  publicOrigin ?? `${request.protocol}://${request.host}`;

/**
 * `GET /api/v1/calendar/<token>.ics`: the plan as iCalendar, for calendar apps, which cannot
 * sign in; the unguessable token is the only key, and an unknown or revoked one is a 404.
 */
export function registerCalendarFeed(
  app: FastifyInstance,
  deps: { db: Kysely<Database>; publicOrigin?: string | undefined },
) {
  app.get<{ Params: { file: string } }>(`${API_PREFIX}/calendar/:file`, async (request, reply) => {
    const token = FEED_FILE.exec(request.params.file)?.[1];
    const ownerId = token ? await findCalendarFeedOwner(deps.db, token) : undefined;
    if (!ownerId) return reply.code(404).type('text/plain').send('No such calendar');
    const today = new Date().toISOString().slice(0, 10);
    const entries = await listMealPlan(deps.db, {
      ownerId,
      from: addDays(today, -DAYS_BEFORE),
      to: addDays(today, DAYS_AFTER),
    });
    return reply
      .type('text/calendar; charset=utf-8')
      .header('cache-control', 'private, max-age=300')
      .header('x-robots-tag', 'noindex')
      .send(
        mealPlanCalendar(entries, {
          webOrigin: requestOrigin(request, deps.publicOrigin),
          now: new Date(),
        }),
      );
  });
}
