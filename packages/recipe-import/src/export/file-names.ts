/**
 * Names inside the export: one folder per recipe, one file per attachment. Every name is
 * made safe on any file system (no separators, no control characters, no leading dot) and
 * unique within its folder, case-insensitively, since a person may unzip it on a Mac.
 */

import { slugify } from '@saffron/shared';

const MAX_FILE_NAME = 100;

/** Hands out names once each, adding "-2", "-3"... before the extension when one is taken. */
export class UniqueNames {
  private readonly taken = new Set<string>();

  constructor(reserved: string[] = []) {
    for (const name of reserved) this.taken.add(name.toLowerCase());
  }

  claim(wanted: string): string {
    const dot = wanted.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [wanted.slice(0, dot), wanted.slice(dot)] : [wanted, ''];
    let name = wanted;
    for (let copy = 2; this.taken.has(name.toLowerCase()); copy++) {
      name = `${stem}-${copy}${extension}`;
    }
    this.taken.add(name.toLowerCase());
    return name;
  }
}

/** The recipe's folder: its slug and the start of its id, so two "Pancakes" never meet. */
export function recipeFolderName(name: string, id: string): string {
  const shortId = id
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 8);
  return shortId ? `${slugify(name)}-${shortId}` : slugify(name);
}

/** An attachment's own name, made safe as one path segment ("../../x.jpg" → "x.jpg"). */
export function safeFileName(filename: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what we drop
  const base = (filename.split(/[/\\]/).pop() ?? '').replace(/[\u0000-\u001f\u007f:*?"<>|]/g, '');
  const name = base.normalize('NFC').trim().replace(/^\.+/, '');
  if (name.length <= MAX_FILE_NAME) return name || 'attachment';
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  return name.slice(0, MAX_FILE_NAME - extension.length) + extension;
}
