import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll } from 'vitest';
import yazl from 'yazl';
import { type ArchiveItem } from '../archives/types.ts';

/** Test fixtures built the way each app builds its export, in a temporary folder. */

const here = new URL('../../test-data/archives/', import.meta.url);

/** Tiny real images, made once with sharp (see test-data/archives/README.md). */
export const photos = {
  png: () => readFile(new URL('tiny.png', here)),
  jpeg: () => readFile(new URL('tiny.jpg', here)),
  webp: () => readFile(new URL('tiny.webp', here)),
};

export interface ZipEntry {
  name: string;
  data: Buffer | string | Readable;
  compress?: boolean;
  mode?: number;
}

/** A zip in memory, entries in order, as yazl (and so most zip writers) lay it out. */
export async function zipBytes(entries: ZipEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const mtime = new Date('2024-05-01T12:00:00Z');
  for (const { name, data, compress = true, mode } of entries) {
    const options = { mtime, compress, ...(mode === undefined ? {} : { mode }) };
    if (data instanceof Readable) zip.addReadStream(data, name, options);
    else zip.addBuffer(Buffer.from(data), name, options);
  }
  zip.end();
  return buffer(zip.outputStream as Readable);
}

export function gzipJson(value: unknown): Buffer {
  return gzipSync(Buffer.from(JSON.stringify(value)));
}

/**
 * Renames entries in place, same length, in the local and the central headers: how a
 * hostile zip gets names ("../x", "C:x", "a\\b") that no honest writer produces.
 */
export function renameEntries(zip: Buffer, from: string, to: string): Buffer {
  if (Buffer.byteLength(from) !== Buffer.byteLength(to)) throw new Error('same length only');
  const out = Buffer.from(zip);
  const needle = Buffer.from(from);
  for (let at = out.indexOf(needle); at >= 0; at = out.indexOf(needle, at + 1)) {
    Buffer.from(to).copy(out, at);
  }
  return out;
}

/** Sets the "encrypted" flag of every entry, as a password-protecting zip tool would. */
export function markEncrypted(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  for (let at = 0; at + 4 <= out.length; at++) {
    const signature = out.readUInt32LE(at);
    if (signature === 0x04034b50) out.writeUInt16LE(out.readUInt16LE(at + 6) | 1, at + 6);
    if (signature === 0x02014b50) out.writeUInt16LE(out.readUInt16LE(at + 8) | 1, at + 8);
  }
  return out;
}

/** Rewrites every entry's declared unpacked size, local and central headers alike. */
export function setDeclaredSizes(zip: Buffer, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let at = 0; at + 4 <= out.length; at++) {
    const signature = out.readUInt32LE(at);
    if (signature === 0x04034b50) out.writeUInt32LE(size, at + 22);
    if (signature === 0x02014b50) out.writeUInt32LE(size, at + 24);
  }
  return out;
}

/** Zeros, a megabyte at a time, never all in memory. */
export function zeros(megabytes: number): Readable {
  const chunk = Buffer.alloc(1024 * 1024);
  let left = megabytes;
  return new Readable({
    read() {
      this.push(left-- > 0 ? chunk : null);
    },
  });
}

export interface Workspace {
  /** Writes a file into this test file's temporary folder and returns its path. */
  file(name: string, bytes: Buffer | string): Promise<string>;
}

/** A temporary folder for the test file, made before its tests and removed after them. */
export function useWorkspace(): Workspace {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'saffron-archives-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  return {
    async file(name, bytes) {
      const path = join(dir, name);
      await writeFile(path, bytes);
      return path;
    },
  };
}

/** Everything an archive gives, images read to bytes while they are still current. */
export async function collect(items: AsyncIterable<ArchiveItem>) {
  const out: (ArchiveItem & { bytes?: Buffer[] })[] = [];
  for await (const item of items) {
    if (item.kind === 'skipped') out.push(item);
    else {
      const bytes = await Promise.all(item.images.map(async (image) => buffer(await image.open())));
      out.push({ ...item, bytes });
    }
  }
  return out;
}

export function recipesOf(items: Awaited<ReturnType<typeof collect>>) {
  return items.filter((item) => item.kind === 'recipe');
}

export function skipsOf(items: Awaited<ReturnType<typeof collect>>) {
  return items.filter((item) => item.kind === 'skipped');
}
