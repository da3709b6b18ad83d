import { isInlineImage } from '@saffron/shared';
import { fileTypeFromBuffer } from 'file-type';
import type { ObjectHeaders } from '../storage/storage.ts';

/** How many leading bytes the type is sniffed from: file-type's own sample size. */
export const SNIFF_BYTES = 4100;

export const UNKNOWN_TYPE = 'application/octet-stream';

/** The type the bytes say they are; the client's claim is never asked. */
export async function sniffContentType(head: Uint8Array): Promise<string> {
  return (await fileTypeFromBuffer(head))?.mime ?? UNKNOWN_TYPE;
}

/**
 * Types no browser runs as a document, so they keep their own type on download. Anything
 * else (HTML, SVG, XML, scripts, Flash, the unknown) goes out as application/octet-stream.
 */
const DOWNLOADABLE_AS_IS =
  /^(image\/(?!svg)[\w.+-]+|audio\/[\w.+-]+|video\/[\w.+-]+|application\/(pdf|zip|gzip|x-tar|x-7z-compressed|x-bzip2|x-xz|vnd\.rar|x-rar-compressed|epub\+zip|msword|vnd\.ms-excel|vnd\.ms-powerpoint|vnd\.openxmlformats-officedocument\.[\w.-]+|vnd\.oasis\.opendocument\.[\w.-]+))$/;

const encodeRfc5987 = (value: string) =>
  encodeURIComponent(value).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** RFC 6266: a plain ASCII fallback, and the exact name as UTF-8 (RFC 8187) for every current browser. */
export function contentDisposition(kind: 'inline' | 'attachment', filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(filename)}`;
}

/** Only raster images display inline; everything else is a download with a safe type. */
export function servingHeaders(contentType: string, filename: string): ObjectHeaders {
  const inline = isInlineImage(contentType);
  return {
    contentType: inline || DOWNLOADABLE_AS_IS.test(contentType) ? contentType : UNKNOWN_TYPE,
    contentDisposition: contentDisposition(inline ? 'inline' : 'attachment', filename),
  };
}
