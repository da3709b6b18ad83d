import {
  lineAddition,
  planAdditions,
  toGroceryItem,
  toPlannedItem,
  type TGroceryItem,
} from '@saffron/client';

/** What the person did, kept until the server has it: replayed in order when back online. */
export type PendingOp =
  | {
      kind: 'add';
      opId: string;
      tempId: string;
      name: string;
      quantity?: string | undefined;
      /** The upper end of a range ("2-3 eggs"), kept while offline like the rest. */
      quantityMax?: string | undefined;
      unit?: string | undefined;
    }
  | { kind: 'toggle'; opId: string; itemId: string; checked: boolean; at: string }
  | { kind: 'update'; opId: string; itemId: string; category: string }
  | { kind: 'remove'; opId: string; itemId: string }
  | { kind: 'clearChecked'; opId: string };

/**
 * The list as the person should see it: the server's list with their own pending changes on
 * top, merged the way the server will merge them.
 */
export function applyPending(server: TGroceryItem[], pending: PendingOp[]): TGroceryItem[] {
  let items = server.map((item) => ({ ...item }));
  for (const op of pending) {
    switch (op.kind) {
      case 'toggle':
        items = items.map((item) =>
          item.id === op.itemId ? { ...item, checked: op.checked } : item,
        );
        break;
      case 'update':
        items = items.map((item) =>
          item.id === op.itemId ? { ...item, category: op.category } : item,
        );
        break;
      case 'remove':
        items = items.filter((item) => item.id !== op.itemId);
        break;
      case 'clearChecked':
        items = items.filter((item) => !item.checked);
        break;
      case 'add':
        items = addLocally(items, op);
        break;
    }
  }
  return items;
}

function addLocally(
  items: TGroceryItem[],
  op: Extract<PendingOp, { kind: 'add' }>,
): TGroceryItem[] {
  const planned = planAdditions(items.map(toPlannedItem), [lineAddition(op)]);
  return planned.items.map((item) => toGroceryItem({ ...item, id: item.id ?? op.tempId }));
}
