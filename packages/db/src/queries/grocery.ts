import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, GroceryAmountJson } from '../database.ts';

export interface GroceryItemRow {
  id: string;
  name: string;
  foodKey: string;
  amounts: GroceryAmountJson[];
  checked: boolean;
  category: string | null;
  sourceRecipeIds: string[];
  version: number;
  deleted: boolean;
}

export interface GroceryItemWrite {
  /** Absent for a new line. */
  id?: string | undefined;
  name: string;
  foodKey: string;
  amounts: GroceryAmountJson[];
  category?: string | null | undefined;
  sourceRecipeIds: string[];
}

const itemColumns = [
  'id',
  'name',
  'food_key as foodKey',
  'amounts',
  'checked',
  'category',
  'source_recipe_ids as sourceRecipeIds',
  'version',
  sql<boolean>`deleted_at is not null`.as('deleted'),
] as const;

/** The list's version: every change bumps it (0 before the first). */
export async function findGroceryListVersion(
  db: Kysely<Database>,
  ownerId: string,
): Promise<number> {
  const list = await db
    .selectFrom('grocery_lists')
    .select('version')
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
  return Number(list?.version ?? 0);
}

/** The live list (tombstones left out), in the order lines were added. */
export async function listGroceryItems(
  db: Kysely<Database>,
  ownerId: string,
): Promise<{ version: number; items: GroceryItemRow[] }> {
  const [version, items] = await Promise.all([
    findGroceryListVersion(db, ownerId),
    db
      .selectFrom('grocery_items')
      .select(itemColumns)
      .where('owner_id', '=', ownerId)
      .where('deleted_at', 'is', null)
      .orderBy('position')
      .orderBy('created_at')
      .execute(),
  ]);
  return { version, items };
}

/** Everything that changed after `since`, tombstones included: how a reconnecting client catches up. */
export async function listGroceryChanges(
  db: Kysely<Database>,
  { ownerId, since }: { ownerId: string; since: number },
): Promise<{ version: number; items: GroceryItemRow[] }> {
  const items = await db
    .selectFrom('grocery_items')
    .select(itemColumns)
    .where('owner_id', '=', ownerId)
    .where('version', '>', since)
    .orderBy('version')
    .execute();
  const version = Math.max(since, ...items.map((item) => Number(item.version)));
  return { version, items };
}

/** The changes one transaction makes to a user's list; every write carries the list's next version. */
export interface GroceryListEditor {
  readonly nextVersion: number;
  liveUncheckedItems: () => Promise<GroceryItemRow[]>;
  findLiveItem: (id: string) => Promise<(GroceryItemRow & { checkedAt: Date | null }) | undefined>;
  save: (items: GroceryItemWrite[]) => Promise<void>;
  setChecked: (id: string, checked: boolean, at: Date) => Promise<void>;
  update: (
    id: string,
    changes: { name?: string; foodKey?: string; category?: string | null },
  ) => Promise<void>;
  remove: (ids: string[]) => Promise<void>;
  removeChecked: () => Promise<number>;
}

function listEditor(
  trx: Transaction<Database>,
  ownerId: string,
  nextVersion: number,
): GroceryListEditor {
  const items = () =>
    trx.selectFrom('grocery_items').where('owner_id', '=', ownerId).where('deleted_at', 'is', null);
  const touch = () =>
    trx
      .updateTable('grocery_items')
      .where('owner_id', '=', ownerId)
      .where('deleted_at', 'is', null);
  return {
    nextVersion,
    liveUncheckedItems: () =>
      items().select(itemColumns).where('checked', '=', false).orderBy('position').execute(),
    findLiveItem: (id) =>
      items()
        .select([...itemColumns, 'checked_at as checkedAt'])
        .where('id', '=', id)
        .executeTakeFirst(),
    save: async (writes) => {
      const merged = writes.filter((each) => each.id);
      if (merged.length > 0) {
        // All merged lines in one statement, however many lines a recipe brings.
        const rows = merged.map((write) => ({
          id: write.id,
          name: write.name,
          amounts: write.amounts,
          source_recipe_ids: write.sourceRecipeIds,
        }));
        await sql`
          update grocery_items as item
          set name = w.name, amounts = w.amounts, source_recipe_ids = w.source_recipe_ids,
              version = ${nextVersion}
          from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
            as w(id uuid, name text, amounts jsonb, source_recipe_ids uuid[])
          where item.id = w.id and item.owner_id = ${ownerId} and item.deleted_at is null
        `.execute(trx);
      }
      const added = writes.filter((each) => !each.id);
      if (added.length === 0) return;
      const last = await trx
        .selectFrom('grocery_items')
        .select((eb) => eb.fn.max('position').as('max'))
        .where('owner_id', '=', ownerId)
        .executeTakeFirst();
      const start = Number(last?.max ?? -1) + 1;
      await trx
        .insertInto('grocery_items')
        .values(
          added.map((write, i) => ({
            owner_id: ownerId,
            name: write.name,
            food_key: write.foodKey,
            amounts: JSON.stringify(write.amounts),
            category: write.category ?? null,
            source_recipe_ids: write.sourceRecipeIds,
            position: start + i,
            version: nextVersion,
          })),
        )
        .execute();
    },
    setChecked: async (id, checked, at) => {
      await touch()
        .set({ checked, checked_at: at, version: nextVersion })
        .where('id', '=', id)
        .execute();
    },
    update: async (id, changes) => {
      await touch()
        .set({
          name: changes.name,
          food_key: changes.foodKey,
          category: changes.category,
          version: nextVersion,
        })
        .where('id', '=', id)
        .execute();
    },
    remove: async (ids) => {
      if (ids.length > 0)
        await touch()
          .set({ deleted_at: sql`now()`, version: nextVersion })
          .where('id', 'in', ids)
          .execute();
    },
    removeChecked: async () => {
      const result = await touch()
        .set({ deleted_at: sql`now()`, version: nextVersion })
        .where('checked', '=', true)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}

/**
 * Runs `change` on the user's list under a row lock, so concurrent additions cannot both
 * start a line for the same food. Returns what changed (with the new version), or nothing
 * when `change` wrote nothing.
 */
export async function changeGroceryList<T>(
  db: Kysely<Database>,
  ownerId: string,
  change: (list: GroceryListEditor) => Promise<T>,
): Promise<{ result: T; version: number; changed: GroceryItemRow[] }> {
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('grocery_lists')
      .values({ owner_id: ownerId })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const list = await trx
      .selectFrom('grocery_lists')
      .select('version')
      .where('owner_id', '=', ownerId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const nextVersion = Number(list.version) + 1;
    const result = await change(listEditor(trx, ownerId, nextVersion));
    const changed = await trx
      .selectFrom('grocery_items')
      .select(itemColumns)
      .where('owner_id', '=', ownerId)
      .where('version', '=', nextVersion)
      .execute();
    if (changed.length === 0) return { result, version: Number(list.version), changed };
    await trx
      .updateTable('grocery_lists')
      .set({ version: nextVersion })
      .where('owner_id', '=', ownerId)
      .execute();
    return { result, version: nextVersion, changed };
  });
}

/** Tombstones are kept long enough for any device to come back online and learn of them. */
export async function purgeGroceryTombstones(
  db: Kysely<Database>,
  olderThan: Date,
): Promise<number> {
  const result = await db
    .deleteFrom('grocery_items')
    .where('deleted_at', '<', olderThan)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
