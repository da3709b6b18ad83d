import { type Readable, Transform, type TransformCallback, pipeline } from 'node:stream';
import { createInflateRaw, crc32 } from 'node:zlib';
import { archiveErrors } from './errors.ts';
import { type ArchiveLimits } from './types.ts';

/**
 * Every byte unpacked from one archive goes through here. Sizes in zip headers are claims:
 * what counts is what the inflater actually produces, checked chunk by chunk, so a bomb is
 * stopped within one chunk of a limit, whatever its headers say.
 */

/** Unpacked bytes left for the whole archive, nested zips included. */
export class UnpackBudget {
  private used = 0;
  private readonly finished = new WeakSet<object>();
  private readonly maxBytes: number;

  constructor(maxBytes: number) {
    this.maxBytes = maxBytes;
  }

  /** Bytes of an entry that was already read to its end once do not count again. */
  charge(entry: object, bytes: number): void {
    if (this.finished.has(entry)) return;
    this.used += bytes;
    if (this.used > this.maxBytes) {
      throw archiveErrors.overBudget(this.maxBytes);
    }
  }

  finish(entry: object): void {
    this.finished.add(entry);
  }
}

/** What the meter needs to know of one entry: its header's claims and how it is packed. */
export interface MeteredEntry {
  label: string;
  deflated: boolean;
  declaredSize: number;
  declaredCrc32: number;
}

export interface MeterOptions {
  /** The smaller of the entry cap for this kind of file and what the caller wants. */
  maxBytes: number;
  tooLarge: () => Error;
  limits: Pick<ArchiveLimits, 'maxRatio' | 'ratioGraceBytes'>;
  budget: UnpackBudget;
  /** Identity for the budget: the same object each time this entry is opened. */
  key: object;
}

class ByteCounter extends Transform {
  bytes = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    done(null, chunk);
  }
}

class Meter extends Transform {
  private bytes = 0;
  private crc = 0;
  private readonly entry: MeteredEntry;
  private readonly packed: ByteCounter;
  private readonly options: MeterOptions;

  constructor(entry: MeteredEntry, packed: ByteCounter, options: MeterOptions) {
    super();
    this.entry = entry;
    this.packed = packed;
    this.options = options;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    const { entry, options } = this;
    const { maxRatio, ratioGraceBytes } = options.limits;
    try {
      options.budget.charge(options.key, chunk.length);
    } catch (error) {
      done(error as Error);
      return;
    }
    if (this.bytes > ratioGraceBytes && this.bytes > maxRatio * Math.max(1, this.packed.bytes)) {
      done(archiveErrors.bomb(entry.label, maxRatio));
    } else if (this.bytes > options.maxBytes) {
      done(options.tooLarge());
    } else if (this.bytes > entry.declaredSize) {
      done(archiveErrors.damaged(`"${entry.label}" holds more data than its header says`));
    } else {
      this.crc = crc32(chunk, this.crc);
      done(null, chunk);
    }
  }

  override _flush(done: TransformCallback): void {
    const { entry } = this;
    if (this.bytes !== entry.declaredSize || this.crc !== entry.declaredCrc32 >>> 0) {
      done(archiveErrors.damaged(`"${entry.label}" is cut short or corrupted`));
      return;
    }
    this.options.budget.finish(this.options.key);
    done();
  }
}

/** The entry's bytes, unpacked and metered, from its raw (still packed) stream. */
export function meteredStream(raw: Readable, entry: MeteredEntry, options: MeterOptions): Readable {
  const packed = new ByteCounter();
  const meter = new Meter(entry, packed, options);
  if (!entry.deflated) {
    pipeline(raw, packed, meter, () => {});
    return meter;
  }
  const inflater = createInflateRaw();
  // Registered before pipeline's own handlers, so the reader sees this message, not zlib's.
  inflater.once('error', (error) => {
    meter.destroy(archiveErrors.damaged(`"${entry.label}" cannot be unpacked (${error.message})`));
  });
  // pipeline destroys every stage when one fails or the reader stops early.
  pipeline(raw, packed, inflater, meter, () => {});
  return meter;
}
