// policyOverlay on the sample cluster's elements: edges only where policy allows, labelled with
// ports; partial-only pairs marked; denied pairs and unisolated workloads listed for the note;
// hidden ends and too many edges left undrawn, and the headline says why.
import { describe, expect, it } from 'vitest';
import type { ConnectivityLink, PolicyConnectivity } from '../../engine/index';
import { sampleCluster } from '../../state/testing/sampleCluster';
import { MAX_POLICY_EDGES, groupName, policyOverlay, portsLabel } from './policyOverlay';
import { toElements } from './toElements';

const els = toElements(sampleCluster(), { showBuiltins: false });
const WEB = 'wl:Deployment/shop/web';
const DB = 'wl:StatefulSet/shop/db';
const DEBUG = 'pod:default/debug';
const DNS = 'wl:Deployment/kube-system/coredns';
const tcp = (port: number) => ({ port, protocol: 'TCP' as const });
const link = (from: string, to: string, l: Partial<ConnectivityLink>): ConnectivityLink => ({
  from,
  to,
  allowed: [],
  partial: [],
  denied: [],
  ...l,
});

const answer = (links: ConnectivityLink[], extra: Partial<PolicyConnectivity> = {}) =>
  ({
    enforcing: true,
    groups: [],
    links,
    open: [],
    openPairs: 0,
    deniedPairs: links.filter((l) => l.allowed.length + l.partial.length === 0).length,
    notes: [],
    ...extra,
  }) as PolicyConnectivity;

describe('policyOverlay', () => {
  it('draws allowed pairs with their ports, lists denied ones and the unisolated', () => {
    const o = policyOverlay(
      answer(
        [
          link(WEB, DB, { allowed: [tcp(5432)], denied: [tcp(9187)] }),
          link(DEBUG, DB, { denied: [tcp(5432)] }),
          link(DEBUG, WEB, { partial: [tcp(8080)] }),
        ],
        { open: [DEBUG] },
      ),
      els,
    );
    expect(o.edges.map((e) => [e.data.source, e.data.target, e.data.label, e.classes])).toEqual([
      [WEB, DB, 'TCP 5432', 'policy'],
      [DEBUG, WEB, 'TCP 8080 (some pods)', 'policy policy-partial'],
    ]);
    expect(o.denied).toEqual([
      { from: 'shop/web', to: 'shop/db', ports: 'TCP 9187' },
      { from: 'default/debug', to: 'shop/db', ports: 'TCP 5432' },
    ]);
    expect(o.open).toEqual(['default/debug']);
    expect(o.deniedTotal).toBe(2);
    expect(o.headline).toBe('2 connections allowed by policy: arrows, labelled with ports.');
  });

  it('counts fully denied pairs the engine only counted', () => {
    const o = policyOverlay(
      answer([link(DEBUG, DB, { denied: [tcp(5432)] })], { deniedPairs: 500 }),
      els,
    );
    expect(o.denied).toHaveLength(1);
    expect(o.deniedTotal).toBe(500);
  });

  it('leaves out pairs whose end is not drawn (built-ins hidden) and counts them', () => {
    const o = policyOverlay(
      answer([link(WEB, DNS, { allowed: [{ port: 53, protocol: 'UDP' }] })]),
      els,
    );
    expect(o.edges).toEqual([]);
    expect(o.undrawn).toBe(1);
  });

  it('draws nothing past the limit and says to use the matrix', () => {
    const many = Array.from({ length: MAX_POLICY_EDGES + 1 }, () =>
      link(WEB, DB, { allowed: [tcp(1)] }),
    );
    const o = policyOverlay(answer(many), els);
    expect(o.edges).toEqual([]);
    expect(o.headline).toContain('too many to draw');
    expect(o.undrawn).toBe(MAX_POLICY_EDGES + 1);
  });

  it('says why nothing is drawn: no isolation, a plugin that ignores policy, an engine limit', () => {
    expect(policyOverlay(answer([]), els).headline).toBe(
      'No NetworkPolicy isolates any pod: every connection is allowed.',
    );
    expect(policyOverlay(answer([], { enforcing: false }), els).headline).toContain(
      'ignores NetworkPolicy',
    );
    expect(policyOverlay(answer([], { error: '900 workloads' }), els).headline).toBe(
      'Policy view unavailable: 900 workloads.',
    );
  });

  it('labels ports briefly and names groups without their kind', () => {
    const five = [1, 2, 3, 4, 5].map(tcp);
    expect(portsLabel({ allowed: five, partial: [] })).toBe('TCP 1, TCP 2, TCP 3 +2 more');
    expect(groupName(WEB)).toBe('shop/web');
    expect(groupName(DEBUG)).toBe('default/debug');
  });
});
