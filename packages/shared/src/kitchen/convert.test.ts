import { describe, expect, it } from 'vitest';
import { convertAmount, type Measured, type MeasureSystem } from './convert.ts';

const convert = (amount: Measured, system: MeasureSystem) => convertAmount(amount, system);

describe('converting amounts to the measures a cook asked for', () => {
  it.each([
    [
      { quantity: 1, unit: 'cup' },
      { quantity: 235, unit: 'ml' },
    ],
    [
      { quantity: 2, unit: 'cup' },
      { quantity: 475, unit: 'ml' },
    ],
    [
      { quantity: 5, unit: 'cup' },
      { quantity: 1.18, unit: 'l' },
    ],
    [
      { quantity: 1, unit: 'fl oz' },
      { quantity: 30, unit: 'ml' },
    ],
    [
      { quantity: 1, unit: 'oz' },
      { quantity: 28, unit: 'g' },
    ],
    [
      { quantity: 0.25, unit: 'oz' },
      { quantity: 7, unit: 'g' },
    ],
    [
      { quantity: 8, unit: 'oz' },
      { quantity: 225, unit: 'g' },
    ],
    [
      { quantity: 3, unit: 'lb' },
      { quantity: 1.36, unit: 'kg' },
    ],
    [
      { quantity: 0.1, unit: 'oz' },
      { quantity: 3, unit: 'g' },
    ],
    [
      { quantity: 1, quantityMax: 2, unit: 'lb' },
      { quantity: 455, quantityMax: 905, unit: 'g' },
    ],
    [
      { quantity: 2, quantityMax: 3, unit: 'lb' },
      { quantity: 0.91, quantityMax: 1.36, unit: 'kg' },
    ],
  ])('metric: %o is %o', (amount, expected) => {
    expect(convert(amount, 'metric')).toEqual(expected);
  });

  it.each([
    [
      { quantity: 250, unit: 'g' },
      { quantity: 8.75, unit: 'oz' },
    ],
    [
      { quantity: 500, unit: 'g' },
      { quantity: 1, unit: 'lb' },
    ],
    [
      { quantity: 1, unit: 'kg' },
      { quantity: 2.25, unit: 'lb' },
    ],
    [
      { quantity: 5, unit: 'g' },
      { quantity: 0.25, unit: 'oz' },
    ],
    [
      { quantity: 10, unit: 'ml' },
      { quantity: 2, unit: 'tsp' },
    ],
    [
      { quantity: 15, unit: 'ml' },
      { quantity: 1, unit: 'tbsp' },
    ],
    [
      { quantity: 30, unit: 'ml' },
      { quantity: 2, unit: 'tbsp' },
    ],
    [
      { quantity: 60, unit: 'ml' },
      { quantity: 0.25, unit: 'cup' },
    ],
    [
      { quantity: 80, unit: 'ml' },
      { quantity: 1 / 3, unit: 'cup' },
    ],
    [
      { quantity: 1, unit: 'l' },
      { quantity: 4.25, unit: 'cup' },
    ],
    [
      { quantity: 2, unit: 'l' },
      { quantity: 2, unit: 'quart' },
    ],
    [
      { quantity: 2.5, unit: 'dl' },
      { quantity: 1, unit: 'cup' },
    ],
    [
      { quantity: 200, quantityMax: 250, unit: 'ml' },
      { quantity: 0.75, quantityMax: 1, unit: 'cup' },
    ],
  ])('US: %o is %o', (amount, expected) => {
    expect(convert(amount, 'us')).toEqual(expected);
  });

  it.each<[Measured, MeasureSystem]>([
    [{ quantity: 2, unit: 'clove' }, 'metric'],
    [{ quantity: 1.5, unit: 'tsp' }, 'metric'],
    [{ quantity: 2, unit: 'tbsp' }, 'us'],
    [{ quantity: 3 }, 'us'],
    [{ quantity: 20, unit: 'cm' }, 'us'],
    [{ quantity: 330, unit: 'ml' }, 'metric'],
    [{ quantity: 2, unit: 'cup' }, 'us'],
    [{ quantity: 500, unit: 'mg' }, 'us'],
    [{ quantity: 2, unit: 'cup' }, 'original'],
  ])('keeps %o as written in %s', (amount, system) => {
    expect(convert(amount, system)).toEqual(amount);
  });

  it('never prints more precision than a kitchen measures', () => {
    for (const quantity of [0.3, 1.7, 2.2, 3.9, 13, 47.3]) {
      for (const unit of ['cup', 'fl oz', 'oz', 'lb', 'pint']) {
        const metric = convert({ quantity, unit }, 'metric');
        expect(String(metric.quantity), `${quantity} ${unit}`).toMatch(/^\d+(\.5|\.\d{1,2})?$/);
      }
      for (const unit of ['g', 'ml', 'kg', 'l']) {
        const us = convert({ quantity: quantity * 37, unit }, 'us');
        expect((us.quantity * 24) % 1, `${quantity * 37} ${unit}`).toBeCloseTo(0, 6);
      }
    }
  });
});
