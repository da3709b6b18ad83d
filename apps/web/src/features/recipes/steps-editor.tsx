import type { FieldErrors } from '@saffron/shared';
import { Button } from '../../components/ui/button.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { moveItem, replaceItem } from './draft-items.ts';
import { HeadingInput } from './heading-input.tsx';
import { emptyHeading, emptyStep, type StepItem } from './recipe-draft.ts';
import { RowControls } from './row-controls.tsx';

/** The method: numbered steps, with headings ("Make the dough") between them where wanted. */
export function StepsEditor({
  steps,
  errors,
  onChange,
}: {
  steps: StepItem[];
  errors: FieldErrors;
  onChange: (steps: StepItem[]) => void;
}) {
  // Steps are numbered on their own; headings do not count.
  const numbers = steps.reduce<number[]>(
    (counted, item) => [...counted, (counted.at(-1) ?? 0) + (item.kind === 'step' ? 1 : 0)],
    [],
  );
  const controls = (index: number) => ({
    index,
    count: steps.length,
    onMove: (to: number) => onChange(moveItem(steps, index, to)),
    onRemove: () => onChange(steps.filter((_, i) => i !== index)),
  });
  return (
    <fieldset className="space-y-3">
      <legend className="text-lg font-semibold">Method</legend>
      <ol className="space-y-3">
        {steps.map((item, index) => {
          if (item.kind === 'heading') {
            return (
              <li key={item.key}>
                <HeadingInput
                  heading={item}
                  label="Step heading"
                  placeholder="Make the dough"
                  removeLabel={`Remove heading ${item.text.trim() || 'untitled'}`}
                  errors={errors[`steps.${item.key}`]}
                  onChange={(next) => onChange(replaceItem(steps, item.key, next))}
                  {...controls(index)}
                />
              </li>
            );
          }
          const number = numbers[index]!;
          return (
            <li key={item.key} className="flex flex-col gap-1 sm:flex-row sm:items-start sm:gap-2">
              <TextArea
                label={`Step ${number}`}
                rows={2}
                value={item.text}
                errors={errors[`steps.${item.key}`]}
                onChange={(event) =>
                  onChange(replaceItem(steps, item.key, { ...item, text: event.target.value }))
                }
                className="flex-1"
              />
              <div className="self-end sm:mt-6 sm:self-start">
                <RowControls label={`step ${number}`} {...controls(index)} />
              </div>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" onClick={() => onChange([...steps, emptyStep()])}>
          Add step
        </Button>
        <Button
          variant="secondary"
          size="sm"
          onClick={() => onChange([...steps, emptyHeading(), emptyStep()])}
        >
          Add heading
        </Button>
      </div>
    </fieldset>
  );
}
