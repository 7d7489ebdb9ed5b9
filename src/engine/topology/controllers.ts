// The pods each replica controller would create (SEMANTICS.md §1.3, §1.5, §1.9): ReplicaSet and
// RC, Deployment (through its ReplicaSet), StatefulSet and DaemonSet, after adopting bare pods.
// Names (engine choice): `<rs>-<5 chars>` with the characters hashed from the owner and replica
// number; Deployment ReplicaSets are `<deploy>-<pod-template-hash>`; DaemonSet pods hash the node.
import type { Diagnostic } from '../model/diagnostic';
import type { Node, Pod } from '../model/cluster';
import type { LabelSelector } from '../model/labels';
import type { SourceRef } from '../model/source';
import type { AdoptablePods } from './adoption';
import { newestReplicaSet, type Named, type OwnedPods } from './owners';
import { getAt } from './containers';
import { templateHash } from './hash';
import { misfit, type Toleration } from './placement';
import { makePod, type NameBook, type PodIdentity } from './pods';
import { asObject, finding } from './report';
import type { WorkloadRead } from './workloadSpec';

/** Shared state while expanding workloads. */
export interface ExpandContext {
  names: NameBook;
  bare: AdoptablePods;
  /** Pods with a controller ownerReference, for that controller to claim. */
  owned: OwnedPods;
  /** The input's ReplicaSets controlled by each Deployment (`namespace/name`). */
  replicaSets: Map<string, Named[]>;
  /** The input's Jobs controlled by each CronJob (`namespace/name`): its captured runs. */
  cronJobRuns: Map<string, string[]>;
  nodes: readonly Node[];
  diags: Diagnostic[];
}

/** A controller's outcome: pods it creates, pods it adopted, and its effective selector. */
export interface Expansion {
  created: Pod[];
  adopted: Pod[];
  replicas: number;
  selector?: LabelSelector;
}

/** The identity fields every pod of workload `w` shares. */
export function baseIdentity(w: WorkloadRead, name: string): PodIdentity {
  return { namespace: w.namespace, name, owner: ownerOf(w), source: templateSource(w) };
}

/** The pods' owner, one object for all pods of `w` (read-only, like the other shared parts). */
function ownerOf(w: WorkloadRead): NonNullable<PodIdentity['owner']> {
  return (w.podOwner ??= { kind: w.kind, name: w.name });
}

/** Where the pod template starts: looked up once per workload, not once per replica. */
function templateSource(w: WorkloadRead): SourceRef {
  return (w.templateSource ??= w.m.lineOf(w.templatePath));
}

/** ReplicaSet, ReplicationController, and a Deployment's current ReplicaSet. */
export function expandReplicaSet(w: WorkloadRead, ctx: ExpandContext): Expansion {
  let rsName = w.name;
  let selector = w.selector!;
  const labels: Record<string, string> = {};
  const owner = { kind: w.kind, name: w.name };
  const controllerKind = w.kind === 'ReplicationController' ? w.kind : 'ReplicaSet';
  const adopted: Pod[] = [];
  if (w.kind === 'Deployment') {
    // The Deployment controller names its ReplicaSet after the template hash and adds the hash to
    // the RS selector and the pod labels, which keeps Deployments from adopting stray pods. With
    // its ReplicaSets in the input, the newest one is that ReplicaSet, and all their pods count.
    const sets = ctx.replicaSets.get(`${w.namespace}/${w.name}`) ?? [];
    for (const rs of sets) {
      const claimed = ctx.owned.claim(rs.m, rs.name, selector);
      ctx.bare.adopt(claimed, owner, { kind: 'ReplicaSet', name: rs.name });
      adopted.push(...claimed);
    }
    const current = sets.length > 0 ? newestReplicaSet(sets) : undefined;
    const hash = current ? capturedHash(current) : templateHash(getAt(w.m.raw, w.templatePath));
    rsName = current ? current.name : `${w.name}-${hash}`;
    labels['pod-template-hash'] = hash;
    selector = {
      matchLabels: { ...selector.matchLabels, ...labels },
      matchExpressions: selector.matchExpressions,
    };
  } else {
    const claimed = ctx.owned.claim(w.m, w.name, selector);
    ctx.bare.adopt(claimed, owner, { kind: controllerKind, name: w.name });
    adopted.push(...claimed);
  }
  const controller = { kind: controllerKind, name: rsName };
  const matching = ctx.bare.matching(w.namespace, selector);
  ctx.bare.adopt(matching, owner, controller);
  adopted.push(...matching);
  reportSurplus(w, adopted.length, w.replicas, ctx.diags);
  const created: Pod[] = [];
  for (let i = 0; i < w.replicas - adopted.length; i++) {
    const name = ctx.names.generate(w.namespace, `${rsName}-`, `${w.namespace}/${rsName}/${i}`);
    const id: PodIdentity = {
      namespace: w.namespace,
      name,
      owner: ownerOf(w),
      source: templateSource(w),
      controller,
      labels,
      replicaIndex: i,
    };
    created.push(makePod(w.template, id));
  }
  return { created, adopted, replicas: w.replicas, selector: w.selector! };
}

/** A captured ReplicaSet's pod-template-hash (its own label), else the hash in its name. */
function capturedHash(rs: Named): string {
  const own = asObject(asObject(rs.m.raw.metadata).labels)['pod-template-hash'];
  return typeof own === 'string' && own !== '' ? own : rs.name.slice(rs.name.lastIndexOf('-') + 1);
}

function reportSurplus(
  w: WorkloadRead,
  adopted: number,
  wanted: number,
  diags: Diagnostic[],
): void {
  if (adopted <= wanted) return;
  const message = `adopts ${adopted} matching bare pods but wants ${wanted}: the controller would delete surplus pods; which ones is not deterministic (all are kept here)`;
  diags.push(finding('ADOPTION_SURPLUS', 'warning', w.m, message, ['spec', 'selector']));
}

/** `<sts>-<ordinal>` for ordinals start..start+replicas−1, adopting bare pods of those names. */
export function expandStatefulSet(w: WorkloadRead, ctx: ExpandContext): Expansion {
  const spec = asObject(w.m.raw.spec);
  const start =
    typeof asObject(spec.ordinals).start === 'number'
      ? (asObject(spec.ordinals).start as number)
      : 0;
  const serviceName =
    typeof spec.serviceName === 'string' && spec.serviceName !== '' ? spec.serviceName : null;
  const revision = `${w.name}-${templateHash(getAt(w.m.raw, w.templatePath))}`;
  const out: Expansion = { created: [], adopted: [], replicas: w.replicas, selector: w.selector! };
  const claimed = ctx.owned.claim(w.m, w.name, w.selector);
  ctx.bare.adopt(claimed, { kind: w.kind, name: w.name }, { kind: 'StatefulSet', name: w.name });
  out.adopted.push(...claimed);
  const claimedNames = new Set(claimed.map((p) => p.name));
  const controller = { kind: 'StatefulSet', name: w.name };
  for (let ordinal = start; ordinal < start + w.replicas; ordinal++) {
    const name = `${w.name}-${ordinal}`;
    if (claimedNames.has(name)) continue;
    if (ctx.names.has(w.namespace, name)) {
      adoptByName(w, name, ctx, out);
      continue;
    }
    ctx.names.add(w.namespace, name);
    const labels = {
      'statefulset.kubernetes.io/pod-name': name,
      'apps.kubernetes.io/pod-index': String(ordinal),
      'controller-revision-hash': revision,
    };
    const id: PodIdentity = {
      namespace: w.namespace,
      name,
      owner: ownerOf(w),
      source: templateSource(w),
      controller,
      labels,
      specHostname: name,
      subdomain: serviceName,
      replicaIndex: ordinal,
    };
    out.created.push(makePod(w.template, id));
  }
  return out;
}

/** A bare pod already holds a StatefulSet pod's name: adopted when the selector matches. */
function adoptByName(w: WorkloadRead, name: string, ctx: ExpandContext, out: Expansion): void {
  const pod = ctx.bare.matching(w.namespace, w.selector!).find((p) => p.name === name);
  if (pod && ctx.bare.isAdoptable(pod)) {
    ctx.bare.adopt([pod], { kind: w.kind, name: w.name }, { kind: 'StatefulSet', name: w.name });
    out.adopted.push(pod);
    return;
  }
  const message = `pod ${w.namespace}/${name} already exists and is not this StatefulSet's; the controller cannot create that ordinal`;
  ctx.diags.push(finding('POD_NAME_TAKEN', 'warning', w.m, message, ['metadata', 'name']));
}

/** Node-condition taints the DaemonSet controller tolerates for its pods (not control-plane). */
export function daemonSetTolerations(hostNetwork: boolean): Toleration[] {
  const t = (key: string, effect: string): Toleration => ({
    key: `node.kubernetes.io/${key}`,
    operator: 'Exists',
    effect,
  });
  const out = [
    t('not-ready', 'NoExecute'),
    t('unreachable', 'NoExecute'),
    t('disk-pressure', 'NoSchedule'),
    t('memory-pressure', 'NoSchedule'),
    t('pid-pressure', 'NoSchedule'),
    t('unschedulable', 'NoSchedule'),
  ];
  if (hostNetwork) out.push(t('network-unavailable', 'NoSchedule'));
  return out;
}

/** One pod per node that fits the template (selector, affinity, taints), bound to that node. */
export function expandDaemonSet(w: WorkloadRead, ctx: ExpandContext): Expansion {
  const tolerations = daemonSetTolerations(w.template.hostNetwork);
  const probe = makePod(w.template, { ...baseIdentity(w, w.name), tolerations });
  const eligible = ctx.nodes.filter((n) => misfit(probe, n) === null);
  const controller = { kind: 'DaemonSet', name: w.name };
  const adopted = [
    ...ctx.owned.claim(w.m, w.name, w.selector),
    ...ctx.bare.matching(w.namespace, w.selector!),
  ];
  ctx.bare.adopt(adopted, { kind: w.kind, name: w.name }, controller);
  // An adopted pod bound (spec.nodeName) to an eligible node serves that node; the controller
  // would delete any other adopted pod.
  const eligibleNames = new Set(eligible.map((n) => n.name));
  const covered = new Set(adopted.map((p) => p.nodeName ?? '').filter((n) => eligibleNames.has(n)));
  reportSurplus(w, adopted.length, covered.size, ctx.diags);
  const labels = {
    'controller-revision-hash': templateHash(getAt(w.m.raw, w.templatePath)),
    'pod-template-generation': '1',
  };
  const created: Pod[] = [];
  eligible.forEach((node, i) => {
    if (covered.has(node.name)) return;
    const name = ctx.names.generate(
      w.namespace,
      `${w.name}-`,
      `${w.namespace}/${w.name}/${node.name}`,
    );
    const id = {
      ...baseIdentity(w, name),
      controller,
      labels,
      tolerations,
      pinnedNode: node.name,
      replicaIndex: i,
    };
    created.push(makePod(w.template, id));
  });
  return { created, adopted, replicas: eligible.length, selector: w.selector! };
}
