import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContainerPort, Protocol } from '../model/cluster';
import type { PolicyPort, PolicyRule } from '../model/policy';
import { BitRows } from './bits';
import { createPortSets, NO_PORT, type PortSets } from './classAllowance';
import type { PodClass } from './podClasses';

const PROTOCOLS: Protocol[] = ['TCP', 'UDP', 'SCTP'];
const source = { file: 't', line: 1 };
const entry: fc.Arbitrary<PolicyPort> = fc.oneof(
  fc.record({ protocol: fc.constantFrom(...PROTOCOLS), source: fc.constant(source) }),
  fc.record({
    protocol: fc.constantFrom(...PROTOCOLS),
    port: fc.constantFrom<number | string>(53, 80, 8080, 'http', 'metrics'),
    source: fc.constant(source),
  }),
  fc.record({
    protocol: fc.constantFrom(...PROTOCOLS),
    port: fc.constantFrom(53, 80),
    endPort: fc.constantFrom(80, 8080),
    source: fc.constant(source),
  }),
);
const rule: fc.Arbitrary<PolicyRule> = fc
  .array(entry, { maxLength: 3 })
  .map((ports) => ({ index: 0, peers: [], ports, source }));
const containerPort: fc.Arbitrary<ContainerPort> = fc.record({
  name: fc.constantFrom('http', 'metrics'),
  containerPort: fc.constantFrom(53, 80, 8080),
  protocol: fc.constantFrom(...PROTOCOLS),
  container: fc.constant('c'),
});
// One class per port group, as podClasses.ts makes them: a resolved query port (or none) and
// the named ports of its members.
const group = fc.record({
  port: fc.constantFrom(undefined, 53, 80, 8080),
  ports: fc.array(containerPort, { maxLength: 2 }),
});

function classesOf(groups: { port: number | undefined; ports: ContainerPort[] }[]): PodClass[] {
  return groups.map((g, i) => ({
    id: i,
    rep: undefined as never,
    side: { kind: 'pod', ref: `a/p${i}`, namespace: 'a', labels: {}, ports: g.ports },
    ipInt: null,
    port: g.port,
    portGroup: i,
  }));
}

const answers = (s: PortSets, set: number, groups: number): boolean[] =>
  Array.from({ length: groups }, (_, g) => set !== NO_PORT && s.admits(set, g));

describe('createPortSets', () => {
  it('the numeric-ports shortcut puts every rule in a set that admits the same port groups', () => {
    fc.assert(
      fc.property(
        fc.array(group, { minLength: 1, maxLength: 6 }),
        fc.array(rule, { minLength: 1, maxLength: 12 }),
        fc.constantFrom(...PROTOCOLS),
        (groups, rules, protocol) => {
          const classes = classesOf(groups);
          const rows = new BitRows(classes.length);
          const fast = createPortSets(rows, classes, protocol);
          const plain = createPortSets(rows, classes, protocol, false);
          for (const r of rules) {
            const [a, b] = [fast.of(r), plain.of(r)];
            expect(a === NO_PORT).toBe(b === NO_PORT);
            expect(answers(fast, a, groups.length)).toEqual(answers(plain, b, groups.length));
            if (a !== NO_PORT) expect(rows.equal(fast.row(a), plain.row(b))).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
