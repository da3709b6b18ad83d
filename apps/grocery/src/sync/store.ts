import {
  httpStatusOf,
  type SaffronClient,
  type TGroceryChanges,
  type TGroceryItem,
} from '@saffron/client';
import { applyPending, type PendingOp } from './ops.ts';
import { loadState, saveState, withChanges, type GroceryState } from './persisted-state.ts';

export interface StoreDeps {
  client: SaffronClient;
  storage: Storage;
  key: string;
  isOnline: () => boolean;
  onSignedOut: () => void;
  onRefused: (message: string) => void;
}

let counter = 0;
const newId = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** Client errors other than "gone" mean the server will never accept the change: drop it. */
const refused = (status: number | undefined) =>
  status !== undefined && status >= 400 && status < 500 && ![401, 404, 408, 429].includes(status);

/**
 * The grocery list on this device: the server's list plus the person's own changes, which
 * are shown at once, kept across reloads, and sent in order whenever the server is reachable.
 */
export class GroceryStore {
  #state: GroceryState;
  #view: TGroceryItem[];
  #listeners = new Set<() => void>();
  #flushing: Promise<void> | undefined;
  readonly #deps: StoreDeps;

  constructor(deps: StoreDeps) {
    this.#deps = deps;
    this.#state = loadState(deps.storage, deps.key);
    this.#view = applyPending(this.#state.items, this.#state.pending);
  }

  subscribe = (listener: () => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };
  getItems = () => this.#view;
  get version() {
    return this.#state.version;
  }
  get pendingCount() {
    return this.#state.pending.length;
  }

  #set(state: GroceryState) {
    this.#state = state;
    this.#view = applyPending(state.items, state.pending);
    saveState(this.#deps.storage, this.#deps.key, state);
    this.#listeners.forEach((listener) => listener());
  }

  applyChanges = (changes: TGroceryChanges) => this.#set(withChanges(this.#state, changes));

  // What the person does: shown now, sent when possible.
  add(
    line: Pick<Extract<PendingOp, { kind: 'add' }>, 'name' | 'quantity' | 'quantityMax' | 'unit'>,
  ) {
    this.#enqueue({ kind: 'add', opId: newId('op'), tempId: newId('local'), ...line });
  }
  toggle(itemId: string, checked: boolean) {
    this.#enqueue({
      kind: 'toggle',
      opId: newId('op'),
      itemId,
      checked,
      at: new Date().toISOString(),
    });
  }
  setAisle(itemId: string, category: string) {
    this.#enqueue({ kind: 'update', opId: newId('op'), itemId, category });
  }
  remove(itemId: string) {
    this.#enqueue({ kind: 'remove', opId: newId('op'), itemId });
  }
  clearChecked() {
    this.#enqueue({ kind: 'clearChecked', opId: newId('op') });
  }

  #enqueue(op: PendingOp) {
    this.#set({ ...this.#state, pending: [...this.#state.pending, op] });
    // The connection dropping mid-catch-up is no error: the next reconnect flushes again.
    void this.flush().catch(() => {});
  }

  /** Brings the list up to date: the whole list the first time, only what changed afterwards. */
  async refresh(): Promise<void> {
    const grocery = this.#deps.client.grocery;
    if (this.#state.version === null) {
      const list = await grocery.list.query();
      this.#set({ ...this.#state, version: list.version, items: list.items });
    } else {
      this.applyChanges(await grocery.changes.query({ since: this.#state.version }));
    }
  }

  /** Sends pending changes in order, then catches up. Stops at the first sign of being offline. */
  flush(): Promise<void> {
    this.#flushing ??= this.#drain().finally(() => (this.#flushing = undefined));
    return this.#flushing;
  }

  async #drain(): Promise<void> {
    while (this.#deps.isOnline()) {
      const op = this.#state.pending[0];
      if (!op) {
        await this.refresh();
        // A change made while catching up has not been sent yet: go round again.
        if (this.#state.pending.length === 0) return;
        continue;
      }
      try {
        const changes = await this.#send(op);
        this.#acknowledge(op, changes);
      } catch (error) {
        const status = httpStatusOf(error);
        if (status === 401) return this.#deps.onSignedOut();
        if (status === 404) {
          // Deleted on another device: the change is moot and the item stays deleted.
          this.#acknowledge(
            op,
            'itemId' in op ? { version: 0, items: [], removedIds: [op.itemId] } : undefined,
          );
        } else if (refused(status)) {
          this.#acknowledge(op, undefined);
          this.#deps.onRefused(error instanceof Error ? error.message : 'A change was refused');
        } else {
          return; // unreachable or failing: keep the change, try again later
        }
      }
    }
  }

  async #send(op: PendingOp): Promise<TGroceryChanges | undefined> {
    const grocery = this.#deps.client.grocery;
    switch (op.kind) {
      case 'add':
        return grocery.addItems.mutate({
          items: [
            { name: op.name, quantity: op.quantity, quantityMax: op.quantityMax, unit: op.unit },
          ],
        });
      case 'toggle': {
        const item = await grocery.toggle.mutate({
          itemId: op.itemId,
          checked: op.checked,
          at: new Date(op.at),
        });
        return { version: 0, items: [item], removedIds: [] };
      }
      case 'update': {
        const item = await grocery.updateItem.mutate({ itemId: op.itemId, category: op.category });
        return { version: 0, items: [item], removedIds: [] };
      }
      case 'remove':
        await grocery.removeItem.mutate({ itemId: op.itemId });
        return { version: 0, items: [], removedIds: [op.itemId] };
      case 'clearChecked':
        await grocery.clearChecked.mutate();
        return undefined;
    }
  }

  /** Drops the sent change; an added item's stand-in id is replaced by the server's in later changes. */
  #acknowledge(op: PendingOp, changes: TGroceryChanges | undefined) {
    let pending = this.#state.pending.filter((each) => each.opId !== op.opId);
    const created = op.kind === 'add' ? changes?.items[0]?.id : undefined;
    if (op.kind === 'add' && created) {
      pending = pending.map((each) =>
        'itemId' in each && each.itemId === op.tempId ? { ...each, itemId: created } : each,
      );
    }
    const state = { ...this.#state, pending };
    this.#set(
      changes ? withChanges(state, { ...changes, version: this.#state.version ?? 0 }) : state,
    );
  }
}
