import { useNavigate } from '@tanstack/react-router';
import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { controlClass } from '../../components/ui/field.tsx';
import { sharedLink } from './shared-links.ts';

/** "Paste a link": a recipe page's address, read into a preview to review before saving. */
export function PasteLinkForm({ label = 'Import a recipe from a web page' }: { label?: string }) {
  const navigate = useNavigate();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const url = sharedLink({ text });
    if (!url) return setError('Paste the full address of the page, starting with https://');
    void navigate({ to: '/import', search: { url } });
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-1 text-left">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800 dark:text-stone-200">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          type="url"
          inputMode="url"
          autoComplete="off"
          placeholder="https://…"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setError(undefined);
          }}
          className={controlClass({ invalid: Boolean(error), extra: 'min-w-0 flex-1' })}
        />
        <Button type="submit">Import</Button>
      </div>
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </form>
  );
}
