// Labels and label selectors (SEMANTICS.md §1.8): the vocabulary every other model shares.

export type Labels = Record<string, string>;

export type SelectorOperator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';

export interface SelectorRequirement {
  key: string;
  operator: SelectorOperator;
  values: string[];
}

/**
 * A metav1.LabelSelector: the AND of its requirements. `{}` (no requirements) matches everything;
 * a missing selector is represented by `null`/`undefined` where the API gives absence a meaning.
 */
export interface LabelSelector {
  matchLabels: Labels;
  matchExpressions: SelectorRequirement[];
}
