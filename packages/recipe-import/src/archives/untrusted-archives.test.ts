import { AppError } from '@saffron/shared';
import { describe, expect, it } from 'vitest';
import { recipeToJsonLd } from '../export/json-ld.ts';
import {
  collect,
  markEncrypted,
  recipesOf,
  renameEntries,
  setDeclaredSizes,
  skipsOf,
  useWorkspace,
  zeros,
  zipBytes,
} from '../testing/zip-builder.ts';
import { readArchive } from './read-archive.ts';

const space = useWorkspace();

const recipeJson = (name: string) =>
  JSON.stringify(recipeToJsonLd({ id: `id-${name}`, name, steps: ['Cook it.'] }));

async function zipFile(name: string, entries: Parameters<typeof zipBytes>[0]) {
  return space.file(name, await zipBytes(entries));
}

async function failure(path: string, options = {}): Promise<AppError> {
  const error: unknown = await collect(readArchive(path, options)).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('files that are no export', () => {
  it('refuses a file that is neither zip nor JSON, whatever it is called', async () => {
    const error = await failure(await space.file('export.zip', 'just some notes\n'));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(/^This file is not an export we recognise: it is neither/);
  });

  it('refuses an empty file and an empty zip', async () => {
    expect((await failure(await space.file('empty.zip', ''))).message).toMatch(/file is empty/);
    expect((await failure(await zipFile('no-entries.zip', []))).message).toMatch(
      /archive is empty/,
    );
  });

  it('says a cut-off zip is damaged', async () => {
    const whole = await zipBytes([{ name: 'a/recipe.json', data: recipeJson('Soup') }]);
    const error = await failure(await space.file('cut.zip', whole.subarray(0, whole.length - 30)));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(/damaged or incomplete: its end is missing/);
  });

  it('refuses a zip whose files are no recipes at all', async () => {
    const path = await zipFile('other.zip', [{ name: 'notes.json', data: '{"todo":[1,2]}' }]);
    expect((await failure(path)).message).toMatch(/no recipe in it/);
  });
});

describe('hostile entries', () => {
  it('refuses entries whose paths leave the archive, and reads the rest', async () => {
    const honest = await zipBytes([
      { name: 'xx/evil.json', data: recipeJson('Evil') },
      { name: 'xxslash.json', data: recipeJson('Absolute') },
      { name: 'Cx/drive.json', data: recipeJson('Drive') },
      { name: 'aa/back.json', data: recipeJson('Backslash') },
      { name: 'ok/recipe.json', data: recipeJson('Soup') },
    ]);
    let hostile = renameEntries(honest, 'xx/evil.json', '../evil.json');
    hostile = renameEntries(hostile, 'xxslash.json', '/etc/x.json1');
    hostile = renameEntries(hostile, 'Cx/drive.json', 'C:/drive.json');
    hostile = renameEntries(hostile, 'aa/back.json', 'aa\\back.json');
    const items = await collect(readArchive(await space.file('slip.zip', hostile)));
    expect(recipesOf(items).map((item) => item.draft.name)).toEqual(['Soup']);
    const reasons = skipsOf(items).map((item) => item.reason);
    expect(reasons).toEqual([
      'Refused "../evil.json": its path leads outside the archive (..).',
      'Refused "/etc/x.json1": its path is absolute.',
      'Refused "C:/drive.json": its path starts with a drive letter.',
      'Refused "aa\\back.json": its path uses backslashes.',
    ]);
  });

  it('refuses symbolic links and encrypted entries', async () => {
    const link = await zipFile('link.zip', [
      { name: 'link.json', data: '/etc/passwd', mode: 0o120777 },
      { name: 'ok/recipe.json', data: recipeJson('Soup') },
    ]);
    const items = await collect(readArchive(link));
    expect(skipsOf(items).map((item) => item.reason)).toEqual([
      'Refused "link.json": it is a symbolic link.',
    ]);
    const locked = markEncrypted(await zipBytes([{ name: 'r.json', data: recipeJson('Soup') }]));
    const lockedItems = await collect(readArchive(await space.file('locked.zip', locked)));
    expect(lockedItems).toEqual([
      {
        kind: 'skipped',
        entry: 'r.json',
        reason: 'Refused "r.json": it is encrypted (password-protected).',
      },
    ]);
  });

  it('does not trust a header that understates what an entry holds', async () => {
    const lying = setDeclaredSizes(
      await zipBytes([{ name: 'a/recipe.json', data: recipeJson('Soup') }]),
      10,
    );
    const [item] = await collect(readArchive(await space.file('lying.zip', lying)));
    expect(item).toMatchObject({ kind: 'skipped', entry: 'a/recipe.json' });
    expect(item?.kind === 'skipped' && item.reason).toMatch(/holds more data than its header says/);
  });
});

describe('zip bombs and sheer size', () => {
  it('skips 100 MB of zeros whose header admits its size, without unpacking it', async () => {
    const path = await zipFile('honest-bomb.zip', [{ name: 'bomb/recipe.json', data: zeros(100) }]);
    await expect(collect(readArchive(path))).resolves.toEqual([
      {
        kind: 'skipped',
        entry: 'bomb/recipe.json',
        reason: 'It could not be read: "bomb/recipe.json" is larger than 50 MB.',
      },
    ]);
  });

  it('stops 100 MB of zeros that claim to be 40 MB within the first megabytes', async () => {
    const packed = await zipBytes([{ name: 'bomb/recipe.json', data: zeros(100) }]);
    const path = await space.file('bomb.zip', setDeclaredSizes(packed, 40 * 1024 * 1024));
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const error = await failure(path);
    clearInterval(sampler);
    expect(error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(error.message).toBe(
      'This archive looks like a zip bomb: "bomb/recipe.json" unpacks to more than 100 times its packed size.',
    );
    expect(peak - before).toBeLessThan(40 * 1024 * 1024);
  });

  it('refuses 20,000 entries before reading any', async () => {
    const entries = Array.from({ length: 20_000 }, (_, index) => ({
      name: `f/${index}.txt`,
      data: '',
      compress: false,
    }));
    const error = await failure(await zipFile('many.zip', entries));
    expect(error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(error.message).toBe(
      'This archive is too large: it holds 20000 files; at most 10000 are read.',
    );
  });

  it('counts every unpacked byte against the total cap', async () => {
    const big = (name: string) => ({ name, data: recipeJson(name).padEnd(400_000, ' ') });
    const path = await zipFile('total.zip', [big('a.json'), big('b.json'), big('c.json')]);
    const error = await failure(path, { maxTotalBytes: 1_000_000, maxRatio: 10_000 });
    expect(error.message).toBe('This archive is too large: it unpacks to more than 977 KB in all.');
  });

  it('skips one document over the JSON cap and reads the others', async () => {
    const path = await zipFile('one-big.zip', [
      { name: 'big.json', data: recipeJson('Big').padEnd(300_000, ' ') },
      { name: 'small.json', data: recipeJson('Small') },
    ]);
    const items = await collect(readArchive(path, { maxJsonBytes: 100_000, maxRatio: 10_000 }));
    expect(recipesOf(items).map((item) => item.draft.name)).toEqual(['Small']);
    expect(skipsOf(items)).toEqual([
      {
        kind: 'skipped',
        entry: 'big.json',
        reason: 'It could not be read: "big.json" is larger than 98 KB.',
      },
    ]);
  });
});

describe('damaged recipes and nesting', () => {
  it('skips the one broken JSON of three with its reason', async () => {
    const path = await zipFile('three.zip', [
      { name: 'a/recipe.json', data: recipeJson('Apple pie') },
      { name: 'b/recipe.json', data: '{"@type": "Recipe", "name": "Broken' },
      { name: 'c/recipe.json', data: recipeJson('Carrot cake') },
    ]);
    const items = await collect(readArchive(path));
    expect(recipesOf(items).map((item) => item.draft.name)).toEqual(['Apple pie', 'Carrot cake']);
    const [skip] = skipsOf(items);
    expect(skip?.entry).toBe('b/recipe.json');
    expect(skip?.reason).toMatch(/^It could not be read: its JSON is broken/);
  });

  it('skips an entry whose packed bytes are corrupted, checked by its CRC', async () => {
    const zip = await zipBytes([
      { name: 'a/recipe.json', data: recipeJson('Apple pie'), compress: false },
      { name: 'b/recipe.json', data: recipeJson('Banana bread') },
    ]);
    const corrupted = Buffer.from(zip);
    const at = corrupted.indexOf('Apple pie');
    corrupted.write('Apple tart', at, 'latin1');
    const items = await collect(readArchive(await space.file('corrupt.zip', corrupted)));
    expect(recipesOf(items).map((item) => item.draft.name)).toEqual(['Banana bread']);
    expect(skipsOf(items)).toEqual([
      {
        kind: 'skipped',
        entry: 'a/recipe.json',
        reason:
          'It could not be read: This archive is damaged or incomplete: "a/recipe.json" is cut short or corrupted.',
      },
    ]);
  });

  it('reads a zip inside the zip, and refuses one level deeper', async () => {
    const deepest = await zipBytes([{ name: 'recipe.json', data: recipeJson('Too deep') }]);
    const inner = await zipBytes([
      { name: 'recipe.json', data: recipeJson('Nested') },
      { name: 'deeper.zip', data: deepest },
    ]);
    const items = await collect(
      readArchive(await zipFile('nested.zip', [{ name: 'Nested.zip', data: inner }])),
    );
    expect(recipesOf(items).map((item) => [item.entry, item.draft.name])).toEqual([
      ['Nested.zip/recipe.json', 'Nested'],
    ]);
    expect(skipsOf(items)).toEqual([
      {
        kind: 'skipped',
        entry: 'Nested.zip/deeper.zip',
        reason: 'A zip inside a zip inside the archive is not read.',
      },
    ]);
  });
});
