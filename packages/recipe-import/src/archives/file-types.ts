import { open } from 'node:fs/promises';
import { extensionOf } from './entry-path.ts';

const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  heic: 'image/heic',
};

/** A guess from the name only; whoever stores the file sniffs its bytes. */
export function contentTypeOfName(name: string): string | undefined {
  return IMAGE_TYPES[extensionOf(name)];
}

export function isImageName(name: string): boolean {
  return extensionOf(name) in IMAGE_TYPES;
}

export type FileKind = 'zip' | 'gzip' | 'json' | 'empty' | 'other';

const HEAD_BYTES = 64;

/** What the bytes of the upload are, whatever the file is called. */
export function kindOfBytes(head: Buffer): FileKind {
  if (head.length === 0) return 'empty';
  // Local file header, or the end record alone (an empty zip).
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5)) return 'zip';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('{') || text.startsWith('[')) return 'json';
  return 'other';
}

export async function kindOfFile(path: string): Promise<FileKind> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await file.read(head, 0, HEAD_BYTES, 0);
    return kindOfBytes(head.subarray(0, bytesRead));
  } finally {
    await file.close();
  }
}
