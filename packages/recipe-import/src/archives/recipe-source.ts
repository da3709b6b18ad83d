import { folderOf } from './entry-path.ts';
import { reasonOf } from './errors.ts';
import { type ArchiveItem } from './types.ts';
import { type ZipArchive } from './zip-archive.ts';

/** Where one JSON document was found: the zip around it (none for a bare file), and its path. */
export interface RecipeSource {
  archive: ZipArchive | undefined;
  /** The document's path inside `archive` ("recipes/pancakes/pancakes.json"). */
  path: string;
  /** How the summary names it; several recipes in one file get "#2", "#3"... */
  label: string;
}

export function folderOfSource(source: RecipeSource): string {
  return folderOf(source.path);
}

export function skipped(entry: string, reason: string): ArchiveItem {
  return { kind: 'skipped', entry, reason };
}

/** What a person reads when one entry or recipe could not be read, whatever went wrong. */
export function unreadable(entry: string, error: unknown): ArchiveItem {
  return skipped(entry, `It could not be read: ${reasonOf(error)}`);
}
