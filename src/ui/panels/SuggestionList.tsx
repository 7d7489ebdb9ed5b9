// A <datalist> of suggestions for a query field. Values are manifest strings: React text only.
import type { Suggestion } from './suggestions';

export interface SuggestionListProps {
  id: string;
  items: Suggestion[];
}

/** The datalist element. */
export function SuggestionList({ id, items }: SuggestionListProps) {
  return (
    <datalist id={id}>
      {items.map((s) => (
        <option key={s.value} value={s.value}>
          {s.label}
        </option>
      ))}
    </datalist>
  );
}
