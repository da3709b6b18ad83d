/**
 * The bookmarklet and the page it opens talk by postMessage: the page it opens
 * (`/import/bookmarklet`) says it is ready, and only then does the bookmarklet send the open
 * page's HTML, to Saffron's origin alone. The page takes a page only from the window that
 * opened it, and only about that window's own site, so no other site can slip in a page.
 */

export const BOOKMARKLET_PATH = '/import/bookmarklet';
export const READY = 'saffron:ready';
const PAGE = 'saffron:page';

export interface PostedPage {
  html: string;
  url: string;
}

/** The `javascript:` link to drag to the bookmarks bar, for a Saffron served at `origin`. */
export function bookmarkletSource(origin: string): string {
  const code = `(()=>{const o=${JSON.stringify(origin)},w=open(o+${JSON.stringify(BOOKMARKLET_PATH)});
if(!w){alert('Saffron: allow pop-ups on this site, then try again.');return}
const h=document.documentElement.outerHTML,u=location.href;
const f=e=>{if(e.source===w&&e.origin===o&&e.data&&e.data.type===${JSON.stringify(READY)}){
w.postMessage({type:${JSON.stringify(PAGE)},html:h,url:u},o);removeEventListener('message',f)}};
addEventListener('message',f)})()`;
  return `javascript:${code.replaceAll('\n', '')}`;
}

const isWebAddress = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
};

/** The page a message carries, when it comes from our opener and is about the opener's site. */
export function postedPage(
  event: Pick<MessageEvent, 'data' | 'origin' | 'source'>,
  opener: unknown,
): PostedPage | undefined {
  if (!opener || event.source !== opener) return undefined;
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, html, url } = data as Record<string, unknown>;
  if (type !== PAGE || typeof html !== 'string' || typeof url !== 'string') return undefined;
  const address = isWebAddress(url);
  return address && address.origin === event.origin ? { html, url } : undefined;
}
