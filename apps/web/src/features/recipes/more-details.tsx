import type { FieldErrors } from '@saffron/shared';
import { useState, type ChangeEvent } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { Field } from '../../components/ui/field.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import type { RecipeDraft } from './recipe-draft.ts';

type MoreField = 'totalMinutes' | 'yieldText' | 'author' | 'nutrition' | 'notes';
const FIELDS: MoreField[] = ['totalMinutes', 'yieldText', 'author', 'nutrition', 'notes'];

/** What many recipes leave out: folded away unless the recipe has some of it, or it has an error. */
export function MoreDetails({
  draft,
  errors,
  onChange,
}: {
  draft: RecipeDraft;
  errors: FieldErrors;
  onChange: (field: MoreField, value: string) => void;
}) {
  const [open, setOpen] = useState(() => FIELDS.some((field) => draft[field].trim()));
  const shown = open || FIELDS.some((field) => errors[field]);
  const bind = (field: MoreField) => ({
    value: draft[field],
    errors: errors[field],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange(field, event.target.value),
  });
  return (
    <div className="space-y-3">
      <Button
        variant="ghost"
        aria-expanded={shown}
        aria-controls={shown ? 'recipe-more-details' : undefined}
        onClick={() => setOpen(!shown)}
        className="px-2"
      >
        <span aria-hidden="true">{shown ? '▾' : '▸'}</span>
        More details: total time, yield, author, nutrition, notes
      </Button>
      {shown && (
        <div id="recipe-more-details" className="space-y-4">
          <div className="grid grid-cols-2 gap-3">
            <Field label="Total (minutes)" inputMode="numeric" {...bind('totalMinutes')} />
            <Field label="Yield" placeholder="Makes 12 cookies" {...bind('yieldText')} />
          </div>
          <Field label="Author" {...bind('author')} />
          <TextArea
            label="Nutrition"
            rows={2}
            placeholder="Calories 320 kcal · Fat 12 g"
            {...bind('nutrition')}
          />
          <TextArea label="Notes" rows={4} {...bind('notes')} />
        </div>
      )}
    </div>
  );
}
