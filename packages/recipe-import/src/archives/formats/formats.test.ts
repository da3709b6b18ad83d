import { describe, expect, it } from 'vitest';
import {
  nextcloudZip,
  paprikaExportZip,
  schemaOrgZip,
  tandoorExportZip,
} from '../../testing/app-fixtures.ts';
import { mealieBackupZip, mealieRecipeZip, mealieV0Zip } from '../../testing/mealie-fixtures.ts';
import { collect, photos, recipesOf, useWorkspace } from '../../testing/zip-builder.ts';
import { readArchive } from '../read-archive.ts';

const space = useWorkspace();

/** Reads a fixture saved under a name that says nothing of its format. */
async function importOf(bytes: Buffer) {
  const items = await collect(readArchive(await space.file(`upload-${Math.random()}`, bytes)));
  expect(items.filter((item) => item.kind === 'skipped')).toEqual([]);
  return recipesOf(items);
}

describe('Mealie', () => {
  it('reads the per-recipe zip export: structured rows printed as lines, sections, photo', async () => {
    const [item, ...rest] = await importOf(await mealieRecipeZip());
    expect(rest).toEqual([]);
    expect(item?.entry).toBe('buttermilk-pancakes.json');
    expect(item?.draft).toEqual({
      name: 'Buttermilk Pancakes',
      description: 'Fluffy weekend pancakes.',
      servings: 4,
      prepMinutes: 10,
      cookMinutes: 25,
      totalMinutes: 35,
      ingredients: [
        { text: '2 cups flour, sifted', group: 'Batter' },
        { text: '1/2 tsp salt', group: 'Batter' },
        { text: 'Maple syrup, to taste', group: 'To serve' },
      ],
      steps: [
        { text: 'Whisk the flour and salt.', group: 'Batter' },
        { text: 'Fold in the buttermilk.', group: 'Batter' },
        { text: 'Fry in a hot pan, 2 minutes a side.', group: 'Cook' },
      ],
      tags: ['breakfast', 'brunch'],
      imageUrls: [],
      sourceUrl: 'https://example.test/pancakes',
      nutrition: 'Calories 320 · Fat 12 g · Protein 8 g',
      notes: 'Tip: Rest the batter for 10 minutes.',
      rating: 4,
    });
    expect(item?.images.map((image) => [image.name, image.contentType])).toEqual([
      ['original.webp', 'image/webp'],
    ]);
    expect(item?.bytes).toEqual([await photos.webp()]);
  });

  it('reads the v0 export: camelCase, lines as strings, the photo in images/', async () => {
    const [item, ...rest] = await importOf(await mealieV0Zip());
    expect(rest).toEqual([]);
    expect(item?.entry).toBe('recipes/garlic-bread/garlic-bread.json');
    expect(item?.draft).toMatchObject({
      name: 'Garlic Bread',
      servings: 6,
      cookMinutes: 15,
      totalMinutes: 25,
      ingredients: [{ text: '1 baguette' }, { text: '3 cloves garlic, minced' }],
      steps: [{ text: 'Spread the garlic butter.' }, { text: 'Bake.' }],
      tags: ['sides', 'italian'],
      sourceUrl: 'https://example.test/garlic-bread',
    });
    expect(item?.images.map((image) => image.name)).toEqual(['original.webp']);
  });

  it('rebuilds recipes from a v1 backup: rows joined, in position order, with their photo', async () => {
    const [item] = await importOf(await mealieBackupZip());
    expect(item?.entry).toBe('database.json: Tomato Soup');
    expect(item?.draft).toMatchObject({
      name: 'Tomato Soup',
      yieldText: '2 bowls',
      prepMinutes: 5,
      cookMinutes: 70,
      totalMinutes: 75,
      ingredients: [{ text: '2 cans tomatoes' }, { text: 'a pinch of sugar' }],
      steps: [{ text: 'Simmer the tomatoes.' }, { text: 'Blend.' }],
      tags: ['soup', 'lunch'],
    });
    expect(item?.images.map((image) => image.name)).toEqual(['original.webp']);
    expect(item?.bytes).toEqual([await photos.webp()]);
  });
});

describe('Tandoor', () => {
  it('reads the zip of recipe zips: amounts, units, foods and notes as lines, step groups', async () => {
    const [item] = await importOf(await tandoorExportZip());
    expect(item?.entry).toBe('Focaccia.zip/recipe.json');
    expect(item?.draft).toEqual({
      name: 'Focaccia',
      description: 'Olive oil bread.',
      servings: 8,
      yieldText: '8 pieces',
      prepMinutes: 30,
      cookMinutes: 120,
      totalMinutes: 150,
      ingredients: [
        { text: '500 g flour', group: 'Dough' },
        { text: '400 ml water, lukewarm', group: 'Dough' },
        { text: 'salt flake, to taste', group: 'Topping' },
      ],
      steps: [
        { text: 'Mix everything.', group: 'Dough' },
        { text: 'Knead for 10 minutes.', group: 'Dough' },
        { text: 'Bake at 220 °C for 25 minutes.' },
      ],
      tags: ['bread', 'italian'],
      imageUrls: [],
      sourceUrl: 'https://example.test/focaccia',
      nutrition: 'Calories 250 · Carbohydrates 40 · Fat 8 · Protein 6',
    });
    expect(item?.images.map((image) => [image.name, image.contentType])).toEqual([
      ['image.jpg', 'image/jpeg'],
    ]);
    expect(item?.bytes).toEqual([await photos.jpeg()]);
  });
});

describe('Paprika', () => {
  it('reads gzipped recipes: text lines, headings as groups, times in words, base64 photos', async () => {
    const [item] = await importOf(await paprikaExportZip());
    expect(item?.entry).toBe('Lemon Bars.paprikarecipe');
    expect(item?.draft).toEqual({
      name: 'Lemon Bars',
      yieldText: '16 bars',
      prepMinutes: 20,
      cookMinutes: 65,
      totalMinutes: 85,
      ingredients: [
        { text: '1 cup flour', group: 'Crust' },
        { text: '1/2 cup butter', group: 'Crust' },
        { text: '2 lemons, juiced', group: 'Filling' },
        { text: '3 eggs', group: 'Filling' },
      ],
      steps: [{ text: 'Press the crust into a tin.' }, { text: 'Pour the filling over and bake.' }],
      tags: ['desserts', 'baking'],
      imageUrls: ['https://example.test/lemon-bars.jpg'],
      sourceUrl: 'https://example.test/lemon-bars',
      nutrition: 'Calories: 210',
      notes: 'Dust with icing sugar.',
      rating: 5,
    });
    expect(item?.warnings).toEqual(["Servings could not be read from '16 bars'"]);
    expect(item?.images.map((image) => [image.name, image.contentType])).toEqual([
      ['lemon-bars.jpg', 'image/jpeg'],
      ['slice.png', 'image/png'],
    ]);
    expect(item?.bytes).toEqual([await photos.jpeg(), await photos.png()]);
  });
});

describe('schema.org', () => {
  it('reads Nextcloud Cookbook folders with the full-size photo beside recipe.json', async () => {
    const [item] = await importOf(await nextcloudZip());
    expect(item?.entry).toBe('Green Curry/recipe.json');
    expect(item?.draft).toMatchObject({
      name: 'Green Curry',
      servings: 4,
      prepMinutes: 15,
      cookMinutes: 20,
      totalMinutes: 35,
      ingredients: [{ text: '400 ml coconut milk' }, { text: '2 tbsp green curry paste' }],
      steps: [{ text: 'Fry the paste.' }, { text: 'Add the coconut milk and simmer.' }],
      tags: ['thai', 'curry', 'dinner'],
      imageUrls: ['https://example.test/green-curry.jpg'],
      sourceUrl: 'https://example.test/green-curry',
    });
    expect(item?.images.map((image) => image.name)).toEqual(['full.jpg']);
    expect(item?.bytes).toEqual([await photos.jpeg()]);
  });

  it('reads a @graph with sections, and a photo referenced by a relative path', async () => {
    const [item] = await importOf(await schemaOrgZip());
    expect(item?.entry).toBe('soups/miso.json');
    expect(item?.draft).toMatchObject({
      name: 'Miso Soup',
      servings: 2,
      yieldText: '2 bowls',
      totalMinutes: 15,
      steps: [{ text: 'Warm the dashi.', group: 'Broth' }, { text: 'Stir in the miso.' }],
      tags: ['japanese', 'soup'],
      imageUrls: [],
    });
    expect(item?.images.map((image) => image.name)).toEqual(['miso.png']);
    expect(item?.bytes).toEqual([await photos.png()]);
  });

  it('reads one bare JSON file of recipes, a list of them', async () => {
    const list = [
      {
        '@type': 'Recipe',
        name: 'Tea',
        recipeIngredient: ['1 tea bag'],
        recipeInstructions: 'Steep.',
      },
      { '@type': 'Recipe', name: 'Toast', recipeIngredient: ['1 slice bread'] },
    ];
    const items = await importOf(Buffer.from(JSON.stringify(list)));
    expect(items.map((item) => [item.entry, item.draft.name])).toEqual([
      ['the uploaded file #1', 'Tea'],
      ['the uploaded file #2', 'Toast'],
    ]);
    expect(items[1]?.warnings).toEqual(['No steps found']);
  });
});
