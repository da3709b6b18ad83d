const MAX_FILENAME_BYTES = 255;
/** Longer "extensions" are more likely part of the name than a type. */
const MAX_EXTENSION_CHARS = 16;
/** Control characters, and the bidi controls that make "gpj.exe" display as "exe.jpg". */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it removes
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

const encoder = new TextEncoder();
const byteLength = (text: string) => encoder.encode(text).length;

/** Cuts at a code point boundary, never in the middle of a multi-byte character. */
function truncateToBytes(text: string, maxBytes: number): string {
  let result = '';
  let bytes = 0;
  for (const char of text) {
    bytes += byteLength(char);
    if (bytes > maxBytes) break;
    result += char;
  }
  return result;
}

function truncateKeepingExtension(name: string): string {
  if (byteLength(name) <= MAX_FILENAME_BYTES) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= MAX_EXTENSION_CHARS ? name.slice(dot) : '';
  const stem = name.slice(0, name.length - extension.length);
  return truncateToBytes(stem, MAX_FILENAME_BYTES - byteLength(extension)).trimEnd() + extension;
}

/**
 * The name a download is offered under. It is never used as a path (objects live under
 * random keys), but it reaches headers and other people's file systems: no directories, no
 * control characters, no names like "..", at most 255 bytes with the extension kept.
 */
export function sanitizeFilename(raw: string | undefined): string {
  const base = (raw ?? '').normalize('NFC').split(/[/\\]/).pop() ?? '';
  const name = base
    .replace(UNSAFE_CHARS, '')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '');
  return name ? truncateKeepingExtension(name) : 'file';
}
