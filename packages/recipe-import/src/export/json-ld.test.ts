import { describe, expect, it } from 'vitest';
import { draftFromSchemaRecipe } from '../schema-org/recipe.ts';
import { isoDuration, recipeToJsonLd, SAFFRON_PROPERTY } from './json-ld.ts';
import { recipeToText } from './text.ts';

const recipe = {
  id: '7d1c0d0e-0000-4000-8000-000000000000',
  name: 'Shakshuka',
  description: 'Eggs in spiced tomato sauce.',
  servings: 2,
  prepMinutes: 10,
  cookMinutes: 95,
  sourceUrl: 'https://example.test/shakshuka',
  tags: ['eggs', 'brunch'],
  ingredients: [
    { quantity: '1', unit: 'tbsp', name: 'olive oil', group: 'Sauce' },
    { quantity: '0.5', unit: 'tsp', name: 'cumin', group: 'Sauce' },
    { quantity: '4', name: 'eggs', original: '4 eggs' },
  ],
  steps: [
    { text: 'Soften the onion.', group: 'Sauce' },
    { text: 'Add the tomatoes.', group: 'Sauce' },
    'Crack in the eggs.',
  ],
  createdAt: new Date('2024-01-01T08:00:00.000Z'),
  updatedAt: new Date('2024-01-02T08:00:00.000Z'),
};

describe('recipeToJsonLd', () => {
  it('writes a schema.org Recipe: ISO times, sections for grouped steps, keywords, dates', () => {
    const { [SAFFRON_PROPERTY]: extension, ...schema } = recipeToJsonLd(recipe, {
      attachments: [
        {
          file: 'pan.jpg',
          filename: 'pan.jpg',
          contentType: 'image/jpeg',
          size: 3,
          sha256: 'a'.repeat(64),
        },
        {
          file: 'card.pdf',
          filename: 'card.pdf',
          contentType: 'application/pdf',
          size: 3,
          sha256: 'b'.repeat(64),
        },
      ],
    });
    expect(schema).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Recipe',
      name: 'Shakshuka',
      description: 'Eggs in spiced tomato sauce.',
      recipeYield: '2',
      prepTime: 'PT10M',
      cookTime: 'PT1H35M',
      totalTime: 'PT1H45M',
      recipeIngredient: ['1 tbsp olive oil', '1/2 tsp cumin', '4 eggs'],
      recipeInstructions: [
        {
          '@type': 'HowToSection',
          name: 'Sauce',
          itemListElement: [
            { '@type': 'HowToStep', text: 'Soften the onion.' },
            { '@type': 'HowToStep', text: 'Add the tomatoes.' },
          ],
        },
        { '@type': 'HowToStep', text: 'Crack in the eggs.' },
      ],
      keywords: 'eggs, brunch',
      image: ['pan.jpg'],
      url: 'https://example.test/shakshuka',
      dateCreated: '2024-01-01T08:00:00.000Z',
      dateModified: '2024-01-02T08:00:00.000Z',
    });
    expect(extension).toMatchObject({ formatVersion: 1, recipe: { name: 'Shakshuka' } });
  });

  it('is read back by the schema.org mapper other importers use', () => {
    const reading = draftFromSchemaRecipe(recipeToJsonLd(recipe), 'https://example.test/');
    expect(reading?.draft).toMatchObject({
      name: 'Shakshuka',
      servings: 2,
      prepMinutes: 10,
      cookMinutes: 95,
      totalMinutes: 105,
      steps: [
        { text: 'Soften the onion.', group: 'Sauce' },
        { text: 'Add the tomatoes.', group: 'Sauce' },
        { text: 'Crack in the eggs.' },
      ],
      tags: ['eggs', 'brunch'],
    });
  });

  it('spells durations as ISO 8601', () => {
    expect([5, 60, 61, 150, 0].map(isoDuration)).toEqual([
      'PT5M',
      'PT1H',
      'PT1H1M',
      'PT2H30M',
      'PT0M',
    ]);
  });
});

describe('recipeToText', () => {
  it('prints name, yield, times, grouped ingredients, numbered steps and source', () => {
    expect(recipeToText(recipe)).toBe(
      [
        'Shakshuka',
        '',
        'Eggs in spiced tomato sauce.',
        '',
        'Serves 2 · Prep 10 min · Cook 1 h 35 min · Total 1 h 45 min',
        '',
        'Ingredients',
        '',
        'Sauce:',
        '- 1 tbsp olive oil',
        '- 1/2 tsp cumin',
        '',
        '- 4 eggs',
        '',
        'Steps',
        '',
        'Sauce:',
        '1. Soften the onion.',
        '2. Add the tomatoes.',
        '',
        '3. Crack in the eggs.',
        '',
        'Source: https://example.test/shakshuka',
        '',
      ].join('\n'),
    );
  });

  it('keeps to what a bare recipe has', () => {
    expect(recipeToText({ id: 'x', name: 'Water' })).toBe('Water\n');
  });
});
