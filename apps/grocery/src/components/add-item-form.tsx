import { parseIngredient } from '@saffron/client';
import { useState, type FormEvent } from 'react';

/** One line, the way people write lists: "2 l milk", "6 eggs", "bread". */
export function AddItemForm({
  onAdd,
}: {
  onAdd: (line: { name: string; quantity?: string; unit?: string }) => void;
}) {
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseIngredient(text);
    if (parsed.kind === 'blank') return;
    if (parsed.kind === 'heading') onAdd({ name: parsed.heading });
    else {
      onAdd({
        name: parsed.name,
        ...(parsed.quantity ? { quantity: parsed.quantity } : {}),
        ...(parsed.unit ? { unit: parsed.unit } : {}),
      });
    }
    setText('');
  };
  return (
    <form onSubmit={submit} className="flex gap-2">
      <label htmlFor="new-item" className="sr-only">
        Add an item
      </label>
      <input
        id="new-item"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder="Add an item, e.g. 2 l milk"
        autoComplete="off"
        enterKeyHint="done"
        className="min-h-12 flex-1 rounded-xl border border-stone-300 bg-white px-4 text-base dark:border-stone-700 dark:bg-stone-900"
      />
      <button
        type="submit"
        disabled={!text.trim()}
        className="min-h-12 rounded-xl bg-emerald-700 px-5 font-semibold text-white disabled:opacity-50 dark:bg-emerald-500 dark:text-stone-950"
      >
        Add
      </button>
    </form>
  );
}
