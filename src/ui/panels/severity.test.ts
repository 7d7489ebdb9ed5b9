// Severity counts for the list heading.
import { expect, it } from 'vitest';
import { severityCounts } from './severity';

it('counts diagnostics by severity', () => {
  const d = (severity: 'error' | 'warning' | 'info') => ({ code: 'C', severity, message: 'm' });
  expect(severityCounts([d('error'), d('info'), d('error')])).toEqual({
    error: 2,
    warning: 0,
    info: 1,
  });
});
