import { type Readable } from 'node:stream';
import { type RecipeDraft } from '../draft.ts';

/** A photo or other file that came with a recipe; the caller stores it as an attachment. */
export interface ArchiveImage {
  /** The file's own name inside the archive ("original.webp", "image.jpg"). */
  name: string;
  /** Guessed from the name; the files service sniffs the bytes anyway. */
  contentType?: string;
  /** Bytes the stream will give; it fails rather than give more or fewer. */
  size: number;
  /** Known for Saffron's own export, where it was checked before the item was handed out. */
  sha256?: string;
  /**
   * The bytes, capped and checked as they are read. Works until the next item is asked
   * for: take what you need from an item before moving on.
   */
  open(): Promise<Readable>;
}

export type ArchiveItem =
  | {
      kind: 'recipe';
      /** Where in the archive it came from ("recipes/pancakes/pancakes.json"), for the summary. */
      entry: string;
      draft: RecipeDraft;
      /** Saffron's own export only: the recipe object exactly as it was exported. */
      exact?: unknown;
      images: ArchiveImage[];
      warnings: string[];
    }
  | { kind: 'skipped'; entry: string; reason: string };

export type ArchiveSkip = Extract<ArchiveItem, { kind: 'skipped' }>;

/** Caps for one archive, counted on the bytes actually unpacked (headers are not trusted). */
export interface ArchiveLimits {
  /** Entries in one zip (a nested zip counts its own). */
  maxEntries: number;
  /** Bytes unpacked from the whole archive, nested zips and re-reads of an unfinished entry included. */
  maxTotalBytes: number;
  /** Bytes unpacked from one entry: a photo, an attachment. */
  maxEntryBytes: number;
  /** Bytes of one JSON document (a recipe file, Mealie's database.json), once unpacked. */
  maxJsonBytes: number;
  /** Bytes of one zip inside the zip (Tandoor's per-recipe zips), which is held in memory. */
  maxNestedZipBytes: number;
  /** Unpacked bytes per stored byte, checked once an entry passes `ratioGraceBytes`. */
  maxRatio: number;
  ratioGraceBytes: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 2048 * MiB,
  maxEntryBytes: 100 * MiB,
  maxJsonBytes: 50 * MiB,
  maxNestedZipBytes: 64 * MiB,
  maxRatio: 100,
  ratioGraceBytes: 1 * MiB,
};
