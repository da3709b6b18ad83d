import { Button } from '../../components/ui/button.tsx';

/** Up, down and remove for one row of a list: buttons, so the keyboard can do it all. */
export function RowControls({
  label,
  removeLabel = `Remove ${label}`,
  index,
  count,
  onMove,
  onRemove,
}: {
  /** What the row is called, for screen readers: "flour", "step 2", "heading For the sauce". */
  label: string;
  removeLabel?: string;
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  return (
    <div className="flex gap-1">
      <Button
        variant="ghost"
        size="sm"
        aria-label={`Move ${label} up`}
        disabled={index === 0}
        onClick={() => onMove(index - 1)}
      >
        ↑
      </Button>
      <Button
        variant="ghost"
        size="sm"
        aria-label={`Move ${label} down`}
        disabled={index === count - 1}
        onClick={() => onMove(index + 1)}
      >
        ↓
      </Button>
      <Button variant="ghost" size="sm" aria-label={removeLabel} onClick={onRemove}>
        ✕
      </Button>
    </div>
  );
}
