import { useState, type FormEvent } from 'react';

/**
 * One line, the way people write lists: "2 l milk", "2-3 eggs", "bread". The box is free again
 * at once; the line is read and added behind it.
 */
export function AddItemForm({ onAdd }: { onAdd: (text: string) => void }) {
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    onAdd(text);
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
