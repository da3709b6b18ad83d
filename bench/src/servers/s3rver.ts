/** An S3 API server (s3rver) in a process of its own, so its work never shares the benchmark's event loop. */
import { startS3rver } from '@saffron/files/testing';

const [port, bucket] = process.argv.slice(2);
const s3 = await startS3rver({ port: Number(port), bucket: bucket! });
process.once('SIGTERM', () => {
  void s3.remove().then(() => process.exit(0));
});
