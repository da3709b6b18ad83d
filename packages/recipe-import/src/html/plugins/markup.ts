/**
 * How a recipe plugin marks up its card: CSS selectors, relative to the card, for each part.
 * One reader (read-plugin.ts) follows any of these, so adding a plugin is adding a table entry.
 */
export interface TPluginMarkup {
  /** Names the reading in ExtractResult.source. */
  source: string;
  /** Class names (or "#id"s) only this plugin uses: its card is looked for only on pages with one. */
  markers: readonly string[];
  /** The recipe card; the first one that holds ingredient lines is read. */
  card: string;
  name?: string;
  description?: string;
  /** One ingredient line. */
  ingredient: string;
  /** A heading above a group of ingredient lines. */
  ingredientGroup?: string;
  /** One step, or a block whose lines are the steps. */
  step: string;
  /** A heading above a group of steps. */
  stepGroup?: string;
  yield?: string;
  prepTime?: string;
  cookTime?: string;
  totalTime?: string;
  image?: string;
  /** Parts inside lines that are not their text: checkboxes, screen-reader copies, scaling buttons. */
  skip?: string;
}
