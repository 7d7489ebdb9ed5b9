// Small text helpers the inspector's descriptions share (pure).
import type { Labels } from '../../engine/index';

export const labelsText = (l: Labels | null | undefined) =>
  l && Object.keys(l).length
    ? Object.entries(l)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')
    : '—';

export const lines = (items: string[]) => (items.length ? items.join('\n') : '—');
