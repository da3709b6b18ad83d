import {
  announceSeed,
  fuzzRuns,
  redisAvailable,
  useTestRedis,
  watchUnhandledRejections,
} from '@saffron/service/testing';
import type { TAttachment } from '@saffron/shared';
import fc from 'fast-check';
import { pino } from 'pino';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { badRequest, FILES_ROUTES, requestBytes } from './testing/bad-requests.ts';
import { pngImage } from './testing/fixtures.ts';
import { useFilesService } from './testing/harness.ts';
import { sendRaw } from './testing/raw-http.ts';
import { FILES_PREFIX } from '@saffron/shared';

describe.runIf(redisAvailable())('every files route under generated bad requests', () => {
  const r = useTestRedis();
  /** Every error the service logged: an unexpected failure is logged even when it is mapped. */
  const errorLogs: string[] = [];
  const logger = pino({ level: 'error' }, { write: (line: string) => errorLogs.push(line) });
  const h = useFilesService({ driver: 's3', redis: () => r.redis, logger: () => logger });
  const rejections = watchUnhandledRejections();

  beforeAll(() => announceSeed('files routes'));
  afterEach(() => {
    expect(rejections, 'unhandled rejections').toEqual([]);
  });

  it('knows every route it fuzzes', () => {
    for (const { method, path } of FILES_ROUTES) {
      expect(h.service.app.hasRoute({ method, url: FILES_PREFIX + path }), path).toBe(true);
    }
  });

  it('answers every malformed request with a 4xx and logs no failure', async () => {
    const { user, token } = await h.signIn('alice');
    const recipeId = await h.createRecipe(user);
    const uploaded = await h.upload(
      recipeId,
      [{ filename: 'a.png', content: await pngImage(40, 30) }],
      {
        token,
      },
    );
    const [attachment] = (await uploaded.json()) as TAttachment[];
    await h.service.deps.thumbnails.idle();
    errorLogs.length = 0;

    await fc.assert(
      fc.asyncProperty(badRequest, async (request) => {
        const answer = await sendRaw(
          h.service.url,
          requestBytes(request, { recipeId, attachmentId: attachment!.id, token }),
        );
        const what = answer.text.slice(0, 400);
        expect(answer.status, what).toBeGreaterThanOrEqual(200);
        expect(answer.status, what).toBeLessThan(500);
        expect(errorLogs, 'errors the service logged').toEqual([]);
      }),
      fuzzRuns(400),
    );
  });
});
