import { slugify, type TRecipe } from '@saffron/shared';
import { useState } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { saffronClient } from '../../lib/api.ts';

function download(filename: string, content: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** One recipe out of Saffron: as plain text on the clipboard, or as a schema.org file. */
export function RecipeExportActions({ recipe }: { recipe: Pick<TRecipe, 'id' | 'name'> }) {
  const toast = useToast();
  const [busy, setBusy] = useState<'text' | 'json'>();
  const run = async (what: 'text' | 'json') => {
    setBusy(what);
    try {
      const exported = await saffronClient.recipes.export.query({ id: recipe.id });
      if (what === 'text') {
        await navigator.clipboard.writeText(exported.text);
        toast({ tone: 'success', message: 'Copied the recipe as text.' });
      } else {
        download(
          `${slugify(recipe.name)}.jsonld`,
          JSON.stringify(exported.jsonLd, null, 2),
          'application/ld+json',
        );
      }
    } catch (error) {
      toast({
        tone: 'error',
        message: `Could not ${what === 'text' ? 'copy' : 'download'} the recipe: ${
          error instanceof Error ? error.message : 'try again'
        }`,
      });
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <>
      <Button variant="secondary" busy={busy === 'text'} onClick={() => void run('text')}>
        Copy as text
      </Button>
      <Button variant="secondary" busy={busy === 'json'} onClick={() => void run('json')}>
        Download JSON-LD
      </Button>
    </>
  );
}
