import { gzipJson, photos, zipBytes } from './zip-builder.ts';

/**
 * One small export per app, laid out and spelled as that app writes it (from its source:
 * Mealie's `RecipeModel`/`Recipe` schema and backup exporter, Tandoor's
 * `cookbook/integration/default.py` and `RecipeExportSerializer`, Paprika's
 * `.paprikarecipe` JSON, Nextcloud Cookbook's folders), each with a real photo.
 */

const UUID = '5f0e7c2a-9b1d-4c3e-8f6a-2d4b6c8e0a1f';

/** Mealie v1 "zip" export of one recipe: `<slug>.json` (pydantic, snake_case) + original.webp. */
export async function mealieRecipeZip(): Promise<Buffer> {
  const recipe = {
    id: UUID,
    name: 'Buttermilk Pancakes',
    slug: 'buttermilk-pancakes',
    description: 'Fluffy <b>weekend</b> pancakes.',
    recipe_yield: '4 servings',
    recipe_servings: 4,
    total_time: '35 minutes',
    prep_time: '10 minutes',
    perform_time: '25 minutes',
    cook_time: null,
    org_url: 'https://example.test/pancakes',
    rating: 4,
    tags: [{ id: UUID, name: 'Breakfast', slug: 'breakfast' }],
    recipe_category: [{ id: UUID, name: 'Brunch', slug: 'brunch' }],
    tools: [],
    recipe_ingredient: [
      {
        title: 'Batter',
        quantity: 2,
        unit: { name: 'cup', plural_name: 'cups', abbreviation: 'c', use_abbreviation: false },
        food: { name: 'flour', plural_name: null },
        note: 'sifted',
        original_text: '2 cups flour, sifted',
        display: '2 cups flour sifted',
        disable_amount: false,
      },
      {
        title: null,
        quantity: 0.5,
        unit: { name: 'teaspoon', abbreviation: 'tsp', use_abbreviation: true },
        food: { name: 'salt' },
        note: '',
        disable_amount: false,
      },
      { title: 'To serve', quantity: 1, unit: null, food: null, note: 'Maple syrup, to taste' },
    ],
    recipe_instructions: [
      { id: UUID, title: 'Batter', summary: '', text: 'Whisk the flour and salt.' },
      { id: UUID, title: '', text: 'Fold in the buttermilk.' },
      { id: UUID, title: 'Cook', text: 'Fry in a hot pan, 2 minutes a side.' },
    ],
    nutrition: { calories: '320', fat_content: '12 g', protein_content: '8 g' },
    notes: [{ title: 'Tip', text: 'Rest the batter for 10 minutes.' }],
    settings: { disable_amount: false },
    assets: [],
    extras: {},
  };
  return zipBytes([
    { name: 'buttermilk-pancakes.json', data: JSON.stringify(recipe) },
    { name: 'original.webp', data: await photos.webp() },
  ]);
}

/** Mealie v1 backup: database.json (every table as rows) and the data folder. */
export async function mealieBackupZip(): Promise<Buffer> {
  const recipeId = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
  const tables = {
    alembic_version: [{ version_num: '1fe4bd37ccc8' }],
    recipes: [
      {
        id: recipeId,
        slug: 'tomato-soup',
        name: 'Tomato Soup',
        description: 'Quick soup.',
        recipe_yield: '2 bowls',
        prep_time: '5 Minutes',
        perform_time: '1 Hour 10 Minutes',
        total_time: null,
        org_url: null,
        rating: null,
        date_added: '2024-01-02',
      },
    ],
    ingredient_units: [{ id: 'u1', name: 'can', plural_name: 'cans', use_abbreviation: false }],
    ingredient_foods: [{ id: 'f1', name: 'tomato', plural_name: 'tomatoes' }],
    recipes_ingredients: [
      { id: 2, position: 1, recipe_id: recipeId, note: 'a pinch of sugar', quantity: 1 },
      { id: 1, position: 0, recipe_id: recipeId, unit_id: 'u1', food_id: 'f1', quantity: 2 },
    ],
    recipe_instructions: [
      { id: 'i2', recipe_id: recipeId, position: 1, title: null, text: 'Blend.' },
      { id: 'i1', recipe_id: recipeId, position: 0, title: null, text: 'Simmer the tomatoes.' },
    ],
    tags: [{ id: 't1', name: 'Soup', slug: 'soup' }],
    recipes_to_tags: [{ recipe_id: recipeId, tag_id: 't1' }],
    categories: [{ id: 'c1', name: 'Lunch', slug: 'lunch' }],
    recipes_to_categories: [{ recipe_id: recipeId, category_id: 'c1' }],
    users: [{ id: 'someone', username: 'admin' }],
  };
  const folder = 'data/recipes/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0/images/';
  return zipBytes([
    { name: 'database.json', data: JSON.stringify(tables) },
    { name: `${folder}min-original.webp`, data: await photos.webp() },
    { name: `${folder}original.webp`, data: await photos.webp() },
  ]);
}

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

/** Mealie v0 export: `recipes/<slug>/<slug>.json` (camelCase, lines as strings) with images/. */
export async function mealieV0Zip(): Promise<Buffer> {
  const recipe = {
    name: 'Garlic Bread',
    slug: 'garlic-bread',
    description: '',
    image: 'garlic-bread.webp',
    recipeYield: '6',
    recipeIngredient: ['1 baguette', '3 cloves garlic, minced'],
    recipeInstructions: [{ '@type': '', text: 'Spread the garlic butter.' }, { text: 'Bake.' }],
    tags: ['Sides'],
    categories: ['Italian'],
    totalTime: 'PT25M',
    prepTime: null,
    performTime: '15 Minutes',
    orgURL: 'https://example.test/garlic-bread',
    extras: {},
  };
  return zipBytes([
    { name: 'recipes/garlic-bread/garlic-bread.json', data: JSON.stringify(recipe) },
    { name: 'recipes/garlic-bread/images/original.webp', data: await photos.webp() },
    { name: 'recipes/garlic-bread/images/tiny-original.webp', data: await photos.webp() },
    { name: 'users/users.json', data: JSON.stringify([{ username: 'admin', email: 'a@b.c' }]) },
    { name: 'settings/settings.json', data: JSON.stringify([{ name: 'main', language: 'en' }]) },
  ]);
}
