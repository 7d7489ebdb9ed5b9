// traceTargetOf: graph ids become the trace form's From/To text.
import { describe, expect, it } from 'vitest';
import { shiftPick, traceTargetOf } from './traceTarget';

describe('traceTargetOf', () => {
  it('maps pods, workloads, Services and the outside world', () => {
    expect(traceTargetOf('pod:shop/web-1', 'from')).toBe('shop/web-1');
    expect(traceTargetOf('wl:Deployment/shop/web', 'from')).toBe('shop/web');
    expect(traceTargetOf('svc:shop/api', 'to')).toBe('api.shop');
    expect(traceTargetOf('ext:world', 'from')).toBe('external');
  });
  it('refuses what cannot take that role', () => {
    expect(traceTargetOf('svc:shop/api', 'from')).toBeNull();
    expect(traceTargetOf('ext:world', 'to')).toBeNull();
    expect(traceTargetOf('ns:shop', 'to')).toBeNull();
    expect(traceTargetOf('svc:shop/api->pod:shop/api-1', 'to')).toBeNull();
    expect(traceTargetOf(null, 'to')).toBeNull();
  });
});

describe('shiftPick', () => {
  it('traces from the selection to the shift-clicked element', () => {
    expect(shiftPick('pod:shop/web-1', 'svc:shop/api')).toEqual({
      from: 'shop/web-1',
      to: 'api.shop',
    });
    expect(shiftPick('ext:world', 'pod:shop/db-0')).toEqual({ from: 'external', to: 'shop/db-0' });
    expect(shiftPick(null, 'svc:shop/api')).toBeNull();
    expect(shiftPick('svc:shop/api', 'pod:shop/db-0')).toBeNull();
  });
});
