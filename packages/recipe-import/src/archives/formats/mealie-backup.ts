import { isNode, type TNode } from '../../schema-org/node.ts';
import { type RecipeSource } from '../recipe-source.ts';
import { type ArchiveItem } from '../types.ts';
import { type ZipArchive } from '../zip-archive.ts';
import { mealieImages, mealieRecipeItem } from './mealie.ts';

/**
 * Mealie's v1 backup: `database.json`, every table dumped as rows, and the data folder with
 * `data/recipes/<recipe id>/images/original.webp`. Each recipe is put back together from
 * its rows (ingredients with their unit and food, steps, tags, categories, nutrition,
 * notes) into the shape of Mealie's own recipe JSON, and read like one.
 */

export function isMealieBackup(node: TNode): boolean {
  return Array.isArray(node.alembic_version) && Array.isArray(node.recipes);
}

/** Ids as one spelling: SQLite dumps GUIDs as 32 hex digits, Postgres with dashes. */
function idKey(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value.replace(/-/g, '').toLowerCase() : undefined;
}

function rowsOf(tables: TNode, table: string): TNode[] {
  const rows = tables[table];
  return Array.isArray(rows) ? rows.filter(isNode) : [];
}

function byId(rows: TNode[]): Map<string | undefined, TNode> {
  return new Map(rows.map((row) => [idKey(row.id), row]));
}

/** Rows by the recipe they belong to (`recipe_id`; `parent_id` in older tables). */
function byRecipe(rows: TNode[]): Map<string | undefined, TNode[]> {
  const groups = new Map<string | undefined, TNode[]>();
  for (const row of rows) {
    const key = idKey(row.recipe_id ?? row.parent_id);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

function inOrder(rows: TNode[] | undefined): TNode[] {
  const position = (row: TNode) => (typeof row.position === 'number' ? row.position : 0);
  return [...(rows ?? [])].sort((a, b) => position(a) - position(b));
}

/** `data/recipes/<id>/` for every recipe that has a data folder, by id. */
function dataFolders(archive: ZipArchive | undefined): Map<string | undefined, string> {
  const folders = new Map<string | undefined, string>();
  for (const path of archive?.names() ?? []) {
    const [data, recipes, id] = path.split('/');
    if (data === 'data' && recipes === 'recipes' && id) {
      folders.set(idKey(id), `data/recipes/${id}/`);
    }
  }
  return folders;
}

export function* readMealieBackup(tables: TNode, source: RecipeSource): Generator<ArchiveItem> {
  const table = (name: string) => rowsOf(tables, name);
  const units = byId(table('ingredient_units'));
  const foods = byId(table('ingredient_foods'));
  const tags = byId(table('tags'));
  const categories = byId(table('categories'));
  const ingredients = byRecipe(table('recipes_ingredients'));
  const steps = byRecipe(table('recipe_instructions'));
  const nutrition = byRecipe(table('recipe_nutrition'));
  const notes = byRecipe(table('notes'));
  const tagLinks = byRecipe(table('recipes_to_tags'));
  const categoryLinks = byRecipe(table('recipes_to_categories'));
  const folders = dataFolders(source.archive);
  for (const recipe of table('recipes')) {
    const id = idKey(recipe.id);
    const rebuilt: TNode = {
      ...recipe,
      recipe_ingredient: inOrder(ingredients.get(id)).map((row) => ({
        ...row,
        unit: units.get(idKey(row.unit_id)),
        food: foods.get(idKey(row.food_id)),
      })),
      recipe_instructions: inOrder(steps.get(id)),
      tags: (tagLinks.get(id) ?? []).map((link) => tags.get(idKey(link.tag_id))),
      recipe_category: (categoryLinks.get(id) ?? []).map((link) =>
        categories.get(idKey(link.category_id)),
      ),
      nutrition: nutrition.get(id)?.[0],
      notes: notes.get(id),
    };
    const name = typeof recipe.name === 'string' ? recipe.name : String(recipe.id);
    const folder = folders.get(id);
    const images = folder ? mealieImages(source.archive, folder) : [];
    yield mealieRecipeItem(rebuilt, { ...source, label: `${source.label}: ${name}` }, images);
  }
}
