import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_PREFIX } from '@saffron/shared';
import { startApi } from '../harness/api.ts';
import { migrateBenchDatabase } from '../harness/bench-data.ts';
import { measure, warmUp } from '../harness/load.ts';
import { printComparison } from '../harness/report.ts';
import { startServer } from '../harness/server.ts';

const RAW_SERVER = join(import.meta.dirname, '../servers/raw-bytes.ts');

/**
 * The framework's cost: `system.info` through Fastify + tRPC (with its database reads)
 * against a bare node:http handler answering with the very same bytes.
 */
export async function systemInfoBenchmark(): Promise<void> {
  migrateBenchDatabase();
  const api = await startApi();
  const dir = await mkdtemp(join(tmpdir(), 'saffron-bench-'));
  try {
    const path = `${API_PREFIX}/system.info`;
    const bytes = Buffer.from(await (await fetch(api.url + path)).arrayBuffer());
    await writeFile(join(dir, 'body.json'), bytes);
    const raw = await startServer(RAW_SERVER, {
      args: ['$PORT', join(dir, 'body.json')],
      readyPath: '/',
    });
    try {
      await warmUp({ label: 'raw', url: raw.url });
      await warmUp({ label: 'api', url: api.url + path });
      const baseline = await measure({ label: 'raw node:http, same bytes', url: raw.url });
      const subject = await measure({ label: 'tRPC system.info', url: api.url + path });
      printComparison(
        `system.info (${bytes.length} bytes): tRPC vs raw node:http`,
        baseline,
        subject,
        { throughput: 0.5 },
      );
    } finally {
      await raw.stop();
    }
  } finally {
    await api.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
