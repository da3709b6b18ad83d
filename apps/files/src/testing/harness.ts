import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { createAuthServices, type AuthServicesOptions } from '@saffron/auth';
import { noRecipeCache, type RecipeCache, type User } from '@saffron/db';
import { useTestDb } from '@saffron/db/testing';
import { createS3Client, createSafeFetcher, type Redis, type S3Config } from '@saffron/service';
import { FILES_PREFIX, type TAppName } from '@saffron/shared';
import type { FastifyInstance } from 'fastify';
import { pino, type Logger } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { DEFAULT_THUMBNAIL_LIMITS } from '../attachments/thumbnails.ts';
import type { StorageCleanup } from '../cleanup/storage-cleanup.ts';
import { assembleFilesDeps, type FilesDeps } from '../deps.ts';
import { buildFilesServer } from '../server.ts';
import { createLocalStorage } from '../storage/local.ts';
import { createS3Storage } from '../storage/s3.ts';
import type { Storage } from '../storage/storage.ts';
import { createBareRecipe, createSignedInUser } from './accounts.ts';
import { multipartBody, type UploadFile } from './multipart.ts';
import { S3RVER_CREDENTIALS, startS3rver, type RunningS3rver } from './s3rver.ts';

export type Driver = 'local' | 's3';
export const DRIVERS: Driver[] = ['local', 's3'];

export const silentLogger = pino({ level: 'silent' });
const MIB = 1024 * 1024;
let buckets = 0;

export interface HarnessOptions {
  driver: Driver;
  maxBytes?: number;
  cache?: (redis: Redis | undefined) => RecipeCache;
  redis?: () => Redis;
  auth?: Partial<AuthServicesOptions>;
  /** False: no thumbnails after upload, as if the process had stopped first. */
  backgroundThumbnails?: boolean;
  /** Hosts the service may fetch photos from (loopback test servers); none by default. */
  allowedHosts?: () => string[];
  archiveMaxBytes?: number;
  /** THUMBNAIL_QUEUE_LIMIT; the service's default when left out. */
  thumbnailQueueLimit?: number;
  /** Silent unless a test reads what the service logs. */
  logger?: () => Logger;
}

interface TestStorage {
  storage: Storage;
  /** The local driver's directory. */
  root?: string;
  /** Every object key stored, thumbnails included. */
  listKeys: () => Promise<string[]>;
  /** Partial files of the local driver (always empty for S3). */
  tempFiles: () => Promise<string[]>;
}

function localStorage(root: string): TestStorage {
  const list = (dir: string) => readdir(join(root, dir)).catch(() => [] as string[]);
  return {
    storage: createLocalStorage(root),
    root,
    listKeys: async () => [
      ...(await list('attachments')).map((name) => `attachments/${name}`),
      ...(await list('thumbnails')).map((name) => `thumbnails/${name}`),
      ...(await list('imports')).map((name) => `imports/${name}`),
    ],
    tempFiles: () => list('.tmp'),
  };
}

/** The shared client configuration for an s3rver bucket. */
export function s3TestConfig(s3: RunningS3rver, bucket = s3.bucket): S3Config {
  return {
    endpoint: s3.endpoint,
    bucket,
    region: 'us-east-1',
    credentials: S3RVER_CREDENTIALS,
    forcePathStyle: true,
    timeoutMs: 30_000,
  };
}

/** S3's smallest part, so multipart uploads start early in tests. */
export const TEST_PART_SIZE = 5 * MIB;

/** A fresh bucket per test, so each one sees only its own objects. */
async function s3Storage(s3: RunningS3rver): Promise<TestStorage> {
  const config = s3TestConfig(s3, `test-${++buckets}`);
  const client = createS3Client(config);
  await client.send(new CreateBucketCommand({ Bucket: config.bucket }));
  return {
    storage: createS3Storage(client, {
      bucket: config.bucket,
      signedUrlTtlSeconds: 300,
      partSize: TEST_PART_SIZE,
      queueSize: 2,
    }),
    listKeys: async () => {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: config.bucket }));
      return (listed.Contents ?? []).map((object) => object.Key!);
    },
    tempFiles: () => Promise.resolve([]),
  };
}

/**
 * A files server for each test, listening on a free port, on the test database and a real
 * storage: a temp directory, or a bucket on an s3rver this file starts.
 */
export function useFilesService(options: HarnessOptions) {
  const t = useTestDb();
  let s3: RunningS3rver | undefined;
  let root: string | undefined;

  beforeAll(async () => {
    if (options.driver === 's3') s3 = await startS3rver();
    else root = await mkdtemp(join(tmpdir(), 'saffron-files-'));
  });
  afterAll(async () => {
    await s3?.remove();
    if (root) await rm(root, { recursive: true, force: true });
  });

  let app: FastifyInstance | undefined;
  let state:
    | (TestStorage & {
        app: FastifyInstance;
        deps: FilesDeps;
        url: string;
        cleanup: StorageCleanup;
        stopWorkers: () => Promise<unknown>;
        archiveReader: { drainOnce: () => Promise<number> };
        attachmentImporter: { drainOnce: () => Promise<number> };
      })
    | undefined;
  beforeEach(async () => {
    const tested = s3 ? await s3Storage(s3) : localStorage(await mkdtemp(join(root!, 't-')));
    const db = t.db;
    const redis = options.redis?.();
    const cache = options.cache?.(redis) ?? noRecipeCache;
    const {
      deps: assembled,
      cleanup,
      stopWorkers,
      archiveReader,
      attachmentImporter,
    } = assembleFilesDeps({
      db,
      logger: options.logger?.() ?? silentLogger,
      auth: createAuthServices({ db, redis, ...options.auth }),
      storage: tested.storage,
      cache,
      redis,
      maxBytes: options.maxBytes ?? 256 * 1024,
      archiveMaxBytes: options.archiveMaxBytes ?? 4 * MIB,
      thumbnailLimits: {
        ...DEFAULT_THUMBNAIL_LIMITS,
        ...(options.thumbnailQueueLimit ? { queueLimit: options.thumbnailQueueLimit } : {}),
      },
      fetcher: createSafeFetcher({
        allowedHosts: options.allowedHosts?.() ?? [],
        maxBytes: MIB,
        timeoutMs: 5_000,
      }),
      allowedOrigins: [],
      cookieSecurity: 'auto',
      trustProxy: false,
    });
    const deps: FilesDeps =
      options.backgroundThumbnails === false
        ? { ...assembled, thumbnails: { ...assembled.thumbnails, schedule: () => {} } }
        : assembled;
    app = await buildFilesServer(deps);
    const address = await app.listen({ host: '127.0.0.1', port: 0 });

    state = {
      ...tested,
      app,
      deps,
      url: address,
      cleanup,
      stopWorkers,
      archiveReader,
      attachmentImporter,
    };
  });
  afterEach(async () => {
    await state?.deps.thumbnails.idle();
    if (!app) return;
    // A keep-alive connection whose response ended after close() began would hold it open.
    const closing = app.close();
    app.server.closeAllConnections();
    await closing;
  });

  const ready = () => {
    if (!state) throw new Error('useFilesService: ready only inside tests and hooks');
    return state;
  };

  return {
    t,
    get s3(): RunningS3rver {
      if (!s3) throw new Error('not an S3 suite');
      return s3;
    },
    get service() {
      return ready();
    },
    /** An account with a live session on the same store the service checks. */
    signIn(username: string, apps?: TAppName[]) {
      return createSignedInUser(t.db, ready().deps.auth.sessions, { username, apps });
    },
    createRecipe(owner: User, name?: string): Promise<string> {
      return createBareRecipe(t.db, owner.id, name);
    },
    /** A request to the service with a bearer token (or none). */
    request(path: string, { token, ...init }: RequestInit & { token?: string } = {}) {
      const headers = new Headers(init.headers);
      if (token) headers.set('authorization', `Bearer ${token}`);
      return fetch(`${ready().url}${FILES_PREFIX}${path}`, {
        ...init,
        headers,
        redirect: 'manual',
      });
    },
    /** GET through the service; a redirect (S3) is followed as a browser would, without our token. */
    async download(
      path: string,
      { token, headers }: { token?: string; headers?: Record<string, string> } = {},
    ) {
      const first = await this.request(path, { token, headers });
      const final =
        first.status === 302 ? await fetch(first.headers.get('location')!, { headers }) : first;
      return { first, final };
    },
    upload(recipeId: string, files: UploadFile[], init: RequestInit & { token?: string } = {}) {
      const { body, contentType } = multipartBody(files);
      const headers = new Headers(init.headers);
      headers.set('content-type', contentType);
      return this.request(`/recipes/${recipeId}/attachments`, {
        ...init,
        method: 'POST',
        body,
        headers,
      });
    },
  };
}
