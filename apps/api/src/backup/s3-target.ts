import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { isBackupName, newestFirst } from './names.ts';
import type { BackupTarget, StoredBackup } from './targets.ts';

export const BACKUP_PREFIX = 'backups/';

/** Backups as objects under `backups/` in the bucket the files service uses for attachments. */
export function s3Target(client: S3Client, bucket: string): BackupTarget {
  return {
    label: `s3://${bucket}/${BACKUP_PREFIX}`,
    async put(file, name) {
      const { size } = await stat(file);
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: BACKUP_PREFIX + name,
          Body: createReadStream(file),
          ContentLength: size,
          ContentType: 'application/octet-stream',
        }),
      );
    },
    async list() {
      const found: StoredBackup[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({
            Bucket: bucket,
            Prefix: BACKUP_PREFIX,
            ContinuationToken: token,
          }),
        );
        for (const object of page.Contents ?? []) {
          const name = object.Key?.slice(BACKUP_PREFIX.length) ?? '';
          if (isBackupName(name)) found.push({ name, size: object.Size ?? 0 });
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return newestFirst(found);
    },
    async fetch(name, file) {
      const object = await client.send(
        new GetObjectCommand({ Bucket: bucket, Key: BACKUP_PREFIX + name }),
      );
      if (!(object.Body instanceof Readable)) throw new Error(`s3: no body for ${name}`);
      await pipeline(object.Body, createWriteStream(file));
    },
    async remove(name) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: BACKUP_PREFIX + name }));
    },
  };
}
