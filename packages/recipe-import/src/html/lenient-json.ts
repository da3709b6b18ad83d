/**
 * JSON as sites put it in <script type="application/ld+json">: often valid, sometimes wrapped
 * in HTML comments or CDATA, with raw newlines or tabs inside strings, or trailing commas.
 * One linear repair pass, then JSON.parse; anything still broken is undefined.
 */

import { decodeEntities } from '../text/entities.ts';

const MAX_CHARS = 2_000_000;
const WRAPPERS: readonly [string, string][] = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['/*<![CDATA[*/', '/*]]>*/'],
  ['//<![CDATA[', '//]]>'],
];
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const JSON_ESCAPABLE = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u']);

function unwrap(text: string): string {
  let current = text.trim();
  for (let changed = true; changed;) {
    changed = false;
    for (const [open, close] of WRAPPERS) {
      if (current.startsWith(open)) {
        current = current.slice(open.length).trim();
        changed = true;
      }
      if (current.endsWith(close)) {
        current = current.slice(0, -close.length).trim();
        changed = true;
      }
    }
  }
  return current.endsWith(';') ? current.slice(0, -1) : current;
}

function nextSignificant(text: string, from: number): string {
  for (let at = from; at < text.length; at++) {
    const char = text.charAt(at);
    if (char.trim() !== '') return char;
  }
  return '';
}

/**
 * Escapes control characters inside strings, fixes bad escapes, drops trailing commas and puts
 * a comma between objects written one after another ("{...}{...}").
 */
function repair(text: string): string {
  const out: string[] = [];
  let inString = false;
  let lastSignificant = '';
  for (let at = 0; at < text.length; at++) {
    const char = text.charAt(at);
    if (inString) {
      if (char === '\\') {
        const next = text.charAt(at + 1);
        // "\'" and other escapes JSON lacks: keep the character, drop the backslash.
        out.push(JSON_ESCAPABLE.has(next) ? char + next : next === '' ? '' : next);
        at++;
      } else if (char === '"') {
        inString = false;
        out.push(char);
      } else if (char < ' ') {
        out.push(ESCAPES[char] ?? ' ');
      } else out.push(char);
    } else if (char === ',' && '}]'.includes(nextSignificant(text, at + 1) || 'x')) {
      continue;
    } else {
      if ((char === '{' || char === '"') && (lastSignificant === '}' || lastSignificant === ']'))
        out.push(',');
      if (char === '"') inString = true;
      out.push(char);
    }
    if (!inString && char.trim() !== '') lastSignificant = char;
  }
  return out.join('');
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Parses lenient JSON; undefined when even the repaired text is not JSON. */
export function parseLenientJson(raw: string): unknown {
  if (raw.length > MAX_CHARS) return undefined;
  const text = unwrap(raw);
  const strict = tryParse(text);
  if (strict.ok) return strict.value;
  // Sites also escape the whole JSON as HTML (no quote but "&quot;"), or write several values
  // without a list around them.
  const escaped = !text.includes('"') && text.includes('&quot;');
  const unescaped = escaped ? decodeEntities(text) : text;
  const repaired = repair(unescaped);
  for (const candidate of [repaired, `[${repaired}]`]) {
    const parsed = tryParse(candidate);
    if (parsed.ok) return parsed.value;
  }
  return undefined;
}
