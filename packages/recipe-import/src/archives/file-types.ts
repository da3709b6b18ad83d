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

/** The image type its first bytes say, for photos that come as bytes without a name. */
export function kindOfImageBytes(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 4).toString('latin1') === '\x89PNG') return 'image/png';
  if (bytes.subarray(0, 4).toString('latin1') === 'GIF8') return 'image/gif';
  const riff = bytes.subarray(0, 4).toString('latin1') === 'RIFF';
  if (riff && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  return undefined;
}

export function isImageName(name: string): boolean {
  return extensionOf(name) in IMAGE_TYPES;
}

export type FileKind = 'zip' | 'gzip' | 'json' | 'empty' | 'other';

// Enough for a JSON file that starts with a byte order mark and some blank lines.
const HEAD_BYTES = 1024;

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
