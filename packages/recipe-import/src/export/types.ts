import { type Readable } from 'node:stream';

/**
 * A recipe as the api holds it. Opaque beyond the fields schema.org needs: whatever else it
 * carries (ingredient rows growing `quantityMax`, `size`, `preparation`, `group`...) is
 * written as it is and comes back the same.
 */
export interface ExportableRecipe {
  id: string;
  name: string;
  [field: string]: unknown;
}

export interface ExportAttachment {
  filename: string;
  contentType: string;
  size: number;
  /** Hex SHA-256 of the bytes, as the files service stored it. */
  sha256: string;
  open(): Promise<Readable>;
}

export interface ExportRecipe {
  recipe: ExportableRecipe;
  attachments: ExportAttachment[];
}

export interface ExportOptions {
  exportedAt: Date;
  appVersion: string;
}

/** An attachment as the export describes it, beside the recipe, to be restored byte for byte. */
export interface ExportedAttachment {
  /** Its file in the recipe's folder, relative to recipe.json. */
  file: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
}
