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
and most recipe managers import (Mealie, Tandoor, Nextcloud Cookbook, ...): name,
description, yield, times (ISO 8601), ingredients, steps, keywords, source URL. Its
\`image\` lists the photo files next to it. Apps that cannot read a whole zip can usually
import one recipe.json at a time, or its contents pasted as JSON.

The property \`${SAFFRON_PROPERTY}\` is Saffron's own: the recipe's fields exactly, and each
attachment's file name, type, size and SHA-256. Other apps ignore it.
`;
}
