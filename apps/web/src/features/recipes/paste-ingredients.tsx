import { parseIngredientLines } from '@saffron/shared';
import { useId, useState } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { controlClass } from '../../components/ui/field.tsx';
import { newKey, type IngredientDraft } from './recipe-draft.ts';

/** Paste a whole list; each line becomes a row, previewed as it will be saved. */
export function PasteIngredients({ onAdd }: { onAdd: (rows: IngredientDraft[]) => void }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const id = useId();
  const parsed = parseIngredientLines(text).filter((row) => row.kind === 'ingredient');
  const add = () => {
    onAdd(
      parsed.map((row) => ({
        key: newKey(),
        quantity: row.quantity ?? '',
        unit: row.unit ?? '',
        name: row.name,
        note: row.note ?? '',
        original: row.original,
      })),
    );
    setText('');
    setOpen(false);
  };
  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
        Paste a list
      </Button>
      <Dialog open={open} title="Paste ingredients" onClose={() => setOpen(false)}>
        <label htmlFor={id} className="block text-sm font-medium">
          One ingredient per line, e.g. “2 1/2 cups flour, sifted”
        </label>
        <textarea
          id={id}
          rows={6}
          value={text}
          onChange={(event) => setText(event.target.value)}
          className={controlClass({ extra: 'font-mono text-sm' })}
        />
        {parsed.length > 0 && (
          <ul aria-label="Preview" className="max-h-48 space-y-1 overflow-auto text-sm">
            {parsed.map((row, i) => (
              <li key={i}>
                <strong>{[row.quantity, row.unit].filter(Boolean).join(' ') || '—'}</strong>{' '}
                {row.name}
                {row.note && (
                  <span className="text-stone-600 dark:text-stone-400">, {row.note}</span>
                )}
              </li>
            ))}
          </ul>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button disabled={parsed.length === 0} onClick={add}>
            Add {parsed.length} {parsed.length === 1 ? 'row' : 'rows'}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
