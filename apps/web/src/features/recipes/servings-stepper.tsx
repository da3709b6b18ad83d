import { Button } from '../../components/ui/button.tsx';

const MAX = 1000;

/**
 * Fewer or more: the servings when the recipe says how many it makes, else how many times the
 * recipe ("×2"). Every amount on the page follows.
 */
export function ServingsStepper({
  count,
  servings,
  onChange,
}: {
  count: number;
  /** What the recipe makes, when it says. */
  servings: number | undefined;
  onChange: (count: number) => void;
}) {
  const what = servings === undefined ? 'times the recipe' : 'servings';
  const shown =
    servings === undefined ? `×${count}` : `${count} ${count === 1 ? 'serving' : 'servings'}`;
  return (
    <div
      role="group"
      aria-label={servings === undefined ? 'Scale the recipe' : 'Servings'}
      className="flex items-center gap-2"
    >
      <Button
        variant="secondary"
        size="sm"
        aria-label={`Fewer ${what}`}
        disabled={count <= 1}
        onClick={() => onChange(count - 1)}
      >
        −
      </Button>
      <output aria-live="polite" className="min-w-24 text-center font-medium tabular-nums">
        {shown}
      </output>
      <Button
        variant="secondary"
        size="sm"
        aria-label={`More ${what}`}
        disabled={count >= MAX}
        onClick={() => onChange(count + 1)}
      >
        +
      </Button>
      {servings !== undefined && count !== servings && (
        <Button variant="ghost" size="sm" onClick={() => onChange(servings)}>
          Back to {servings}
        </Button>
      )}
    </div>
  );
}
