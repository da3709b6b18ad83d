import { useTestDb } from '@saffron/db/testing';
import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '@saffron/shared';
import { buildApiServer } from '../server.ts';
import { createAccount, PASSWORD } from '../testing/accounts.ts';
import { createTestDeps } from '../testing/context.ts';
import { callProcedure, resultOf, sessionCookieFrom } from '../testing/http.ts';
import { recipeInput } from '../testing/recipes.ts';

const today = () => new Date().toISOString().slice(0, 10);

describe('the meal plan as a calendar feed', () => {
  const t = useTestDb();
  let app: FastifyInstance;

  beforeEach(async () => {
    const deps = createTestDeps(t.db);
    await createAccount(t.db, deps, 'alice');
    await createAccount(t.db, deps, 'bob');
    app = await buildApiServer(deps);
  });

  async function signedIn(username: string) {
    const login = await callProcedure(app, 'auth.login', {
      input: { username, password: PASSWORD },
    });
    const headers = { cookie: `saffron_session=${sessionCookieFrom(login)}` };
    return <T>(path: string, input?: unknown) =>
      callProcedure(app, path, { input, headers }).then((response) => {
        expect(response.statusCode, response.body).toBe(200);
        return resultOf<T>(response);
      });
  }

  /** As a calendar app asks for it: no cookie, the host of the address. */
  const fetchFeed = (url: string) =>
    app.inject({ method: 'GET', url: new URL(url).pathname, headers: { host: new URL(url).host } });

  it('serves the planned meals as valid iCalendar at a private, stable, revocable address', async () => {
    const alice = await signedIn('alice');
    const soup = await alice<{ id: string }>(
      'recipes.create',
      recipeInput({
        name: 'Soup; with tomatoes, basil\\and a long name that needs folding: ½ ñ é ü',
      }),
    );
    await alice('mealPlan.add', { date: today(), slot: 'dinner', recipeId: soup.id, servings: 6 });
    await alice('mealPlan.add', {
      date: addDays(today(), 1),
      slot: 'lunch',
      note: 'Leftovers,\nfrom the fridge',
    });
    await alice('mealPlan.add', { date: addDays(today(), 400), slot: 'lunch', note: 'Too far' });

    const { url } = await alice<{ url: string }>('mealPlan.calendarUrl');
    expect(url).toMatch(/^http:\/\/localhost:5173\/api\/v1\/calendar\/[\w-]{43}\.ics$/);
    expect((await alice<{ url: string }>('mealPlan.calendarUrl')).url).toBe(url);

    const feed = await fetchFeed(url);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(feed.body.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const calendar = ICAL.Component.fromString(feed.body);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(
      events.map((event) => ({
        summary: event.summary,
        description: event.description,
        start: event.startDate.toString(),
      })),
    ).toEqual([
      {
        summary: 'Dinner: Soup; with tomatoes, basil\\and a long name that needs folding: ½ ñ é ü',
        description: 'Serves 6',
        start: `${today()}T19:00:00`,
      },
      {
        summary: 'Lunch: Leftovers,\nfrom the fridge',
        description: null,
        start: `${addDays(today(), 1)}T12:30:00`,
      },
    ]);
    expect(events[0]!.component.getFirstPropertyValue('url')).toBe(
      `http://localhost:5173/recipes/${soup.id}`,
    );

    await alice('mealPlan.revokeCalendarUrl');
    expect((await fetchFeed(url)).statusCode).toBe(404);
    const renewed = await alice<{ url: string }>('mealPlan.calendarUrl');
    expect(renewed.url).not.toBe(url);
    expect((await fetchFeed(renewed.url)).statusCode).toBe(200);
  });

  it('shows each person only their own plan, and nothing for a made-up address', async () => {
    const alice = await signedIn('alice');
    const bob = await signedIn('bob');
    await alice('mealPlan.add', { date: today(), slot: 'dinner', note: "Alice's dinner" });
    const { url } = await bob<{ url: string }>('mealPlan.calendarUrl');
    const body = (await fetchFeed(url)).body;
    expect(ICAL.Component.fromString(body).getAllSubcomponents('vevent')).toEqual([]);
    for (const path of [
      '/api/v1/calendar/' + 'a'.repeat(43) + '.ics',
      '/api/v1/calendar/short.ics',
      '/api/v1/calendar/%00.ics',
    ]) {
      expect((await app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
    }
  });

  it('hands out the address on PUBLIC_URL when it is set', async () => {
    const hosted = await buildApiServer(
      createTestDeps(t.db, { publicOrigin: 'https://saffron.example' }),
    );
    const headers = { host: 'saffron.example', origin: 'https://saffron.example' };
    const login = await callProcedure(hosted, 'auth.login', {
      input: { username: 'alice', password: PASSWORD, returnToken: true },
      headers,
    });
    const { token } = resultOf<{ token: string }>(login);
    const answer = await callProcedure(hosted, 'mealPlan.calendarUrl', {
      headers: { ...headers, authorization: `Bearer ${token}` },
    });
    expect(resultOf<{ url: string }>(answer).url).toMatch(
      /^https:\/\/saffron\.example\/api\/v1\/calendar\/[\w-]{43}\.ics$/,
    );
  });
});
