/**
 * What an importer reads from a web page or another app's export, before the ingredient
 * parser and the api turn it into a recipe. Text is clean (entities decoded, tags stripped,
 * whitespace collapsed); nothing is parsed beyond what the source itself states.
 */
export interface RecipeDraft {
  name: string;
  description?: string;
  /** Whole servings when the yield states them ("4", "4 servings", "Makes 12"). */
  servings?: number;
  /** The yield as printed ("Makes 12 cookies", "1 loaf"), kept when it says more than a number. */
  yieldText?: string;
  prepMinutes?: number;
  cookMinutes?: number;
  totalMinutes?: number;
  /** Ingredient lines exactly as printed, in order, each with the group heading it sits under. */
  ingredients: DraftLine[];
  /** Steps in order, each with the section heading it sits under ("For the sauce"). */
  steps: DraftLine[];
  /** Keywords, categories and cuisines, lower-cased, without duplicates. */
  tags: string[];
  /** Absolute image URLs, best first. */
  imageUrls: string[];
  sourceUrl?: string;
  author?: string;
  /** Nutrition as a reader sees it: "Calories 320 kcal · Fat 12 g · ...". */
  nutrition?: string;
  /** The cook's own notes, where an app keeps them apart from the description (Paprika, Mealie). */
  notes?: string;
  /** The app's star rating, 1 to 5 (Paprika, Mealie). */
  rating?: number;
}

export interface DraftLine {
  text: string;
  /** The heading of the group or section this line belongs to. */
  group?: string;
}
