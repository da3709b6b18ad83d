import { LANGUAGES, type Language } from '@saffron/shared/ingredients';
import { useId, useMemo, useState } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { controlClass } from '../../components/ui/field.tsx';
import { LANGUAGE_NAMES } from '../../lib/language-names.ts';
import { amountText } from './amount-text.ts';
import { sectionsOf } from './draft-items.ts';
import { readPastedLines } from './paste-preview.ts';
import type { IngredientDraft, IngredientItem } from './recipe-draft.ts';
import { useRecipeLanguage } from './use-recipe-language.ts';

function PreviewRow({ row, language }: { row: IngredientDraft; language: Language }) {
  const details = [row.size, row.preparation, row.note].filter(Boolean).join(', ');
  return (
    <li>
      <strong>{amountText(row, language) || '—'}</strong> {row.name}
      {details && <span className="text-stone-600 dark:text-stone-400">, {details}</span>}
    </li>
  );
}

/** Paste a whole list; each line becomes a row, previewed as it will be saved, headings as groups. */
export function PasteIngredients({ onAdd }: { onAdd: (items: IngredientItem[]) => void }) {
  const preferred = useRecipeLanguage();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [asked, setAsked] = useState<Language>();
  const id = useId();
  const pasted = useMemo(() => readPastedLines(text, preferred, asked), [text, preferred, asked]);
  const rows = pasted.items.filter((item) => item.kind === 'ingredient').length;
  const close = () => {
    setText('');
    setAsked(undefined);
    setOpen(false);
  };
  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
        Paste a list
      </Button>
      <Dialog open={open} title="Paste ingredients" onClose={close}>
        <label htmlFor={id} className="block text-sm font-medium">
          One ingredient per line, e.g. “2 1/2 cups flour, sifted”; a line such as “For the sauce:”
          starts a group
        </label>
        <textarea
          id={id}
          rows={6}
          value={text}
          onChange={(event) => setText(event.target.value)}
          className={controlClass({ extra: 'font-mono text-sm' })}
        />
        <label className="flex items-center gap-2 text-sm font-medium">
          Read as
          <select
            value={asked ?? ''}
            onChange={(event) =>
              setAsked((event.target.value || undefined) as Language | undefined)
            }
            className={controlClass({ extra: 'w-auto' })}
          >
            <option value="">
              {LANGUAGE_NAMES[pasted.language]} ({pasted.detected ? 'from the lines' : 'yours'})
            </option>
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {LANGUAGE_NAMES[language]}
              </option>
            ))}
          </select>
        </label>
        {pasted.items.length > 0 && (
          <ul aria-label="Preview" className="max-h-56 space-y-2 overflow-auto text-sm">
            {sectionsOf<IngredientDraft>(pasted.items).map(({ heading, rows: group }, i) => (
              <li key={i}>
                {heading && <p className="font-semibold">{heading.text || 'Untitled group'}</p>}
                <ul className={heading ? 'space-y-1 pl-3' : 'space-y-1'}>
                  {group.map((row, j) => (
                    <PreviewRow key={j} row={row} language={pasted.language} />
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button
            disabled={rows === 0}
            onClick={() => {
              onAdd(pasted.items);
              close();
            }}
          >
            Add {rows} {rows === 1 ? 'row' : 'rows'}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
