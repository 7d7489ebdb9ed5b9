// The table view's rows, on the shop example through the real engine: what a user reads in each
// table, which object a row selects and what it fills into the trace form.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine/index';
import { ingressUrl, ipKey, tableRows } from './tableRows';

const shop = analyze({
  files: [{ name: 'shop.yaml', text: readFileSync('examples/shop.yaml', 'utf8') }],
}).cluster;

describe('tableRows', () => {
  it('lists pods with workload, node, IP, state, labels and isolation', () => {
    const { columns, rows } = tableRows(shop, 'pods', false);
    expect(columns.map((c) => c.title)).toEqual([
      'Namespace',
      'Name',
      'Workload',
      'Node',
      'IP',
      'State',
      'Labels',
      'Isolated',
    ]);
    expect(rows).toHaveLength(6);
    const db = rows.find((r) => r.id === 'pod:shop/db-0')!;
    expect(db.cells[2]).toBe('StatefulSet db');
    expect(db.cells[4]).toMatch(/^10\.244\./);
    expect(db.cells[5]).toBe('Ready');
    expect(db.cells[6]).toContain('app=db');
    expect(db.cells[7]).toBe('ingress, egress');
    expect(db.traceFrom).toBe('shop/db-0');
    expect(db.traceTo).toBe('shop/db-0');
  });

  it('shows the cluster add-ons only when asked', () => {
    expect(tableRows(shop, 'pods', true).rows).toHaveLength(8);
    expect(tableRows(shop, 'services', false).rows.map((r) => r.id)).not.toContain(
      'svc:kube-system/kube-dns',
    );
    expect(tableRows(shop, 'services', true).rows.map((r) => r.id)).toContain(
      'svc:kube-system/kube-dns',
    );
  });

  it('lists Services with type, address, ports and ready endpoints', () => {
    const rows = tableRows(shop, 'services', false).rows;
    const web = rows.find((r) => r.id === 'svc:shop/web')!;
    expect(web.cells.slice(2)).toEqual([
      'ClusterIP',
      expect.stringMatching(/^10\.\d+\.\d+\.\d+$/),
      '80→http/TCP',
      '2/2',
    ]);
    expect(rows.find((r) => r.id === 'svc:shop/db')!.cells[3]).toBe('None (headless)');
    expect(web.traceFrom).toBeNull();
    expect(web.traceTo).toBe('web.shop');
  });

  it('lists Ingress routes as host/path → backend, traceable by URL', () => {
    const [ing] = tableRows(shop, 'ingresses', false).rows;
    expect(ing.id).toBe('ing:shop/shop');
    expect(ing.cells[5]).toBe('shop.example.com/ → web:80\nshop.example.com/api → api:http');
    expect(ing.traceTo).toBe('https://shop.example.com/');
    expect(ingressUrl({ ...shop.ingresses[0], tls: [] })).toBe('http://shop.example.com/');
  });

  it('lists NetworkPolicies with the pods they select, revealed by their source line', () => {
    const rows = tableRows(shop, 'policies', false).rows;
    const dns = rows.find((r) => r.id === 'policy:shop/allow-dns')!;
    expect(dns.cells.slice(2)).toEqual(['Egress', '5 pods', '0 in, 1 out']);
    expect(dns.keys[3]).toBe(5);
    expect(dns.source?.line).toBeGreaterThan(1);
  });

  it('sorts IP addresses by number', () => {
    expect(ipKey('10.244.0.9')).toBeLessThan(ipKey('10.244.0.10'));
    expect(ipKey(undefined)).toBe(-1);
  });
});
