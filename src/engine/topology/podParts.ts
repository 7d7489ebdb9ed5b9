// The parts of a Pod that all pods of one template have in common (containers, ports, images,
// host aliases, node selector, DNS config) and the parts each controller adds the same way to all
// its pods (labels, annotations, tolerations, env names, pinned-node affinity). pods.ts builds
// them once per template instead of copying them into each replica: a large cluster has
// thousands of replicas of a few thousand templates. Nothing in the engine changes these objects
// after makePod (pods.property.test.ts freezes them and runs the later stages); treat them as
// read-only, and replace a pod's field rather than editing it in place.
import type { NodeSelectorRequirement, NodeSelectorTerm, Pod } from '../model/cluster';
import type { Labels } from '../model/labels';
import type { Toleration } from './placement';
import type { PodTemplate } from './podSpec';

/**
 * The last value made from one input, reused while callers keep passing the same input object
 * (controllers pass one labels/tolerations object to all their pods).
 */
class LastMade<In, Out> {
  private made = false;
  private input: In | undefined;
  private output: Out | undefined;

  constructor(private readonly make: (t: PodTemplate, input: In) => Out) {}

  get(t: PodTemplate, input: In): Out {
    if (!this.made || input !== this.input) {
      this.output = this.make(t, input);
      this.input = input;
      this.made = true;
    }
    return this.output as Out;
  }
}

/** Everything makePod shares between pods of template `t`. */
export interface TemplateParts {
  containers: string[];
  images: string[];
  ports: Pod['ports'];
  hostAliases: { ip: string; hostnames: string[] }[];
  nodeSelector: Labels;
  dnsConfig?: Pod['dnsConfig'];
  labels: LastMade<Labels | undefined, Labels>;
  annotations: LastMade<Labels | undefined, Labels>;
  tolerations: LastMade<Toleration[] | undefined, Toleration[]>;
  declaredEnv: LastMade<string[] | undefined, string[]>;
  nodeAffinity: LastMade<string | undefined, NodeSelectorTerm[] | undefined>;
}

const partsOf = new WeakMap<PodTemplate, TemplateParts>();

/** The shared parts of `t`, made on first use. */
export function templateParts(t: PodTemplate): TemplateParts {
  let parts = partsOf.get(t);
  if (!parts) {
    parts = makeParts(t);
    partsOf.set(t, parts);
  }
  return parts;
}

function makeParts(t: PodTemplate): TemplateParts {
  const parts: TemplateParts = {
    containers: [...t.containers],
    images: [...t.images],
    ports: t.ports.map((p) => ({ ...p })),
    hostAliases: t.hostAliases.map((a) => ({ ip: a.ip, hostnames: [...a.hostnames] })),
    nodeSelector: { ...t.nodeSelector },
    labels: new LastMade(mergeLabels),
    annotations: new LastMade(mergeAnnotations),
    tolerations: new LastMade(addTolerations),
    declaredEnv: new LastMade(addEnvNames),
    nodeAffinity: new LastMade(pinAffinity),
  };
  if (t.dnsConfig) {
    const c = t.dnsConfig;
    parts.dnsConfig = {
      nameservers: [...c.nameservers],
      searches: [...c.searches],
      options: c.options.map((o) => ({ ...o })),
    };
  }
  return parts;
}

export function mergeLabels(t: PodTemplate, own: Labels | undefined): Labels {
  return { ...t.labels, ...own };
}

export function mergeAnnotations(t: PodTemplate, own: Labels | undefined): Labels {
  return { ...t.annotations, ...own };
}

export function addTolerations(t: PodTemplate, own: Toleration[] | undefined): Toleration[] {
  return [...t.tolerations, ...(own ?? [])];
}

/** The template's env names, then the controller's that the template does not declare. */
export function addEnvNames(t: PodTemplate, own: string[] | undefined): string[] {
  return [...t.declaredEnv, ...(own ?? []).filter((e) => !t.declaredEnv.includes(e))];
}

/** The DaemonSet controller replaces every term's matchFields with `metadata.name In [node]`. */
export function pinAffinity(t: PodTemplate, node: string | undefined): Pod['nodeAffinity'] {
  if (node === undefined)
    return t.nodeAffinity?.map((term) => copyTerm(term.matchExpressions, term.matchFields));
  const field = { key: 'metadata.name', operator: 'In' as const, values: [node] };
  const terms =
    t.nodeAffinity && t.nodeAffinity.length > 0
      ? t.nodeAffinity
      : [{ matchExpressions: [], matchFields: [] }];
  return terms.map((term) => copyTerm(term.matchExpressions, [field]));
}

function copyTerm(
  exprs: NodeSelectorRequirement[],
  fields: NodeSelectorRequirement[],
): NodeSelectorTerm {
  const copy = (r: NodeSelectorRequirement) => ({
    key: r.key,
    operator: r.operator,
    values: [...r.values],
  });
  return { matchExpressions: exprs.map(copy), matchFields: fields.map(copy) };
}
