import { gzipJson, photos, zipBytes } from './zip-builder.ts';

/**
 * One small export per app, laid out and spelled as that app writes it (Tandoor's
 * `cookbook/integration/default.py` and `RecipeExportSerializer`, Paprika's
 * `.paprikarecipe` JSON, Nextcloud Cookbook's folders, a schema.org @graph), each with a
 * real photo. Mealie's are in mealie-fixtures.ts.
 */

/** Tandoor: a zip of per-recipe zips, each recipe.json + image.jpg. */
export async function tandoorExportZip(): Promise<Buffer> {
  const recipe = {
    name: 'Focaccia',
    description: 'Olive oil bread.',
    keywords: [{ name: 'bread', description: '' }, { name: 'Italian' }],
    working_time: 30,
    waiting_time: 120,
    servings: 8,
    servings_text: 'pieces',
    source_url: 'https://example.test/focaccia',
    internal: true,
    nutrition: { calories: 250, carbohydrates: 40, fats: 8, proteins: 6, source: '' },
    steps: [
      {
        name: 'Dough',
        instruction: 'Mix everything.\nKnead for 10 minutes.',
        order: 0,
        time: 15,
        show_as_header: true,
        ingredients: [
          {
            food: { name: 'flour', plural_name: null, ignore_shopping: false },
            unit: { name: 'g', plural_name: null, description: null },
            amount: '500.000',
            note: '',
            order: 0,
            is_header: false,
            no_amount: false,
          },
          {
            food: { name: 'water', plural_name: null },
            unit: { name: 'ml', plural_name: null },
            amount: 400,
            note: 'lukewarm',
            order: 1,
            is_header: false,
            no_amount: false,
          },
          { food: null, unit: null, amount: 0, note: 'Topping', order: 2, is_header: true },
          {
            food: { name: 'salt flake', plural_name: 'salt flakes' },
            unit: null,
            amount: 0,
            note: 'to taste',
            order: 3,
            is_header: false,
            no_amount: true,
          },
        ],
      },
      { name: '', instruction: 'Bake at 220 °C for 25 minutes.', order: 1, ingredients: [] },
    ],
  };
  const inner = await zipBytes([
    { name: 'recipe.json', data: JSON.stringify(recipe) },
    { name: 'image.jpg', data: await photos.jpeg() },
  ]);
  return zipBytes([{ name: 'Focaccia.zip', data: inner }]);
}

/** Paprika: a zip of `.paprikarecipe` entries, each gzipped JSON with the photo in base64. */
export async function paprikaExportZip(): Promise<Buffer> {
  const [jpeg, png] = await Promise.all([photos.jpeg(), photos.png()]);
  const recipe = {
    uid: 'E8A5C2B1-0000-4000-8000-000000000001',
    name: 'Lemon Bars',
    ingredients: 'Crust:\n1 cup flour\n1/2 cup butter\n\nFilling:\n2 lemons, juiced\n3 eggs',
    directions: '1. Press the crust into a tin.\n\n2. Pour the filling over and bake.',
    description: '',
    notes: 'Dust with icing sugar.',
    nutritional_info: 'Calories: 210',
    servings: '16 bars',
    prep_time: '20 mins',
    cook_time: '1 hr 5 mins',
    total_time: '',
    difficulty: 'Easy',
    categories: ['Desserts', 'Baking'],
    rating: 5,
    source: 'Example Kitchen',
    source_url: 'https://example.test/lemon-bars',
    image_url: 'https://example.test/lemon-bars.jpg',
    photo: 'lemon-bars.jpg',
    photo_data: jpeg.toString('base64'),
    photos: [{ name: '2', filename: 'slice.png', hash: 'x', data: png.toString('base64') }],
    created: '2024-03-01 10:00:00',
    hash: 'abc',
  };
  return zipBytes([{ name: 'Lemon Bars.paprikarecipe', data: gzipJson(recipe), compress: false }]);
}

/** Nextcloud Cookbook: one folder per recipe, recipe.json (schema.org) beside full.jpg. */
export async function nextcloudZip(): Promise<Buffer> {
  const recipe = {
    '@context': 'http://schema.org',
    '@type': 'Recipe',
    id: '1234',
    name: 'Green Curry',
    description: 'Thai green curry.',
    url: 'https://example.test/green-curry',
    image: 'https://example.test/green-curry.jpg',
    imageUrl: '/apps/cookbook/webapp/recipes/1234/image?size=full',
    prepTime: 'PT0H15M0S',
    cookTime: 'PT0H20M0S',
    totalTime: null,
    recipeCategory: 'Dinner',
    keywords: 'thai,curry',
    recipeYield: 4,
    tool: [],
    recipeIngredient: ['400 ml coconut milk', '2 tbsp green curry paste'],
    recipeInstructions: ['Fry the paste.', 'Add the coconut milk and simmer.'],
    nutrition: { '@type': 'NutritionInformation' },
    dateCreated: '2024-02-01T10:00:00+0000',
  };
  return zipBytes([
    { name: 'Green Curry/recipe.json', data: JSON.stringify(recipe) },
    { name: 'Green Curry/full.jpg', data: await photos.jpeg() },
    { name: 'Green Curry/thumb.jpg', data: await photos.jpeg() },
    { name: 'Green Curry/thumb16.jpg', data: await photos.jpeg() },
  ]);
}

/** Any zip of schema.org JSON: a @graph, with its photo referenced by a relative path. */
export async function schemaOrgZip(): Promise<Buffer> {
  const graph = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: 'Example' },
      {
        '@type': 'Recipe',
        name: 'Miso Soup',
        recipeYield: ['2', '2 bowls'],
        totalTime: 'PT15M',
        recipeIngredient: ['1 tbsp miso', '2 cups dashi'],
        recipeInstructions: [
          {
            '@type': 'HowToSection',
            name: 'Broth',
            itemListElement: [{ '@type': 'HowToStep', text: 'Warm the dashi.' }],
          },
          { '@type': 'HowToStep', text: 'Stir in the miso.' },
        ],
        keywords: ['japanese', 'soup'],
        image: { '@type': 'ImageObject', url: '../photos/miso.png' },
      },
    ],
  };
  return zipBytes([
    { name: 'soups/miso.json', data: JSON.stringify(graph) },
    { name: 'photos/miso.png', data: await photos.png() },
  ]);
}
