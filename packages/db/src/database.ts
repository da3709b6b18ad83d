import type { Language, TAppName } from '@saffron/shared';
import type { ColumnType, Generated } from 'kysely';

/** Set by the database (defaults and a trigger); the application never writes them. */
type CreatedAt = ColumnType<Date, never, never>;
type UpdatedAt = ColumnType<Date, never, never>;

export type Role = 'admin' | 'user';

export interface UsersTable {
  id: Generated<string>;
  username: string;
  password_hash: string;
  role: ColumnType<Role, Role | undefined, Role>;
  apps: ColumnType<TAppName[], TAppName[] | undefined, TAppName[]>;
  disabled: Generated<boolean>;
  /** The language the person's recipes are written in (ingredient parser); null: the browser's. */
  language: ColumnType<Language | null, Language | null | undefined, Language | null>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** Used only in the embedded mode; production keeps sessions in Redis. */
export interface SessionsTable {
  /** SHA-256 of the token, hex: the token itself is never stored. */
  id: string;
  user_id: string;
  created_at: CreatedAt;
  idle_expires_at: Date;
  absolute_expires_at: Date;
  renewed_at: Date;
  user_agent: string | null;
  ip: string | null;
}

export interface RecipesTable {
  id: Generated<string>;
  owner_id: string;
  name: string;
  description: string | null;
  servings: number | null;
  prep_minutes: number | null;
  cook_minutes: number | null;
  steps: ColumnType<string[], string[] | undefined, string[]>;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  source_url: string | null;
  total_minutes: number | null;
  author: string | null;
  /** The yield as printed ("Makes 12 cookies"), beside the number of servings. */
  yield_text: string | null;
  nutrition: string | null;
  /** The cook's own notes, apart from the description. */
  notes: string | null;
  /** Headings among the steps: { at: index of the first step under it, title }. */
  step_groups: ColumnType<StepGroupJson[], string | undefined, string>;
  /** Written with every change of the recipe (see queries/recipes.ts). */
  search_vector: ColumnType<string, string | undefined, string>;
  search_text: ColumnType<string, string | undefined, string>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface IngredientsTable {
  id: Generated<string>;
  recipe_id: string;
  position: number;
  /** numeric: comes back as an exact decimal string. */
  quantity: string | null;
  unit: string | null;
  name: string;
  note: string | null;
  original: string | null;
  quantity_max: string | null;
  size: string | null;
  preparation: string | null;
  /** The heading the row sits under ("For the sauce"). */
  group_name: string | null;
}

export interface StepGroupJson {
  at: number;
  title: string;
}

export interface AttachmentsTable {
  id: Generated<string>;
  recipe_id: string;
  owner_id: string;
  storage_key: string;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  /** Set once, after upload, when a gallery thumbnail of an image has been stored. */
  thumbnail_key: ColumnType<string | null, string | null | undefined, string | null>;
  /** Set when the image would not decode: no thumbnail is attempted again. */
  thumbnail_failed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  created_at: CreatedAt;
}

/** One amount on a grocery line (see @saffron/shared GroceryAmount). */
export interface GroceryAmountJson {
  quantity?: string;
  unit?: string;
  text?: string;
}

export interface GroceryListsTable {
  owner_id: string;
  /** Bumped by every change to the list; clients resume from it. */
  version: Generated<number>;
}

export interface GroceryItemsTable {
  id: Generated<string>;
  owner_id: string;
  name: string;
  /** The food behind the name, for merging ("Tomatoes" → "tomato"). */
  food_key: string;
  amounts: ColumnType<GroceryAmountJson[], string, string>;
  checked: Generated<boolean>;
  /** When the item was last ticked or unticked: an older change never overrides a newer one. */
  checked_at: Date | null;
  category: string | null;
  position: Generated<number>;
  source_recipe_ids: ColumnType<string[], string[] | undefined, string[]>;
  /** The list version of the item's last change. */
  version: Generated<number>;
  /** Deleted items stay a while as tombstones, so offline devices learn they are gone. */
  deleted_at: Date | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export type SearchOperation = 'upsert' | 'delete';

export interface SearchOutboxTable {
  id: Generated<number>;
  recipe_id: string;
  owner_id: string;
  operation: SearchOperation;
  attempts: Generated<number>;
  available_at: Generated<Date>;
  last_error: string | null;
  created_at: CreatedAt;
}

export type ImportKind = 'links' | 'archive';
export type ImportJobStatus = 'reading' | 'importing' | 'done' | 'failed';
export type ImportItemStatus = 'queued' | 'imported' | 'failed' | 'duplicate' | 'skipped';

/** A background import: a list of links, or an uploaded archive (see migration 20261204_03). */
export interface ImportJobsTable {
  id: Generated<string>;
  owner_id: string;
  kind: ImportKind;
  status: ImportJobStatus;
  filename: string | null;
  /** The uploaded archive in storage, until it has been read. */
  storage_key: string | null;
  error: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** One recipe of a job: a link to fetch, or a recipe read from an archive (`draft`). */
export interface ImportItemsTable {
  id: Generated<number>;
  job_id: string;
  position: number;
  url: string | null;
  /** Where in the archive it came from. */
  entry: string | null;
  draft: ColumnType<unknown, string | null | undefined, string | null>;
  status: ImportItemStatus;
  name: string | null;
  reason: string | null;
  recipe_id: string | null;
  attempts: Generated<number>;
  available_at: Generated<Date>;
  last_error: string | null;
  created_at: CreatedAt;
}

export interface ArchiveReadsTable {
  id: Generated<number>;
  job_id: string;
  attempts: Generated<number>;
  available_at: Generated<Date>;
  last_error: string | null;
  created_at: CreatedAt;
}

/** A photo to bring into a recipe: from a link (through the safe fetcher) or staged from an archive. */
export interface AttachmentImportsTable {
  id: Generated<number>;
  recipe_id: string;
  owner_id: string;
  position: Generated<number>;
  source_url: string | null;
  staged_key: string | null;
  filename: string | null;
  attempts: Generated<number>;
  available_at: Generated<Date>;
  last_error: string | null;
  created_at: CreatedAt;
}

/** Objects to remove from storage; queued by a trigger when attachment rows are deleted. */
export interface StorageDeletionsTable {
  id: Generated<number>;
  storage_key: string;
  attempts: Generated<number>;
  available_at: Generated<Date>;
  last_error: string | null;
  created_at: CreatedAt;
}

/** A person's favourite and rating of a recipe (see migration 20261204_30). */
export interface RecipeMarksTable {
  user_id: string;
  recipe_id: string;
  favourite: Generated<boolean>;
  rating: number | null;
  updated_at: UpdatedAt;
}

/** A day a person cooked a recipe, with what they noted. */
export interface CookLogTable {
  id: Generated<string>;
  user_id: string;
  recipe_id: string;
  cooked_at: Generated<Date>;
  note: string | null;
}

export type MealSlot = 'breakfast' | 'lunch' | 'dinner' | 'snack';

/** A planned meal (see migration 20261204_31); `day` is an ISO date ("2026-12-07"). */
export interface MealPlanEntriesTable {
  id: Generated<string>;
  owner_id: string;
  day: string;
  slot: MealSlot;
  recipe_id: string | null;
  /** The recipe's name when planned, kept if the recipe is deleted. */
  recipe_name: string | null;
  note: string | null;
  servings: number | null;
  created_at: CreatedAt;
}

/** A person's private meal-plan feed address (see migration 20261204_32). */
export interface CalendarFeedsTable {
  user_id: string;
  token: string;
  created_at: CreatedAt;
}

/** SHA-256 of the one-time tokens that may create the first admin (production). */
export interface SetupTokensTable {
  token_hash: string;
  created_at: CreatedAt;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  recipes: RecipesTable;
  ingredients: IngredientsTable;
  attachments: AttachmentsTable;
  grocery_items: GroceryItemsTable;
  grocery_lists: GroceryListsTable;
  search_outbox: SearchOutboxTable;
  storage_deletions: StorageDeletionsTable;
  import_jobs: ImportJobsTable;
  import_items: ImportItemsTable;
  archive_reads: ArchiveReadsTable;
  attachment_imports: AttachmentImportsTable;
  setup_tokens: SetupTokensTable;
  recipe_marks: RecipeMarksTable;
  cook_log: CookLogTable;
  meal_plan_entries: MealPlanEntriesTable;
  calendar_feeds: CalendarFeedsTable;
}
