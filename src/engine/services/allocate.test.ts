import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildServices } from './services';
import { createClusterIPPool } from './clusterIPs';
import { homeSlot, probe, staticBandSize } from './allocate';
import { addressAt } from './addressRange';
import { manifestsFromYaml } from '../testing/manifests';
import { DEFAULT_SETTINGS, type ClusterSettings } from '../model/settings';
import type { Service } from '../model/cluster';

type Spec = { ns: string; name: string };

const specArb = fc.record({
  ns: fc.constantFrom('default', 'shop', 'prod'),
  name: fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/),
});
const keyOf = (s: Spec) => `${s.ns}/${s.name}`;
const uniqueSpecs = fc.uniqueArray(specArb, { selector: keyOf, minLength: 1, maxLength: 25 });

function build(specs: Spec[], settings: ClusterSettings): Map<string, Service> {
  const yaml = specs
    .map(
      (s) =>
        `kind: Service\nmetadata: {name: ${s.name}, namespace: ${s.ns}}\nspec: {type: NodePort, ports: [{port: 80}]}\n`,
    )
    .join('---\n');
  const services = buildServices(manifestsFromYaml(yaml), settings, []);
  return new Map(services.map((s) => [`${s.namespace}/${s.name}`, s]));
}

describe('§3.2 / §3.4 allocation is deterministic and stable', () => {
  it('§3.2 the static band of 10.96.0.0/12 is 256 addresses; of 30000-32767 it is 86 ports', () => {
    expect(staticBandSize(2n ** 20n, 16n, 16n, 256n)).toBe(256n);
    expect(staticBandSize(2768n, 16n, 32n, 128n)).toBe(86n);
    expect(staticBandSize(16n, 16n, 16n, 256n)).toBe(0n);
  });

  it('§3.2 linear probing takes the next free slot, wrapping around the band', () => {
    const band = { start: 10n, size: 4n };
    const home = homeSlot('k', band);
    const taken = new Set([home, band.start + ((home - band.start + 1n) % 4n)]);
    expect(probe('k', band, (s) => taken.has(s), taken.size)).toBe(
      band.start + ((home - band.start + 2n) % 4n),
    );
    expect(probe('k', band, () => true, 10)).toBeNull();
  });

  it('§3.2 the same input always gives the same addresses, whatever the input order', () => {
    fc.assert(
      fc.property(uniqueSpecs, (specs) => {
        const a = build(specs, DEFAULT_SETTINGS);
        const b = build([...specs].reverse(), DEFAULT_SETTINGS);
        for (const [k, s] of a) {
          expect(b.get(k)!.clusterIP).toBe(s.clusterIP);
          expect(b.get(k)!.ports[0]?.nodePort).toBe(s.ports[0]?.nodePort);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('§3.2 adding an unrelated Service leaves every other ClusterIP and node port unchanged', () => {
    const upper = createClusterIPPool(DEFAULT_SETTINGS.serviceCIDR).bands[0];
    const nodeBand = { start: 30086n, size: 2682n };
    fc.assert(
      fc.property(uniqueSpecs, specArb, (specs, extra) => {
        fc.pre(!specs.some((s) => keyOf(s) === keyOf(extra)));
        const all = [...specs, extra];
        // Stability holds whenever home slots differ; with ~1M slots a collision is the rare case.
        fc.pre(new Set(all.map((s) => homeSlot(keyOf(s), upper))).size === all.length);
        fc.pre(new Set(all.map((s) => homeSlot(`${keyOf(s)}:80`, nodeBand))).size === all.length);
        const before = build(specs, DEFAULT_SETTINGS);
        const after = build(all, DEFAULT_SETTINGS);
        const range = createClusterIPPool(DEFAULT_SETTINGS.serviceCIDR).range!;
        for (const [k, s] of before) {
          expect(after.get(k)!.clusterIP).toBe(s.clusterIP);
          expect(after.get(k)!.ports[0]?.nodePort).toBe(s.ports[0]?.nodePort);
          if (!s.builtin) expect(s.clusterIP).toBe(addressAt(range, homeSlot(k, upper)));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('§3.2 in a crowded CIDR, Services sorted before a newcomer keep their addresses', () => {
    // A /26: 62 usable addresses, 16 of them static, so probe runs collide often.
    const settings = { ...DEFAULT_SETTINGS, serviceCIDR: '10.96.0.0/26' };
    fc.assert(
      fc.property(uniqueSpecs, specArb, (specs, extra) => {
        fc.pre(!specs.some((s) => keyOf(s) === keyOf(extra)));
        const before = build(specs, settings);
        const after = build([...specs, extra], settings);
        const ips = [...after.values()].map((s) => s.clusterIP);
        expect(new Set(ips).size).toBe(ips.length);
        for (const [k, s] of before) {
          if (k < keyOf(extra)) expect(after.get(k)!.clusterIP).toBe(s.clusterIP);
        }
      }),
      { numRuns: 100 },
    );
  });
});
