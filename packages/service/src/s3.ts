import { S3Client } from '@aws-sdk/client-s3';
import { z } from 'zod';
import { EnvError, envFields } from './env-fields.ts';

/**
 * Object storage variables, shared by every service that talks to S3 (attachments, backups).
 * Any S3-compatible store works: AWS, MinIO, R2, s3rver in tests.
 */
export const s3EnvShape = {
  S3_ENDPOINT: z.url({ error: 'must be a URL such as http://minio:9000' }).optional(),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { error: 'must be a valid bucket name' })
    .optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: envFields.flag,
  S3_TIMEOUT: envFields.duration('30s'),
};

export interface S3Config {
  endpoint?: string | undefined;
  bucket: string;
  region: string;
  /** Absent: the SDK's default chain (instance role, web identity, ...). */
  credentials?: { accessKeyId: string; secretAccessKey: string } | undefined;
  forcePathStyle: boolean;
  /** How long a request may wait to connect, or between two bytes, before it fails. */
  timeoutMs: number;
}

interface S3Env {
  S3_ENDPOINT?: string | undefined;
  S3_BUCKET?: string | undefined;
  S3_REGION: string;
  S3_ACCESS_KEY_ID?: string | undefined;
  S3_SECRET_ACCESS_KEY?: string | undefined;
  S3_FORCE_PATH_STYLE: boolean;
  S3_TIMEOUT: number;
}

/** S3 is in use when S3_BUCKET is set; a key id without its secret (or the reverse) is a mistake. */
export function s3ConfigFrom(env: S3Env): S3Config | undefined {
  const problems: { variable: string; message: string }[] = [];
  if (!env.S3_BUCKET && env.S3_ENDPOINT) {
    problems.push({ variable: 'S3_BUCKET', message: 'is required when S3_ENDPOINT is set' });
  }
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
    const missing = env.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID';
    problems.push({ variable: missing, message: 'is required with the other S3 key' });
  }
  if (problems.length > 0) throw new EnvError(problems);
  if (!env.S3_BUCKET) return undefined;
  const { S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = env;
  return {
    endpoint: env.S3_ENDPOINT,
    bucket: env.S3_BUCKET,
    region: env.S3_REGION,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
    timeoutMs: env.S3_TIMEOUT,
  };
}

/**
 * One client per process. Checksums only where the API requires them: S3-compatible stores
 * (MinIO releases, s3rver) reject the newer default flexible checksums. The SDK waits forever
 * on a store that accepts connections but never answers; the timeouts turn that into an error
 * (a 503 for an upload) instead of a request that hangs. `socketTimeout` is inactivity, so a
 * long transfer that keeps moving is never cut.
 */
export function createS3Client(config: S3Config): S3Client {
  return new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    credentials: config.credentials,
    forcePathStyle: config.forcePathStyle,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    requestHandler: { connectionTimeout: config.timeoutMs, socketTimeout: config.timeoutMs },
  });
}
