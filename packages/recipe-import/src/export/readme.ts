import { type ExportOptions } from './types.ts';
import { SAFFRON_PROPERTY } from './json-ld.ts';

/** The README.md at the root of every export: what it is, and how to bring it back. */
export function exportReadme({ exportedAt, appVersion }: ExportOptions): string {
  return `# Saffron recipe export

Exported ${exportedAt.toISOString()} by Saffron ${appVersion}.

This archive holds your recipes and their attachments (photos, documents), one folder per
recipe:

    recipes/<recipe-name>-<id>/recipe.json    the recipe
    recipes/<recipe-name>-<id>/<file>         each attachment, under its own name
    saffron-export.json                      when and by which version this was made

## Import it into Saffron

Upload this zip file, unchanged, in Saffron's import page. Every recipe comes back exactly
as it was (ingredient rows, groups, times, tags) with the same attachments, checked byte for
byte against the SHA-256 checksums listed in each recipe.json.

## Use it in another app

Each recipe.json is a schema.org \`Recipe\` in JSON-LD, the format recipe websites publish
and that recipe managers read when they import from a web page or a JSON file: name,
description, yield, times (ISO 8601), ingredients, steps (in sections where the recipe has
them), keywords, source URL and dates. Its \`image\` lists the photo files beside it. An
app that does not take a whole zip can usually import one recipe.json at a time. Nextcloud
Cookbook keeps recipes in folders like these, with the photo named full.jpg: rename a photo
to that and copy the folders into its recipe folder.

The property \`${SAFFRON_PROPERTY}\` is Saffron's own: the recipe's fields exactly, and each
attachment's file name, type, size and SHA-256. Other apps ignore it.
`;
}
