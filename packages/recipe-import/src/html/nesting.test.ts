import { describe, expect, it } from 'vitest';
import { expectLinearTime } from '../testing/linear.ts';
import { extractRecipe } from '../extract.ts';
import { htmlPage, jsonLd, PAGE_URL } from '../testing/html-page.ts';
import { cutDeepNesting } from './nesting.ts';

const nested = (depth: number, tag: string) =>
  `<${tag}>`.repeat(depth) + 'x' + `</${tag}>`.repeat(depth);

describe('cutDeepNesting', () => {
  it('leaves a page of ordinary depth alone', () => {
    const html = htmlPage({
      body: `${nested(50, 'div')}<p>a<p>b<ul><li>c<li>d</ul><br><img src="x"></div>`,
    });
    expect(cutDeepNesting(html)).toEqual({ html, cut: false });
  });

  it('counts siblings that close each other, void elements and stray closing tags as no depth', () => {
    const html =
      '<p>a'.repeat(5_000) + '<br>'.repeat(5_000) + '</span>'.repeat(5_000) + '<li>x'.repeat(5_000);
    expect(cutDeepNesting(html).cut).toBe(false);
  });

  it('cuts the page before the first element nested too deep', () => {
    const html = `<head><title>t</title></head><body>${nested(5_000, 'div')}</body>`;
    const { html: kept, cut } = cutDeepNesting(html, 100);
    expect(cut).toBe(true);
    expect(kept.startsWith('<head><title>t</title></head><body>')).toBe(true);
    // <body> and 99 <div>s make the 100 levels allowed.
    expect(kept.split('<div>')).toHaveLength(100);
  });
});

describe('a hostile page that nests deeply', () => {
  const cases: [string, (depth: number) => string][] = [
    [
      'the body',
      (depth) =>
        htmlPage({
          head: jsonLd({ '@type': 'Recipe', name: 'Soup', recipeIngredient: ['1 leek'] }),
          body: nested(depth, 'div'),
        }),
    ],
    [
      'a heading',
      (depth) =>
        htmlPage({
          head: jsonLd({ '@type': 'Recipe', recipeIngredient: ['1 leek'] }),
          body: `<h1>${nested(depth, 'b')}</h1>`,
        }),
    ],
    [
      'a recipe card',
      (depth) =>
        htmlPage({
          body: `<div class="wprm-recipe"><ul><li class="wprm-recipe-ingredient">${nested(depth, 'span')}</li></ul></div>`,
        }),
    ],
    [
      'a string in JSON-LD',
      (depth) =>
        htmlPage({
          head: jsonLd({
            '@type': 'Recipe',
            name: 'Soup',
            recipeInstructions: nested(depth, 'div'),
          }),
        }),
    ],
  ];

  const read = (html: string) => {
    try {
      extractRecipe(html, PAGE_URL);
    } catch (error) {
      expect((error as Error).name).toBe('AppError');
    }
  };

  it.each(cases)(
    'in %s is read without exhausting the stack, in linear time',
    { timeout: 60_000 },
    (_, page) => {
      read(page(100_000));
      expectLinearTime(page, read, 25_000);
    },
  );

  it('says the page was cut', () => {
    const { warnings, draft } = extractRecipe(cases[0]![1](100_000), PAGE_URL);
    expect(draft.name).toBe('Soup');
    expect(warnings).toContain(
      'The page nests its markup too deeply: only its part before that was read',
    );
  });
});
