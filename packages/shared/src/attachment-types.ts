/**
 * Image types a browser may display inline (and the files service thumbnails). Anything
 * else, SVG and HTML included, is only ever served as a download. Free of zod, so the web
 * app's first screen can use it.
 */
export const INLINE_IMAGE_TYPES: readonly string[] = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/avif',
];

export function isInlineImage(contentType: string): boolean {
  return INLINE_IMAGE_TYPES.includes(contentType);
}
