import { photos, zipBytes } from './zip-builder.ts';

/**
 * Mealie's exports, laid out and spelled as Mealie writes them (its `Recipe` schema, the
 * per-recipe zip route, the v0 exporter and the v1 backup's table dump), each with a photo.
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
