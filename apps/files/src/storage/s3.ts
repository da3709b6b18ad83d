import type { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { ObjectHeaders, Redirect, S3Storage } from './storage.ts';

const MIB = 1024 * 1024;

/** How attachments use the bucket; the client itself comes from @saffron/service's createS3Client. */
export interface S3StorageOptions {
  bucket: string;
  /** A CDN in front of the bucket: GET redirects there instead of to a presigned URL. */
  publicBaseUrl?: string | undefined;
  signedUrlTtlSeconds: number;
  /** Memory per upload is about (queueSize + 1) x partSize, whatever the file's size. */
  partSize?: number;
  queueSize?: number;
}

/** Objects live under random keys and never change, so a CDN may keep them for good. */
const OBJECT_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** A redirect is reused only while its URL still has this long to live. */
const REDIRECT_MARGIN_SECONDS = 30;

/**
 * Presigned URLs are signed at the start of a time window (half their lifetime), so every
 * request in the window gets the same URL and browsers reuse the bytes they already have.
 */
async function presign(
  client: S3Client,
  config: S3StorageOptions,
  key: string,
  headers: ObjectHeaders,
): Promise<Redirect> {
  const ttlMs = config.signedUrlTtlSeconds * 1000;
  const windowMs = ttlMs / 2;
  const now = Date.now();
  const signedAt = Math.floor(now / windowMs) * windowMs;
  const secondsLeft = Math.floor((signedAt + ttlMs - now) / 1000);
  // Part of the signed URL, so it depends on the window alone: fetched at any time in the
  // window, the URL outlives the browser's copy.
  const objectMaxAgeSeconds = Math.floor(windowMs / 1000);
  const url = await getSignedUrl(
    client,
    new GetObjectCommand({
      Bucket: config.bucket,
      Key: key,
      // S3 answers with our safe headers, whatever the object's metadata says.
      ResponseContentType: headers.contentType,
      ResponseContentDisposition: headers.contentDisposition,
      ResponseCacheControl: `private, max-age=${objectMaxAgeSeconds}`,
    }),
    { expiresIn: config.signedUrlTtlSeconds, signingDate: new Date(signedAt) },
  );
  return { url, maxAgeSeconds: Math.max(0, secondsLeft - REDIRECT_MARGIN_SECONDS) };
}

export function createS3Storage(client: S3Client, config: S3StorageOptions): S3Storage {
  const { bucket } = config;
  return {
    driver: 's3',

    async put(key, body, headers) {
      const upload = new Upload({
        client,
        params: {
          Bucket: bucket,
          Key: key,
          Body: body,
          ContentType: headers.contentType,
          ContentDisposition: headers.contentDisposition,
          CacheControl: OBJECT_CACHE_CONTROL,
        },
        partSize: config.partSize ?? 8 * MIB,
        queueSize: config.queueSize ?? 2,
        leavePartsOnError: false, // a failed multipart upload is aborted, its parts deleted
      });
      let bodyError: unknown;
      // Stop at once (do not wait for parts in flight): the upload aborts itself behind us.
      const onBodyError = (error: unknown) => {
        bodyError ??= error;
        void upload.abort();
      };
      body.once('error', onBodyError);
      try {
        await upload.done();
      } catch (error) {
        body.destroy();
        throw bodyError ?? error;
      } finally {
        body.off('error', onBodyError);
      }
    },

    async open(key) {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return object.Body as Readable;
    },

    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },

    async check() {
      await client.send(new HeadBucketCommand({ Bucket: bucket }));
    },

    async redirectFor(key, headers) {
      if (!config.publicBaseUrl) return presign(client, config, key, headers);
      // The CDN serves the object's own metadata, set at upload to the same safe headers.
      return {
        url: `${config.publicBaseUrl}/${key}`,
        maxAgeSeconds: config.signedUrlTtlSeconds,
      };
    },
  };
}
