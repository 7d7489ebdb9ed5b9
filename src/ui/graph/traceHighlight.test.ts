// traceHighlight on the sample cluster's elements: source, Service, endpoint verdicts, extra
// path edges, dimming, the outside world as a source, and whole-word matching of names.
import { describe, expect, it } from 'vitest';
import type { TraceResult } from '../../engine/index';
import { sampleCluster } from '../../state/testing/sampleCluster';
import { ingress } from './testIngress';
import { DEFAULT_GRAPH_VIEW } from '../../state/slices/graphView';
import { toElements } from './toElements';
import { mentions, traceHighlight } from './traceHighlight';

const expanded = { ...DEFAULT_GRAPH_VIEW, showPods: true };
const els = toElements(sampleCluster(), { showBuiltins: false, view: expanded });
const folded = toElements(sampleCluster(), { showBuiltins: false });
const A = 'shop/web-7d4b9c8f6d-abcde';
const B = 'shop/web-7d4b9c8f6d-fghij';

const result: TraceResult = {
  verdict: 'partial',
  summary: 'partial',
  hops: [
    { kind: 'source', detail: 'pod default/debug on node-1 (10.244.0.9)', verdict: 'info' },
    { kind: 'service', detail: 'Service shop/web port 80/TCP → 2 endpoints', verdict: 'info' },
  ],
  endpoints: [
    { pod: A, ip: '10.244.1.2', port: 8080, verdict: 'allowed' },
    { pod: B, ip: '10.244.1.3', port: 8080, verdict: 'denied' },
  ],
};

describe('traceHighlight', () => {
  it('marks the source, the Service and each endpoint with its verdict', () => {
    const h = traceHighlight(result, els);
    expect(h.classes.get('pod:default/debug')).toEqual(['trace-source']);
    expect(h.classes.get('svc:shop/web')).toEqual(['trace-via']);
    expect(h.classes.get(`pod:${A}`)).toEqual(['trace-endpoint', 'trace-allowed']);
    expect(h.classes.get(`pod:${B}`)).toEqual(['trace-endpoint', 'trace-denied']);
    expect(h.classes.get(`svc:shop/web->pod:${B}`)).toEqual(['trace-path', 'trace-denied']);
    expect(h.classes.get('svc:shop/web-public')).toEqual(['trace-dim']); // not "shop/web"
    expect(h.edges.map((e) => [e.data.id, e.classes])).toEqual([
      ['trace:pod:default/debug->svc:shop/web', 'trace-edge trace-info'],
    ]);
  });

  it('starts at the outside world for external sources and draws direct pod edges', () => {
    const direct: TraceResult = {
      ...result,
      hops: [{ kind: 'source', detail: 'external client 203.0.113.9, outside', verdict: 'info' }],
      endpoints: [result.endpoints[1]],
    };
    const h = traceHighlight(direct, els);
    expect(h.classes.get('ext:world')).toEqual(['trace-source']);
    expect(h.edges.map((e) => [e.data.id, e.classes])).toEqual([
      [`trace:ext:world->pod:${B}`, 'trace-edge trace-denied'],
    ]);
  });

  it('highlights a folded pod through its workload, and its Service edge', () => {
    const web = 'wl:Deployment/shop/web';
    const fromWeb: TraceResult = {
      ...result,
      hops: [
        { kind: 'source', detail: `pod ${A} on node-1 (10.244.1.2)`, verdict: 'info' },
        { kind: 'service', detail: 'Service shop/db port 5432/TCP', verdict: 'info' },
      ],
      endpoints: [{ pod: 'shop/db-0', ip: '10.244.1.4', port: 5432, verdict: 'denied' }],
    };
    const h = traceHighlight(fromWeb, folded);
    expect(h.classes.get(web)).toEqual(['trace-source']);
    expect(h.classes.get('wl:StatefulSet/shop/db')).toEqual(['trace-endpoint', 'trace-denied']);
    expect(h.classes.get('svc:shop/db->wl:StatefulSet/shop/db')).toEqual([
      'trace-path',
      'trace-denied',
    ]);
    expect(h.edges.map((e) => e.data.id)).toEqual([`trace:${web}->svc:shop/db`]);
    const both = traceHighlight(result, folded).classes.get(web);
    expect(both).toEqual(['trace-endpoint', 'trace-allowed', 'trace-denied']);
  });

  it('passes through an Ingress named by the routing hop', () => {
    const c = sampleCluster();
    c.ingresses.push(ingress('shop', 'site', 'web'));
    const viaIngress: TraceResult = {
      ...result,
      hops: [
        { kind: 'source', detail: 'external client 203.0.113.9', verdict: 'info' },
        {
          kind: 'ingress-routing',
          detail: 'path / (Prefix) of Ingress shop/site',
          verdict: 'allowed',
        },
        { kind: 'service', detail: 'endpoints of Service shop/web port 80', verdict: 'info' },
      ],
    };
    const h = traceHighlight(viaIngress, toElements(c, { showBuiltins: false }));
    expect(h.classes.get('ing:shop/site')).toEqual(['trace-via']);
    expect(h.edges.map((e) => e.data.id)).toEqual([
      'trace:ext:world->ing:shop/site',
      'trace:ing:shop/site->svc:shop/web',
    ]);
  });

  it('matches names as whole words', () => {
    expect(mentions('Service shop/web port 80', 'Service', 'shop/web')).toBe(true);
    expect(mentions('Service shop/web-public port 80', 'Service', 'shop/web')).toBe(false);
    expect(mentions('to Service shop/web.', 'Service', 'shop/web')).toBe(true);
    expect(mentions('to Service shop/web.x', 'Service', 'shop/web')).toBe(false);
    expect(mentions('to Service shop/web, then', 'Service', 'shop/web')).toBe(true);
  });
});
