import { TextDecoder } from 'node:util';

/** How far into a page a `<meta charset>` counts (HTML's prescan looks at the first 1024 bytes). */
const META_SCAN_BYTES = 4096;

/** `charset=` from a Content-Type header, unquoted; undefined when there is none. */
function headerCharset(contentType: string): string | undefined {
  for (const parameter of contentType.split(';').slice(1)) {
    const [name, value] = parameter.split('=', 2);
    if (name?.trim().toLowerCase() === 'charset' && value) {
      return value.trim().replace(/^["']|["']$/g, '');
    }
  }
  return undefined;
}

function bomCharset(body: Buffer): string | undefined {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  return undefined;
}

const LABEL_CHARACTER = /[\w.:-]/;

/** The label after `charset=` in one tag's text, skipping spaces and an opening quote. */
function labelAfterCharset(tag: string): string | undefined {
  const at = tag.indexOf('charset');
  if (at < 0) return undefined;
  let index = at + 'charset'.length;
  while (tag[index] === ' ') index++;
  if (tag[index] !== '=') return undefined;
  index++;
  while (tag[index] === ' ' || tag[index] === '"' || tag[index] === "'") index++;
  const start = index;
  while (index < tag.length && LABEL_CHARACTER.test(tag[index] ?? '')) index++;
  return index > start ? tag.slice(start, index) : undefined;
}

/**
 * `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">` near the
 * top. A scan by indexOf, not a regex over the page, so its cost is linear in the bytes read.
 */
function metaCharset(body: Buffer): string | undefined {
  const head = body.subarray(0, META_SCAN_BYTES).toString('latin1').toLowerCase();
  for (let at = head.indexOf('<meta'); at >= 0; at = head.indexOf('<meta', at + 1)) {
    const end = head.indexOf('>', at);
    const label = labelAfterCharset(head.slice(at, end < 0 ? head.length : end));
    if (label) return label;
  }
  return undefined;
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined; // An unknown label: try the next source.
  }
}

/**
 * Text the way a browser would decode it: a byte order mark first (HTML's sniffing rule:
 * it outranks the header), then the header's charset, then a `<meta>` in the first 4 KB,
 * else UTF-8. Bytes invalid in the chosen encoding become U+FFFD rather than an error.
 */
export function decodeText(body: Buffer, contentType: string): string {
  const decoder =
    decoderFor(bomCharset(body)) ??
    decoderFor(headerCharset(contentType)) ??
    decoderFor(metaCharset(body)) ??
    new TextDecoder('utf-8');
  return decoder.decode(body);
}
