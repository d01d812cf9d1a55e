/** Newest first / oldest first, as a pair of toggle buttons. */
import type { SortOrder } from '../../timeline/model.ts';

export function OrderToggle({
  order,
  onChange,
}: {
  order: SortOrder;
  onChange: (o: SortOrder) => void;
}) {
  const option = (value: SortOrder, label: string) => (
    <button
      type="button"
      className="toggle"
      aria-pressed={order === value}
      onClick={() => onChange(value)}
    >
      {label}
    </button>
  );
  return (
    <div className="toggle-group" role="group" aria-label="Order">
      {option('newest', 'Newest first')}
      {option('oldest', 'Oldest first')}
    </div>
  );
}
