import type { IngredientFields, RecipeFields } from '@saffron/db';
import { DISHES, PANTRY, STARS, STEPS, STYLES } from './vocabulary.ts';

/** mulberry32: a tiny seeded generator, so `seed` makes the same collection every time. */
export function randomFrom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const between = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { next, pick, between };
}

type Random = ReturnType<typeof randomFrom>;

function amount(random: Random, typical: number): string {
  const value = typical * [0.5, 1, 1, 1.5, 2][random.between(0, 4)]!;
  return String(Number(value.toFixed(value < 1 ? 2 : 1)));
}

function ingredient(
  random: Random,
  [name, unit, typical]: (typeof PANTRY)[number],
): IngredientFields {
  const quantity = amount(random, typical);
  return { quantity, unit, name, original: [quantity, unit, name].filter(Boolean).join(' ') };
}

/** A plausible recipe: a name people would write, 5-10 ingredient rows, a few steps and tags. */
export function generateRecipe(random: Random): {
  fields: RecipeFields;
  ingredients: IngredientFields[];
} {
  const [dish, tag] = random.pick(DISHES);
  const star = random.pick(STARS);
  const name = `${random.pick(STYLES)} ${star} ${dish}`;
  const extras = new Set<(typeof PANTRY)[number]>();
  while (extras.size < random.between(4, 9)) extras.add(random.pick(PANTRY));
  const starRow: IngredientFields = {
    quantity: String(random.between(2, 8) * 100),
    unit: 'g',
    name: star,
  };
  return {
    fields: {
      name,
      description: `A ${tag} favourite built around ${star}.`,
      servings: random.between(2, 8),
      prepMinutes: random.between(1, 6) * 5,
      cookMinutes: random.between(1, 12) * 10,
      steps: STEPS.slice(0, random.between(3, STEPS.length)),
      tags: [...new Set([tag, random.pick(DISHES)[1]])],
    },
    ingredients: [starRow, ...[...extras].map((item) => ingredient(random, item))],
  };
}
