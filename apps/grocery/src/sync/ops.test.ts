import { formatAmounts, type TGroceryItem } from '@saffron/client';
import { describe, expect, it } from 'vitest';
import { applyPending } from './ops.ts';
import { withChanges, EMPTY_STATE } from './persisted-state.ts';

const item = (id: string, name: string, extra: Partial<TGroceryItem> = {}): TGroceryItem => ({
  id,
  name,
  quantities: [],
  checked: false,
  sourceRecipeIds: [],
  ...extra,
});

describe('the list with pending changes on top', () => {
  const server = [
    item('a', 'Milk', { quantities: [{ quantity: '1', unit: 'l' }] }),
    item('b', 'Bread'),
  ];

  it('shows ticks, aisles and removals before the server has them', () => {
    const view = applyPending(server, [
      { kind: 'toggle', opId: '1', itemId: 'a', checked: true, at: '2026-11-21T10:00:00Z' },
      { kind: 'update', opId: '2', itemId: 'b', category: 'Bakery' },
    ]);
    expect(view.map((each) => [each.id, each.checked, each.category])).toEqual([
      ['a', true, undefined],
      ['b', false, 'Bakery'],
    ]);
    expect(
      applyPending(server, [{ kind: 'remove', opId: '3', itemId: 'b' }]).map((each) => each.id),
    ).toEqual(['a']);
  });

  it('merges an added line the way the server will, or shows it as new', () => {
    const merged = applyPending(server, [
      { kind: 'add', opId: '4', tempId: 'local-1', name: 'milk', quantity: '500', unit: 'ml' },
    ]);
    expect(merged).toHaveLength(2);
    expect(merged[0]!.quantities).toEqual([{ quantity: '1500', unit: 'ml' }]);
    const added = applyPending(server, [
      { kind: 'add', opId: '5', tempId: 'local-2', name: 'Eggs', quantity: 'a dozen' },
    ]);
    expect(added.at(-1)).toMatchObject({
      id: 'local-2',
      name: 'Eggs',
      quantities: [{ text: 'a dozen' }],
      category: 'Dairy & eggs',
    });
  });

  it('keeps a range added offline through every sum: 2–3 eggs and 2 eggs are 4–5', () => {
    const view = applyPending(server, [
      { kind: 'add', opId: '8', tempId: 'local-3', name: 'eggs', quantity: '2', quantityMax: '3' },
      { kind: 'add', opId: '9', tempId: 'local-4', name: 'Eggs', quantity: '2' },
    ]);
    expect(view).toHaveLength(3);
    expect(view.at(-1)).toMatchObject({
      id: 'local-3',
      quantities: [{ quantity: '4', quantityMax: '5' }],
    });
    expect(formatAmounts(view.at(-1)!.quantities, 'en')).toBe('4–5');
  });

  it('clears ticked lines', () => {
    const view = applyPending(server, [
      { kind: 'toggle', opId: '6', itemId: 'a', checked: true, at: '2026-11-21T10:00:00Z' },
      { kind: 'clearChecked', opId: '7' },
    ]);
    expect(view.map((each) => each.id)).toEqual(['b']);
  });
});

describe('folding server changes into what the device knows', () => {
  it('updates in place, appends new lines, forgets removed ones, never moves the version back', () => {
    const state = { ...EMPTY_STATE, version: 7, items: [item('a', 'Milk'), item('b', 'Bread')] };
    const next = withChanges(state, {
      version: 9,
      items: [item('b', 'Bread', { checked: true }), item('c', 'Jam')],
      removedIds: ['a'],
    });
    expect(next.items.map((each) => [each.id, each.checked])).toEqual([
      ['b', true],
      ['c', false],
    ]);
    expect(next.version).toBe(9);
    expect(withChanges(next, { version: 3, items: [], removedIds: [] }).version).toBe(9);
  });
});
