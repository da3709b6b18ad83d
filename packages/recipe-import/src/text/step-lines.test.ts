import { describe, expect, it } from 'vitest';
import { mendStepText, readSteps, stripStepNumber } from './step-lines.ts';

describe('stripStepNumber', () => {
  it.each([
    ['1. Preheat the oven', 'Preheat the oven'],
    ['2) Mix', 'Mix'],
    ['Step 3: Bake', 'Bake'],
    ['STEP 4 Cool', 'Cool'],
    ['Schritt 5 - Servieren', 'Servieren'],
    ['Step 6', ''],
    ['1 cup of the batter goes in first', '1 cup of the batter goes in first'],
    ['1.5 cups go in first', '1.5 cups go in first'],
    ['Stepping back, let it rest', 'Stepping back, let it rest'],
  ])('%j → %j', (text, stripped) => {
    expect(stripStepNumber(text)).toBe(stripped);
  });

  it('takes bare counts off only when every step carries its own in turn', () => {
    const counted = [{ text: '1 Preheat.' }, { text: '2 Mix.' }, { text: '3 Bake.' }];
    expect(readSteps(counted).steps).toEqual([
      { text: 'Preheat.' },
      { text: 'Mix.' },
      { text: 'Bake.' },
    ]);
    const quantities = [{ text: '2 eggs go in.' }, { text: '2 cups of milk follow.' }];
    expect(readSteps(quantities).steps).toEqual(quantities);
  });

  it('mends bullets and whitespace too', () => {
    expect(mendStepText('–\u00a0 Zwiebel  würfeln')).toBe('Zwiebel würfeln');
  });
});

describe('readSteps', () => {
  const steps = (...texts: string[]) => texts.map((text) => ({ text }));

  it('drops empty and repeated steps', () => {
    expect(readSteps(steps('Mix.', '', 'Mix.', 'Bake.'))).toEqual({
      steps: steps('Mix.', 'Bake.'),
    });
  });

  it('splits one block where paragraphs ran together, and says so', () => {
    const read = readSteps(steps('Heat the oven (to 180°C).Mix the flour. Add eggs.Bake.'));
    expect(read.steps).toEqual(
      steps('Heat the oven (to 180°C).', 'Mix the flour. Add eggs.', 'Bake.'),
    );
    expect(read.warning).toBe(
      'Steps came as one block of text and were split where paragraphs ran together',
    );
  });

  it('splits one block into sentences, and says so', () => {
    const read = readSteps(steps('Mix the flour and eggs. Bake for 20 minutes! Serve warm.'));
    expect(read.steps).toEqual(
      steps('Mix the flour and eggs.', 'Bake for 20 minutes!', 'Serve warm.'),
    );
    expect(read.warning).toBe('Steps came as one block of text and were split into sentences');
  });

  it('leaves a single sentence alone', () => {
    expect(readSteps(steps('Mix everything.'))).toEqual({ steps: steps('Mix everything.') });
  });
});
