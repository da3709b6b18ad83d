import { describe, expect, it } from 'vitest';
import { draftFromSchemaRecipe } from './recipe.ts';

const BASE = 'https://cook.example/recipes/soup';

function draftOf(fields: Record<string, unknown>) {
  const reading = draftFromSchemaRecipe({ '@type': 'Recipe', name: 'Soup', ...fields }, BASE);
  if (reading === undefined) throw new Error('no recipe read');
  return reading;
}

const texts = (lines: { text: string }[]) => lines.map((line) => line.text);

describe('draftFromSchemaRecipe', () => {
  it('reads nothing from what is no recipe', () => {
    expect(draftFromSchemaRecipe({ '@type': 'Article', name: 'News' }, BASE)).toBeUndefined();
    expect(draftFromSchemaRecipe('Recipe', BASE)).toBeUndefined();
    expect(draftFromSchemaRecipe(null, BASE)).toBeUndefined();
  });

  it('takes an untyped object with a name and lines, as archive files write it', () => {
    const reading = draftFromSchemaRecipe({ name: 'Soup', recipeIngredient: ['1 leek'] }, BASE);
    expect(reading?.draft.ingredients).toEqual([{ text: '1 leek' }]);
  });

  it('accepts types as arrays and full IRIs', () => {
    expect(
      draftFromSchemaRecipe({ '@type': ['NewsArticle', 'Recipe'], name: 'A' }, BASE)?.draft.name,
    ).toBe('A');
    expect(
      draftFromSchemaRecipe({ '@type': 'http://schema.org/Recipe', name: 'B' }, BASE)?.draft.name,
    ).toBe('B');
  });

  describe('recipeInstructions', () => {
    it.each([
      ['one string a line', 'Chop.\nFry.\n\nServe.', ['Chop.', 'Fry.', 'Serve.']],
      ['an array of strings', ['Chop.', ' ', 'Fry.'], ['Chop.', 'Fry.']],
      [
        'HowToStep text, else name',
        [
          { '@type': 'HowToStep', text: 'Chop.' },
          { '@type': 'HowToStep', name: 'Fry.' },
        ],
        ['Chop.', 'Fry.'],
      ],
      [
        'HTML inside strings',
        '<p>Chop <b>finely</b>.</p><p>Fry.<br>Serve.</p>',
        ['Chop finely.', 'Fry.', 'Serve.'],
      ],
      [
        'an ItemList',
        { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', text: 'Chop.' }] },
        ['Chop.'],
      ],
      [
        'HowToStep of HowToDirections',
        [{ '@type': 'HowToStep', itemListElement: [{ '@type': 'HowToDirection', text: 'Chop.' }] }],
        ['Chop.'],
      ],
      ['numbers printed into steps', ['1. Chop.', 'Step 2: Fry.'], ['Chop.', 'Fry.']],
      [
        'a HowToStep title, not a name that repeats the text',
        [
          { '@type': 'HowToStep', name: 'Simmer', text: 'Cover and cook.' },
          { '@type': 'HowToStep', name: 'Chop the leeks...', text: 'Chop the leeks finely.' },
          { '@type': 'HowToStep', name: 'Step 3', text: 'Serve.' },
        ],
        ['Simmer', 'Cover and cook.', 'Chop the leeks finely.', 'Serve.'],
      ],
    ])('%s', (_, instructions, steps) => {
      expect(texts(draftOf({ recipeInstructions: instructions }).draft.steps)).toEqual(steps);
    });

    it('makes a HowToSection name the group of its steps, nested too', () => {
      const { draft } = draftOf({
        recipeInstructions: [
          {
            '@type': 'HowToSection',
            name: 'Dough',
            itemListElement: [{ '@type': 'HowToStep', text: 'Knead.' }],
          },
          {
            '@type': 'HowToSection',
            name: 'Sauce',
            itemListElement: { '@type': 'ItemList', itemListElement: ['Simmer.'] },
          },
          { '@type': 'HowToStep', text: 'Bake.' },
        ],
      });
      expect(draft.steps).toEqual([
        { text: 'Knead.', group: 'Dough' },
        { text: 'Simmer.', group: 'Sauce' },
        { text: 'Bake.' },
      ]);
    });

    it('splits one block of text and warns', () => {
      const reading = draftOf({
        recipeInstructions: 'Chop the leeks. Fry them gently. Serve hot.',
      });
      expect(texts(reading.draft.steps)).toHaveLength(3);
      expect(reading.warnings).toContain(
        'Steps came as one block of text and were split into sentences',
      );
    });
  });

  it('decodes entities, also when encoded twice', () => {
    const { draft } = draftOf({
      name: 'Mac &amp;amp; cheese',
      recipeIngredient: ['Grandma&amp;#39;s sauce', '1 &frac12; cups milk'],
    });
    expect(draft.name).toBe('Mac & cheese');
    expect(texts(draft.ingredients)).toEqual(["Grandma's sauce", '1 ½ cups milk']);
  });

  it('reads the legacy "ingredients" property and nested lists', () => {
    expect(texts(draftOf({ ingredients: ['1 leek'] }).draft.ingredients)).toEqual(['1 leek']);
    expect(
      texts(draftOf({ recipeIngredient: [['1 leek', '2 potatoes']] }).draft.ingredients),
    ).toEqual(['1 leek', '2 potatoes']);
  });

  it('reads times and computes the total from prep and cook when absent', () => {
    expect(draftOf({ prepTime: 'PT15M', cookTime: 'PT1H' }).draft).toMatchObject({
      prepMinutes: 15,
      cookMinutes: 60,
      totalMinutes: 75,
    });
    expect(draftOf({ prepTime: 'PT15M', totalTime: 'PT2H' }).draft.totalMinutes).toBe(120);
    const reading = draftOf({ cookTime: 'a while' });
    expect(reading.draft.cookMinutes).toBeUndefined();
    expect(reading.warnings).toContain("Cook time could not be read from 'a while'");
    expect(
      draftOf({ cookTime: 'PT0M' }).warnings.filter((warning) => warning.includes('time')),
    ).toEqual([]);
  });

  it('reads yields and warns when they count no servings', () => {
    expect(draftOf({ recipeYield: ['4', '4 servings'] }).draft).toMatchObject({ servings: 4 });
    const reading = draftOf({ recipeYield: '1 loaf' });
    expect(reading.draft).toMatchObject({ yieldText: '1 loaf' });
    expect(reading.draft.servings).toBeUndefined();
    expect(reading.warnings).toContain("Servings could not be read from '1 loaf'");
  });

  it('reads tags from keywords, categories and cuisines', () => {
    const { draft } = draftOf({
      keywords: 'Soup, easy ,  SOUP, ' + 'x'.repeat(41),
      recipeCategory: ['Dinner'],
      recipeCuisine: 'French',
    });
    expect(draft.tags).toEqual(['soup', 'easy', 'dinner', 'french']);
    const many = draftOf({ keywords: Array.from({ length: 50 }, (_, index) => `tag ${index}`) });
    expect(many.draft.tags).toHaveLength(30);
  });

  it('reads images of every shape, absolute and largest first', () => {
    expect(draftOf({ image: '/img/a.jpg' }).draft.imageUrls).toEqual([
      'https://cook.example/img/a.jpg',
    ]);
    expect(
      draftOf({
        image: [
          { '@type': 'ImageObject', url: 'https://cdn.example/small.jpg', width: 100, height: 100 },
          {
            '@type': 'ImageObject',
            contentUrl: 'https://cdn.example/large.jpg',
            width: 1200,
            height: 800,
          },
          'https://cdn.example/small.jpg',
          'javascript:alert(1)',
        ],
      }).draft.imageUrls,
    ).toEqual(['https://cdn.example/large.jpg', 'https://cdn.example/small.jpg']);
  });

  it('reads authors and nutrition', () => {
    expect(draftOf({ author: 'Ann' }).draft.author).toBe('Ann');
    expect(
      draftOf({
        author: [
          { '@type': 'Person', name: 'Ann' },
          { '@type': 'Person', name: 'Bo' },
        ],
      }).draft.author,
    ).toBe('Ann, Bo');
    expect(
      draftOf({
        nutrition: { '@type': 'NutritionInformation', calories: '320 kcal', fatContent: '12 g' },
      }).draft.nutrition,
    ).toBe('Calories 320 kcal · Fat 12 g');
  });

  it('warns about what is missing', () => {
    const reading = draftFromSchemaRecipe({ '@type': 'Recipe' }, BASE);
    expect(reading?.warnings).toEqual(['No title found', 'No ingredients found', 'No steps found']);
  });

  it('keeps a hostile recipe within limits', () => {
    const { draft } = draftOf({
      recipeIngredient: Array.from({ length: 5_000 }, (_, index) => `${index} g salt`),
      recipeInstructions: Array.from(
        { length: 5_000 },
        (_, index) => `Stir ${index} times ${'and stir '.repeat(1_000)}`,
      ),
    });
    expect(draft.ingredients).toHaveLength(200);
    expect(draft.steps).toHaveLength(100);
    expect(Math.max(...draft.steps.map((step) => step.text.length))).toBe(5_000);
  });
});
