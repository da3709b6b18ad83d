import { LIMITS } from '../limits.ts';
import { asList, isNode, property } from './node.ts';

/** An absolute http(s) URL from a reference in the page, or undefined. */
export function absoluteUrl(reference: string, baseUrl: string): string | undefined {
  const trimmed = reference.trim();
  if (trimmed === '' || trimmed.length > LIMITS.urlChars) return undefined;
  try {
    const url = new URL(trimmed, baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

interface TSizedImage {
  url: string;
  area: number;
}

function sized(item: unknown, baseUrl: string): TSizedImage | undefined {
  const raw = isNode(item)
    ? (property(item, 'url') ?? property(item, 'contentUrl') ?? item['@id'])
    : item;
  const reference: unknown = Array.isArray(raw) ? raw[0] : raw;
  if (typeof reference !== 'string') return undefined;
  const url = absoluteUrl(reference, baseUrl);
  if (url === undefined) return undefined;
  const area = isNode(item)
    ? Number(property(item, 'width')) * Number(property(item, 'height'))
    : Number.NaN;
  return { url, area: Number.isFinite(area) ? area : 0 };
}

/** Image URLs from a string, a list or ImageObjects: absolute, unique, largest first when sized. */
export function imageUrlsOf(value: unknown, baseUrl: string): string[] {
  const images = asList(value)
    .slice(0, 50)
    .map((item) => sized(item, baseUrl))
    .filter((image): image is TSizedImage => image !== undefined);
  // A stable sort keeps the page's order among images of equal (or unknown) size.
  images.sort((a, b) => b.area - a.area);
  return [...new Set(images.map((image) => image.url))].slice(0, LIMITS.images);
}
