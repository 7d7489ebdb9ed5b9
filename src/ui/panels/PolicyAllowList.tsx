// The inspector's "What policy allows" list: per direction, each rule of the policies selecting
// the pods in words, with a link to its manifest line.
import type { Direction, PolicyLine } from './policyWords';
import { SourceLink } from './SourceLink';

export interface PolicyAllowListProps {
  lines: PolicyLine[];
}

const DIRECTIONS: Direction[] = ['Ingress', 'Egress'];

/** Two short lists, Ingress then Egress. */
export function PolicyAllowList({ lines }: PolicyAllowListProps) {
  return (
    <section className="policy-allow" aria-label="What policy allows">
      <h3 className="policy-allow-title">What policy allows</h3>
      {DIRECTIONS.map((dir) => (
        <ul key={dir} className="policy-allow-list" aria-label={dir}>
          {lines
            .filter((l) => l.direction === dir)
            .map((l, i) => (
              <li key={i}>
                <span>{l.text}</span>
                {l.source && <SourceLink source={l.source} about={l.policy} />}
              </li>
            ))}
        </ul>
      ))}
    </section>
  );
}
