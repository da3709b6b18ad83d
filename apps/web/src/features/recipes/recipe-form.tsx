import { fieldErrorsOf } from '@saffron/client';
import type { TRecipeInput } from '@saffron/shared';
import type { FormEvent, ReactNode } from 'react';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Field } from '../../components/ui/field.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { useForm } from '../../lib/use-form.ts';
import { IngredientRowsEditor } from './ingredient-rows-editor.tsx';
import { MoreDetails } from './more-details.tsx';
import { errorsByRow, validateDraft, type RecipeDraft } from './recipe-draft.ts';
import { StepsEditor } from './steps-editor.tsx';

interface RecipeFormProps {
  title: string;
  /** Builds the starting draft, on the first render only (later refetches do not reset edits). */
  initial: () => RecipeDraft;
  submitLabel: string;
  busy: boolean;
  onSubmit: (input: TRecipeInput, showServerErrors: (error: unknown) => void) => void;
  onCancel: () => void;
  /** Photos and files: chosen for later on a new recipe, uploaded at once on a saved one. */
  attachments?: ReactNode;
  /** Shown under the title, before the form: what an import read, say. */
  intro?: ReactNode;
}

/** Create and edit: the same fields, validated by the API's schema before anything is sent. */
export function RecipeForm({
  title,
  initial,
  submitLabel,
  busy,
  onSubmit,
  onCancel,
  attachments,
  intro,
}: RecipeFormProps) {
  const { values: draft, errors, setErrors, set, text, validate } = useForm(validateDraft, initial);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const valid = validate();
    // The server names rows by their place in what was sent; show its errors on the draft's rows.
    if (valid)
      onSubmit(valid.input, (error) => setErrors(errorsByRow(fieldErrorsOf(error), valid.rowKeys)));
  };

  return (
    <div className="space-y-6">
      <h1 id="recipe-form-title" className="text-2xl font-bold">
        {title}
      </h1>
      {intro}
      <form onSubmit={submit} noValidate aria-labelledby="recipe-form-title" className="space-y-6">
        {Object.keys(errors).length > 0 && (
          <Alert tone="error">Some fields need attention; they are marked below.</Alert>
        )}
        <Field label="Name" required {...text('name')} />
        <TextArea
          label="Description"
          rows={3}
          value={draft.description}
          errors={errors.description}
          onChange={(event) => set('description', event.target.value)}
        />
        <div className="grid grid-cols-3 gap-3">
          <Field label="Servings" inputMode="numeric" {...text('servings')} />
          <Field label="Prep (minutes)" inputMode="numeric" {...text('prepMinutes')} />
          <Field label="Cook (minutes)" inputMode="numeric" {...text('cookMinutes')} />
        </div>
        <Field
          label="Tags"
          hint="Separate tags with commas: dinner, vegetarian"
          {...text('tags')}
        />
        <IngredientRowsEditor
          rows={draft.ingredients}
          errors={errors}
          onChange={(rows) => set('ingredients', rows)}
        />
        <StepsEditor
          steps={draft.steps}
          errors={errors}
          onChange={(steps) => set('steps', steps)}
        />
        <Field label="Source (web address)" type="url" inputMode="url" {...text('sourceUrl')} />
        <MoreDetails draft={draft} errors={errors} onChange={set} />
        {attachments}
        <div className="sticky bottom-16 flex gap-2 border-t border-stone-200 bg-stone-50/95 py-3 md:bottom-0 dark:border-stone-800 dark:bg-stone-950/95">
          <Button type="submit" busy={busy}>
            {submitLabel}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </form>
    </div>
  );
}
