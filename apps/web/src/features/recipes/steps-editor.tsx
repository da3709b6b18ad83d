import type { FieldErrors } from '@saffron/shared';
import { Button } from '../../components/ui/button.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { newKey, type StepDraft } from './recipe-draft.ts';

export function StepsEditor({
  steps,
  errors,
  onChange,
}: {
  steps: StepDraft[];
  errors: FieldErrors;
  onChange: (steps: StepDraft[]) => void;
}) {
  return (
    <fieldset className="space-y-3">
      <legend className="text-lg font-semibold">Method</legend>
      <ol className="space-y-3">
        {steps.map((step, index) => (
          <li key={step.key} className="flex items-start gap-2">
            <TextArea
              label={`Step ${index + 1}`}
              rows={2}
              value={step.text}
              errors={errors[`steps.${step.key}`]}
              onChange={(event) =>
                onChange(
                  steps.map((s) => (s.key === step.key ? { ...s, text: event.target.value } : s)),
                )
              }
              className="flex-1"
            />
            <Button
              variant="ghost"
              size="sm"
              className="mt-6"
              aria-label={`Remove step ${index + 1}`}
              onClick={() => onChange(steps.filter((s) => s.key !== step.key))}
            >
              ✕
            </Button>
          </li>
        ))}
      </ol>
      <Button
        variant="secondary"
        size="sm"
        onClick={() => onChange([...steps, { key: newKey(), text: '' }])}
      >
        Add step
      </Button>
    </fieldset>
  );
}
