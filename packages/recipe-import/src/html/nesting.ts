import { Tokenizer } from 'htmlparser2';

/**
 * How deep a page's elements nest, measured before it is parsed. The tree builder keeps its
 * open elements in an array it shifts at the front, so a hostile page nesting a hundred
 * thousand elements costs quadratic time; real pages nest a few dozen. The page is cut at
 * the first element past the limit (its head and beginning, where recipe data sits, are kept).
 */
export const MAX_NESTING = 1_000;

// Elements that never hold others, and those a sibling of the same name closes (<p>, <li>).
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th']);
// A closing tag closes an open element this near the top; further down it is a stray.
const CLOSE_REACH = 64;

/** The page up to the first element nested deeper than `maxNesting`, and whether it was cut. */
export function cutDeepNesting(
  html: string,
  maxNesting = MAX_NESTING,
): { html: string; cut: boolean } {
  const open: string[] = [];
  let name = '';
  let tagStart = 0;
  let cutAt = -1;
  const openTagEnd = (): void => {
    if (VOID.has(name) || (SELF_CLOSING_SIBLINGS.has(name) && open.at(-1) === name)) return;
    open.push(name);
    if (open.length > maxNesting) {
      cutAt = tagStart;
      tokenizer.pause();
    }
  };
  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: false },
    {
      onopentagname(start, end) {
        name = html.slice(start, end).toLowerCase();
        tagStart = start - 1;
      },
      onopentagend: openTagEnd,
      // HTML ignores "/>" on elements that are not void.
      onselfclosingtag: openTagEnd,
      onclosetag(start, end) {
        const closing = html.slice(start, end).toLowerCase();
        const reach = Math.max(0, open.length - CLOSE_REACH);
        for (let at = open.length - 1; at >= reach; at--) {
          if (open[at] === closing) {
            open.length = at;
            return;
          }
        }
      },
      onattribdata() {},
      onattribentity() {},
      onattribend() {},
      onattribname() {},
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onend() {},
      onprocessinginstruction() {},
      ontext() {},
      ontextentity() {},
    },
  );
  tokenizer.write(html);
  if (cutAt === -1) tokenizer.end();
  return cutAt === -1 ? { html, cut: false } : { html: html.slice(0, cutAt), cut: true };
}
