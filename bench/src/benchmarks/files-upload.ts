import { randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { request, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DeleteObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { S3RVER_CREDENTIALS } from '@saffron/files/testing';
import { createS3Client } from '@saffron/service';
import { filesPaths } from '@saffron/shared';
import { benchEnv } from '../env.ts';
import { migrateBenchDatabase } from '../harness/bench-data.ts';
import { createBenchAccount, residentBytes, sampleResident, startFiles } from '../harness/files.ts';
import { printTransfers, type TransferResult } from '../harness/report.ts';
import { startServer, type BenchServer } from '../harness/server.ts';
import { recordFigure } from '../harness/scoreboard.ts';

const S3RVER_SERVER = join(import.meta.dirname, '../servers/s3rver.ts');
const BUCKET = 'bench';
const MIB = 1024 * 1024;
/** The files service's own upload settings (apps/files/src/storage/s3.ts), for a like-for-like baseline. */
const PART_SIZE = 8 * MIB;
const QUEUE_SIZE = 2;
const WARM_UP_BYTES = 64 * MIB;
const MAX_RSS_GROWTH = 64 * MIB;
const MIN_THROUGHPUT_RATIO = 0.8;

const total = (runs: TransferResult[]): TransferResult => ({
  label: `${runs[0]!.label}, ${runs.length} runs`,
  bytes: runs.reduce((sum, run) => sum + run.bytes, 0),
  seconds: runs.reduce((sum, run) => sum + run.seconds, 0),
});

/** `bytes` of incompressible data, generated as it is read: nothing of the file sits on disk or in memory. */
function* fileChunks(bytes: number) {
  const block = randomBytes(MIB);
  for (let sent = 0; sent < bytes; sent += MIB)
    yield block.subarray(0, Math.min(MIB, bytes - sent));
}

/** POSTs one file as multipart/form-data, streamed, the way a browser's upload does. */
async function uploadThroughService(
  files: BenchServer,
  account: { token: string; recipeId: string },
  bytes: number,
): Promise<TransferResult> {
  const boundary = `saffron-bench-${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.bin"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const started = performance.now();
  const upload = request(`${files.url}${filesPaths.upload(account.recipeId)}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${account.token}`,
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': head.length + bytes + tail.length,
    },
  });
  const responded = once(upload, 'response');
  upload.write(head);
  for (const chunk of fileChunks(bytes)) if (!upload.write(chunk)) await once(upload, 'drain');
  upload.end(tail);
  const [response] = (await responded) as [IncomingMessage];
  let body = '';
  for await (const chunk of response) body += String(chunk);
  const seconds = (performance.now() - started) / 1000;
  if (response.statusCode !== 201) throw new Error(`upload failed: ${response.statusCode} ${body}`);
  const [attachment] = JSON.parse(body) as { id: string; size: number }[];
  if (attachment?.size !== bytes) throw new Error(`stored ${attachment?.size} bytes of ${bytes}`);
  // Deleting goes through the queue: the files process's cleanup job removes the object.
  await fetch(`${files.url}${filesPaths.attachment(attachment.id)}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${account.token}` },
  });
  return { label: 'files service (HTTP multipart)', bytes, seconds };
}

/** The same bytes straight to the same bucket with @aws-sdk/lib-storage: the baseline. */
async function uploadDirectly(client: S3Client, bytes: number): Promise<TransferResult> {
  const key = `direct/${randomUUID()}`;
  const started = performance.now();
  await new Upload({
    client,
    params: { Bucket: BUCKET, Key: key, Body: Readable.from(fileChunks(bytes)) },
    partSize: PART_SIZE,
    queueSize: QUEUE_SIZE,
  }).done();
  const seconds = (performance.now() - started) / 1000;
  await client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
  return { label: 'direct lib-storage Upload', bytes, seconds };
}

interface Subjects {
  files: BenchServer;
  account: { token: string; recipeId: string };
  client: S3Client;
}

/**
 * Two rounds in alternating order (direct, service, service, direct), so drift in s3rver's
 * disk favours neither; the files process's RSS is sampled throughout its uploads.
 */
async function measure({ files, account, client }: Subjects, bytes: number) {
  const direct: TransferResult[] = [];
  const service: TransferResult[] = [];
  let rssBefore = Infinity;
  let rssGrowth = 0;
  const throughService = async () => {
    const before = residentBytes(files.pid);
    const sampler = sampleResident(files.pid);
    service.push(await uploadThroughService(files, account, bytes));
    rssBefore = Math.min(rssBefore, before);
    rssGrowth = Math.max(rssGrowth, sampler.stop() - before);
  };
  direct.push(await uploadDirectly(client, bytes));
  await throughService();
  await throughService();
  direct.push(await uploadDirectly(client, bytes));
  return { baseline: total(direct), subject: total(service), rssBefore, rssGrowth };
}

function report({ baseline, subject, rssBefore, rssGrowth }: Awaited<ReturnType<typeof measure>>) {
  const ratio = printTransfers(
    `Uploads of ${benchEnv.uploadMiB} MiB to s3rver: files service vs direct SDK upload`,
    baseline,
    subject,
  );
  recordFigure({
    figure: 'upload throughput, service / direct',
    value: ratio,
    target: MIN_THROUGHPUT_RATIO,
    better: 'higher',
  });
  recordFigure({
    figure: 'files process peak RSS growth',
    value: rssGrowth / MIB,
    target: MAX_RSS_GROWTH / MIB,
    better: 'lower',
    unit: ' MiB',
  });
  const mib = (value: number) => `${(value / MIB).toFixed(1)} MiB`;
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  console.log(
    `files process RSS ${mib(rssBefore)} before an upload; peak growth ${mib(rssGrowth)}`,
  );
  console.log(
    `throughput ratio ${ratio.toFixed(2)} (needs >= ${MIN_THROUGHPUT_RATIO}): ${verdict(ratio >= MIN_THROUGHPUT_RATIO)}; ` +
      `RSS growth ${mib(rssGrowth)} (needs < ${mib(MAX_RSS_GROWTH)}): ${verdict(rssGrowth < MAX_RSS_GROWTH)}`,
  );
}

/**
 * A large upload through the real files process to s3rver (its own process), against a direct
 * SDK upload of the same size to the same server in the same run: the service must stream
 * (bounded memory, whatever the file's size) and cost little throughput.
 */
export async function filesUploadBenchmark(): Promise<void> {
  const bytes = benchEnv.uploadMiB * MIB;
  const s3 = await startServer(S3RVER_SERVER, { args: ['$PORT', BUCKET], readyPath: '/' });
  try {
    migrateBenchDatabase();
    const files = await startFiles({
      S3_ENDPOINT: s3.url,
      S3_BUCKET: BUCKET,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
      FILES_MAX_BYTES: String(bytes),
    });
    const account = await createBenchAccount();
    const client = createS3Client({
      endpoint: s3.url,
      bucket: BUCKET,
      region: 'us-east-1',
      credentials: S3RVER_CREDENTIALS,
      forcePathStyle: true,
      timeoutMs: 30_000,
    });
    try {
      // Warm up both paths (JIT, connections, the service's lazily loaded modules).
      await uploadThroughService(files, account, WARM_UP_BYTES);
      await uploadDirectly(client, WARM_UP_BYTES);
      report(await measure({ files, account, client }, bytes));
    } finally {
      client.destroy();
      await account.remove();
      await files.stop();
    }
  } finally {
    await s3.stop();
  }
}
