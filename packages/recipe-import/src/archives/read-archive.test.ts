import { gzipSync } from 'node:zlib';
import { AppError } from '@saffron/shared';
import { describe, expect, it } from 'vitest';
import { recipeToJsonLd, SAFFRON_PROPERTY } from '../export/json-ld.ts';
import { nextcloudZip } from '../testing/app-fixtures.ts';
import {
  collect,
  gzipJson,
  photos,
  recipesOf,
  useWorkspace,
  zipBytes,
} from '../testing/zip-builder.ts';
import { readArchive } from './read-archive.ts';
import { type ArchiveItem } from './types.ts';

const space = useWorkspace();

describe('single files', () => {
  it('reads one Paprika recipe on its own, gzipped, with its photo', async () => {
    const photo = await photos.jpeg();
    const path = await space.file(
      'x.bin',
      gzipJson({
        name: 'Flatbread',
        ingredients: '2 cups flour\n1 cup yogurt',
        directions: 'Mix.\nCook in a dry pan.',
        photo_data: photo.toString('base64'),
      }),
    );
    const [item] = recipesOf(await collect(readArchive(path)));
    expect(item?.draft.ingredients).toEqual([{ text: '2 cups flour' }, { text: '1 cup yogurt' }]);
    expect(item?.bytes).toEqual([photo]);
  });

  it('refuses a gzip that unpacks past the JSON cap', async () => {
    const path = await space.file('zeros.gz', gzipSync(Buffer.alloc(2_000_000)));
    const error: unknown = await collect(readArchive(path, { maxJsonBytes: 1_000_000 })).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe('"the uploaded file" is larger than 977 KB.');
  });

  it('restores a one-recipe JSON-LD download exactly, and says which attachments are not in it', async () => {
    const recipe = { id: 'r1', name: 'Flan', createdAt: new Date('2024-05-05T05:05:05.005Z') };
    const attachment = {
      file: 'flan.jpg',
      filename: 'flan.jpg',
      contentType: 'image/jpeg',
      size: 10,
      sha256: 'c'.repeat(64),
    };
    const json = JSON.stringify(recipeToJsonLd(recipe, { attachments: [attachment] }));
    const [item] = recipesOf(await collect(readArchive(await space.file('flan.json', json))));
    expect(item?.exact).toStrictEqual(recipe);
    expect(item?.warnings).toEqual(['The attachment "flan.jpg" is not in the archive.']);
  });

  it('skips a recipe exported by a newer Saffron', async () => {
    const document = recipeToJsonLd({ id: 'r1', name: 'Flan' });
    const newer = { ...document, [SAFFRON_PROPERTY]: { formatVersion: 99, recipe: {} } };
    const items = await collect(readArchive(await space.file('newer.json', JSON.stringify(newer))));
    expect(items).toEqual([
      {
        kind: 'skipped',
        entry: 'the uploaded file',
        reason: 'It was exported by a newer version of Saffron: update Saffron to import it.',
      },
    ]);
  });
});

describe('images', () => {
  it('open until the next item is asked for, and are retired then', async () => {
    const bytes = await zipBytes([
      { name: 'a.zip', data: await nextcloudZip() },
      { name: 'b.zip', data: await nextcloudZip() },
    ]);
    const items = readArchive(await space.file('two.zip', bytes));
    const first = (await items.next()).value as ArchiveItem;
    const image = first.kind === 'recipe' ? first.images[0] : undefined;
    expect(image).toBeDefined();
    (await image!.open()).destroy();
    await items.next();
    await expect(image!.open()).rejects.toThrow('This image was retired');
    await items.return(undefined);
  });
});
