/**
 * Names of entries inside an archive. Nothing is ever written to disk, but a name that
 * climbs out of the archive ("../", "/etc", "C:\") is a sign of a hostile file: it is
 * refused, never resolved, and no recipe may point at it.
 */

const MAX_NAME_CHARS = 1024;

/** Why this entry name is refused, or undefined when it stays inside the archive. */
export function unsafePathReason(name: string): string | undefined {
  if (name.length === 0) return 'its name is empty';
  if (name.length > MAX_NAME_CHARS) return `its name is longer than ${MAX_NAME_CHARS} characters`;
  if (name.includes('\\')) return 'its path uses backslashes';
  if (name.startsWith('/')) return 'its path is absolute';
  if (/^[a-z]:/i.test(name)) return 'its path starts with a drive letter';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'its name holds control characters';
  if (name.split('/').includes('..')) return 'its path leads outside the archive (..)';
  return undefined;
}

/** "a/./b//c" → "a/b/c": the one spelling entries are looked up by. */
export function normalizePath(name: string): string {
  const isFolder = name.endsWith('/');
  const parts = name.split('/').filter((part) => part !== '' && part !== '.');
  return parts.join('/') + (isFolder && parts.length > 0 ? '/' : '');
}

export function folderOf(path: string): string {
  const at = path.lastIndexOf('/');
  return at < 0 ? '' : path.slice(0, at + 1);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Lower-cased extension without the dot: "photo.JPG" → "jpg". */
export function extensionOf(path: string): string {
  const name = baseName(path);
  const at = name.lastIndexOf('.');
  return at <= 0 ? '' : name.slice(at + 1).toLowerCase();
}

/**
 * A relative reference from a file in `folder` ("images/a.jpg", "./a.jpg") as an archive
 * path, or undefined when it is absolute, a URL, or climbs above the archive root.
 */
export function resolveRelative(folder: string, reference: string): string | undefined {
  if (reference.length === 0 || reference.length > MAX_NAME_CHARS) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(reference) || reference.startsWith('/')) return undefined;
  if (reference.includes('\\')) return undefined;
  const parts: string[] = folder.split('/').filter((part) => part !== '');
  for (const part of reference.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length > 0 ? parts.join('/') : undefined;
}
