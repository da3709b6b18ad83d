import { type Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { type AppError } from '@saffron/shared';
import { baseName, folderOf, normalizePath, unsafePathReason } from './entry-path.ts';
import { archiveErrors, reasonOf } from './errors.ts';
import { contentTypeOfName } from './file-types.ts';
import { type UnpackBudget, meteredStream } from './meter.ts';
import { type ArchiveImage, type ArchiveLimits, type ArchiveSkip } from './types.ts';

/** What every zip of one upload shares: the caps and the one budget of unpacked bytes. */
export interface ReadContext {
  limits: ArchiveLimits;
  budget: UnpackBudget;
}

const UNIX_FILE_TYPE = 0o170000;
const UNIX_SYMLINK = 0o120000;
const STORED = 0;
const DEFLATED = 8;

// Names are decoded and checked here, not by yauzl: its check fails the whole archive,
// where one bad entry should only cost that entry.
const YAUZL_OPTIONS = { autoClose: false, decodeStrings: false, strictFileNames: true };

function openError(error: unknown): AppError {
  const message = error instanceof Error ? error.message : String(error);
  if (message.startsWith('End of central directory record signature not found')) {
    return archiveErrors.damaged('its end is missing (was the upload cut short?)');
  }
  return archiveErrors.damaged(`its table of contents cannot be read (${message})`);
}

function refusalOf(entry: Entry, name: string): string | undefined {
  const unsafe = unsafePathReason(name);
  if (unsafe) return unsafe;
  if (((entry.externalFileAttributes >>> 16) & UNIX_FILE_TYPE) === UNIX_SYMLINK) {
    return 'it is a symbolic link';
  }
  if (entry.isEncrypted()) return 'it is encrypted (password-protected)';
  if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) {
    return `it is packed with a method we cannot read (${entry.compressionMethod})`;
  }
  return undefined;
}

/** Control characters and overlong names are not echoed back to a person. */
function printable(name: string): string {
  // eslint-disable-next-line no-control-regex -- replacing exactly these
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 200 ? `${clean.slice(0, 200)}…` : clean;
}

/**
 * One zip, its table of contents read up front (names only, no data), its entries opened
 * one at a time with random access, never unpacked whole into memory.
 */
export class ZipArchive {
  private readonly zip: ZipFile;
  private readonly files: Map<string, Entry>;
  /** Entries that are never read, with why: they become `skipped` items. */
  readonly refused: ArchiveSkip[];
  readonly context: ReadContext;
  /** "Pancakes.zip/" for a zip inside the upload, so messages say where. */
  readonly labelPrefix: string;
  private folders: Map<string, string[]> | undefined;

  private constructor(
    zip: ZipFile,
    files: Map<string, Entry>,
    refused: ArchiveSkip[],
    context: ReadContext,
    labelPrefix: string,
  ) {
    this.zip = zip;
    this.files = files;
    this.refused = refused;
    this.context = context;
    this.labelPrefix = labelPrefix;
  }

  static async open(source: string | Buffer, context: ReadContext, labelPrefix = '') {
    let zip: ZipFile;
    try {
      zip =
        typeof source === 'string'
          ? await yauzl.openPromise(source, YAUZL_OPTIONS)
          : await yauzl.fromBufferPromise(source, YAUZL_OPTIONS);
    } catch (error) {
      throw openError(error);
    }
    const { maxEntries } = context.limits;
    if (zip.entryCount > maxEntries) {
      zip.close();
      throw archiveErrors.tooLarge(
        `it holds ${zip.entryCount} files; at most ${maxEntries} are read`,
      );
    }
    const files = new Map<string, Entry>();
    const refused: ArchiveSkip[] = [];
    try {
      for await (const entry of zip.eachEntry()) {
        const raw = yauzl.getFileNameLowLevel(
          entry.generalPurposeBitFlag,
          entry.fileNameRaw,
          entry.extraFields,
          true,
        );
        const name = normalizePath(raw);
        if (raw.endsWith('/') && !unsafePathReason(raw)) continue;
        const reason = files.has(name) ? 'it appears twice in the archive' : refusalOf(entry, raw);
        if (reason) {
          const label = labelPrefix + printable(raw);
          refused.push({ kind: 'skipped', entry: label, reason: `Refused "${label}": ${reason}.` });
        } else files.set(name, entry);
      }
    } catch (error) {
      zip.close();
      throw openError(error);
    }
    return new ZipArchive(zip, files, refused, context, labelPrefix);
  }

  /** Every readable file, in the order the archive lists them (an export's own order). */
  names(): string[] {
    return [...this.files.keys()];
  }

  /** The files directly in one folder ("recipes/pancakes/"), in archive order. */
  filesIn(folder: string): string[] {
    if (!this.folders) {
      this.folders = new Map();
      for (const name of this.files.keys()) {
        const parent = folderOf(name);
        const siblings = this.folders.get(parent);
        if (siblings) siblings.push(name);
        else this.folders.set(parent, [name]);
      }
    }
    return this.folders.get(folder) ?? [];
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  label(path: string): string {
    return this.labelPrefix + path;
  }

  /** The unpacked bytes of one file, metered; fails once it passes `maxBytes`. */
  async openEntry(path: string, maxBytes: number): Promise<Readable> {
    const entry = this.files.get(path);
    if (!entry) throw archiveErrors.damaged(`"${this.label(path)}" is missing`);
    const tooLarge = () => archiveErrors.entryTooLarge(this.label(path), maxBytes);
    // The header is only a claim, but a claim over the cap is reason enough to stop early.
    if (entry.uncompressedSize > maxBytes) throw tooLarge();
    const raw = await this.zip
      .openReadStreamPromise(entry, { decodeFileData: false })
      .catch((error: unknown) => {
        throw archiveErrors.damaged(`"${this.label(path)}" cannot be found (${reasonOf(error)})`);
      });
    return meteredStream(
      raw,
      {
        label: this.label(path),
        deflated: entry.compressionMethod === DEFLATED,
        declaredSize: entry.uncompressedSize,
        declaredCrc32: entry.crc32,
      },
      { maxBytes, tooLarge, limits: this.context.limits, budget: this.context.budget, key: entry },
    );
  }

  /** A whole (small) file in memory: a recipe's JSON, a nested zip, within `maxBytes`. */
  async readBuffer(path: string, maxBytes: number): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.openEntry(path, maxBytes)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  image(path: string): ArchiveImage {
    const entry = this.files.get(path);
    const contentType = contentTypeOfName(path);
    return {
      name: baseName(path),
      ...(contentType ? { contentType } : {}),
      size: entry?.uncompressedSize ?? 0,
      open: () => this.openEntry(path, this.context.limits.maxEntryBytes),
    };
  }

  close(): void {
    this.zip.close();
  }
}
