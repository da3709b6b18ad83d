import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { readArchive } from '../archives/read-archive.ts';
import { collect, photos, recipesOf, useWorkspace } from '../testing/zip-builder.ts';
import { type ExportAttachment, type ExportRecipe } from './types.ts';
import { writeExport } from './write-export.ts';

const space = useWorkspace();

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function attachment(filename: string, contentType: string, bytes: Buffer): ExportAttachment {
  return {
    filename,
    contentType,
    size: bytes.length,
    sha256: sha256(bytes),
    open: () => Promise.resolve(Readable.from([bytes])),
  };
}

async function threeRecipes(): Promise<ExportRecipe[]> {
  const [png, jpeg] = await Promise.all([photos.png(), photos.jpeg()]);
  const pdf = Buffer.from('%PDF-1.4\n% a recipe card\n'.repeat(40));
  return [
    {
      recipe: {
        id: '0b7c6f1e-1111-4a4a-9c9c-000000000001',
        name: 'Crème brûlée',
        description: 'Silky custard under burnt sugar.',
        servings: 4,
        prepMinutes: 20,
        cookMinutes: 45,
        sourceUrl: 'https://example.test/creme-brulee',
        tags: ['dessert', 'french'],
        steps: [
          { text: 'Warm the cream.', group: 'Custard' },
          { text: 'Torch the sugar.', group: 'Top' },
        ],
        ingredients: [
          { quantity: '2', unit: 'cup', name: 'cream', group: 'Custard', original: '2 cups cream' },
          {
            quantity: '4',
            quantityMax: '5',
            size: 'large',
            name: 'egg yolks',
            preparation: 'beaten',
          },
          { name: 'sugar', note: 'for the top', group: 'Top' },
        ],
        createdAt: new Date('2024-01-02T03:04:05.678Z'),
        updatedAt: new Date('2024-02-03T04:05:06.789Z'),
        rating: undefined,
        attachments: [{ id: 'a1', filename: 'top.png' }],
      },
      attachments: [
        attachment('top.png', 'image/png', png),
        attachment('Top.PNG', 'image/png', jpeg),
        attachment('../../etc/passwd', 'application/pdf', pdf),
      ],
    },
    {
      recipe: {
        id: '0b7c6f1e-2222-4a4a-9c9c-000000000002',
        name: 'Crème brûlée',
        steps: ['Same name, other recipe.'],
        tags: [],
        ingredients: [],
        createdAt: new Date('2024-03-01T00:00:00.000Z'),
        updatedAt: new Date('2024-03-01T00:00:00.000Z'),
      },
      attachments: [attachment('recipe.json', 'image/jpeg', jpeg)],
    },
    {
      recipe: {
        id: '0b7c6f1e-3333-4a4a-9c9c-000000000003',
        name: 'Plain toast',
        steps: [],
        tags: ['breakfast'],
        ingredients: [{ quantity: '1', name: 'slice of bread' }],
        createdAt: new Date('2024-04-01T00:00:00.000Z'),
        updatedAt: new Date('2024-04-01T00:00:00.000Z'),
        futureField: { nested: [1, 'two', null, { deep: true }] },
      },
      attachments: [],
    },
  ];
}

async function* lazily(recipes: ExportRecipe[], pulled: { count: number }) {
  for (const recipe of recipes) {
    pulled.count++;
    yield await Promise.resolve(recipe);
  }
}

async function exportToFile(name: string, recipes: ExportRecipe[]): Promise<string> {
  const path = await space.file(name, '');
  const stream = writeExport(lazily(recipes, { count: 0 }), {
    exportedAt: new Date('2024-06-01T00:00:00Z'),
    appVersion: '1.2.3',
  });
  await pipeline(stream, createWriteStream(path));
  return path;
}

async function entryNames(path: string): Promise<string[]> {
  const zip = await yauzl.openPromise(path);
  const names: string[] = [];
  for await (const entry of zip.eachEntry()) names.push(entry.fileName);
  return names;
}

describe('writeExport', () => {
  it('lays out README, manifest, and one folder per recipe with safe, unique file names', async () => {
    const path = await exportToFile('layout.zip', await threeRecipes());
    expect(await entryNames(path)).toEqual([
      'README.md',
      'saffron-export.json',
      'recipes/creme-brulee-0b7c6f1e/recipe.json',
      'recipes/creme-brulee-0b7c6f1e/top.png',
      'recipes/creme-brulee-0b7c6f1e/Top-2.PNG',
      'recipes/creme-brulee-0b7c6f1e/passwd',
      'recipes/creme-brulee-0b7c6f1e-2/recipe.json',
      'recipes/creme-brulee-0b7c6f1e-2/recipe-2.json',
      'recipes/plain-toast-0b7c6f1e/recipe.json',
    ]);
  });

  it('reads back as the same recipe objects and the same attachment bytes', async () => {
    const recipes = await threeRecipes();
    const items = recipesOf(await collect(readArchive(await exportToFile('round.zip', recipes))));
    expect(items.map((item) => item.exact)).toStrictEqual(recipes.map((item) => item.recipe));
    expect(items.map((item) => item.warnings)).toEqual([[], [], []]);
    for (const [index, item] of items.entries()) {
      const sent = recipes[index]!.attachments;
      expect(item.images.map((image) => [image.name, image.contentType, image.size])).toEqual(
        sent.map((file) => [file.filename, file.contentType, file.size]),
      );
      expect(item.bytes?.map(sha256)).toEqual(sent.map((file) => file.sha256));
    }
    expect(items[0]?.draft).toMatchObject({
      name: 'Crème brûlée',
      servings: 4,
      prepMinutes: 20,
      cookMinutes: 45,
      tags: ['dessert', 'french'],
      ingredients: [
        { text: '2 cups cream', group: 'Custard' },
        { text: '4–5 large egg yolks, beaten' },
        { text: 'sugar, for the top', group: 'Top' },
      ],
      steps: [
        { text: 'Warm the cream.', group: 'Custard' },
        { text: 'Torch the sugar.', group: 'Top' },
      ],
    });
  });

  it('leaves out an attachment whose bytes do not match its checksum, with a warning', async () => {
    const [first] = await threeRecipes();
    const png = await photos.png();
    const wrong = { ...attachment('top.png', 'image/png', png), sha256: sha256(Buffer.from('x')) };
    const path = await exportToFile('tampered.zip', [{ ...first!, attachments: [wrong] }]);
    const [item] = recipesOf(await collect(readArchive(path)));
    expect(item?.images).toEqual([]);
    expect(item?.warnings).toEqual([
      'The attachment "top.png" was left out: its bytes do not match the checksum in the export.',
    ]);
    expect(item?.exact).toEqual(first!.recipe);
  });

  it('pulls recipes only as fast as the zip is read', async () => {
    const photo = randomBytes(200_000);
    const many = Array.from({ length: 50 }, (_, index) => ({
      recipe: { id: `id-${index}`, name: `Recipe ${index}` },
      attachments: [attachment('photo.jpg', 'image/jpeg', photo)],
    }));
    const pulled = { count: 0 };
    const stream = writeExport(lazily(many, pulled), { exportedAt: new Date(), appVersion: 'x' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pulled.count).toBeLessThan(5);
    await pipeline(stream, createWriteStream(await space.file('many.zip', '')));
    expect(pulled.count).toBe(50);
  });

  it('ends the stream with the error of an attachment that cannot be opened', async () => {
    const [first] = await threeRecipes();
    const broken = {
      ...attachment('gone.png', 'image/png', Buffer.from('x')),
      open: () => Promise.reject(new Error('storage is down')),
    };
    const stream = writeExport(lazily([{ ...first!, attachments: [broken] }], { count: 0 }), {
      exportedAt: new Date(),
      appVersion: 'x',
    });
    await expect(
      pipeline(stream, createWriteStream(await space.file('broken.zip', ''))),
    ).rejects.toThrow('storage is down');
  });

  it('ends the stream with the error of the recipe source', async () => {
    async function* failing(): AsyncGenerator<ExportRecipe> {
      yield await Promise.resolve({ recipe: { id: 'a', name: 'A' }, attachments: [] });
      throw new Error('database went away');
    }
    const target = createWriteStream(await space.file('failing.zip', ''));
    const stream = writeExport(failing(), { exportedAt: new Date(), appVersion: 'x' });
    await expect(pipeline(stream, target)).rejects.toThrow('database went away');
  });

  it('closes the attachment it is reading when the reader goes away', async () => {
    const source = new Readable({ read() {} });
    source.push(randomBytes(100_000));
    const slow = { ...attachment('big.bin', 'application/octet-stream', Buffer.alloc(0)) };
    slow.open = () => Promise.resolve(source);
    const stream = writeExport(
      lazily([{ recipe: { id: 'a', name: 'A' }, attachments: [slow] }], { count: 0 }),
      {
        exportedAt: new Date(),
        appVersion: 'x',
      },
    );
    stream.resume();
    await new Promise((resolve) => setTimeout(resolve, 50));
    stream.destroy();
    await new Promise((resolve) => source.once('close', resolve));
    expect(source.destroyed).toBe(true);
  });
});
