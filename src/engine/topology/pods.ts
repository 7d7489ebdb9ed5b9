// Turning a read pod template into one named Pod (SEMANTICS.md §1.1, §4.6), and the per-namespace
// book of taken names that deterministic generated names (`<base>-<5 chars>`) are drawn against.
// How many pods, and with which controller labels, is decided per kind in controllers.ts/jobs.ts.
import type { Pod, WorkloadKind } from '../model/cluster';
import type { Labels } from '../model/labels';
import type { SourceRef } from '../model/source';
import { suffix5 } from './hash';
import type { Toleration } from './placement';
import {
  addEnvNames,
  addTolerations,
  mergeAnnotations,
  mergeLabels,
  pinAffinity,
  templateParts,
} from './podParts';
import type { PodTemplate } from './podSpec';

/**
 * What differs between pods of one template: identity and what the controller adds. makePod
 * reuses what it made from `labels`, `annotations`, `tolerations` and `env` while the same object
 * comes in again, so do not change those objects between pods.
 */
export interface PodIdentity {
  namespace: string;
  name: string;
  owner?: { kind: WorkloadKind; name: string };
  controller?: { kind: string; name: string };
  labels?: Labels;
  annotations?: Labels;
  /** Controller-set spec.hostname (StatefulSet, Indexed Job). */
  specHostname?: string;
  /** Controller-set spec.subdomain (StatefulSet: its serviceName). */
  subdomain?: string | null;
  tolerations?: Toleration[];
  /** DaemonSet pods are bound to one node through required node affinity on metadata.name. */
  pinnedNode?: string;
  env?: string[];
  replicaIndex?: number;
  hypothetical?: boolean;
  builtin?: boolean;
  source: SourceRef;
}

/** The hostname a pod sees without spec.hostname: its name cut to 63, trailing `-`/`.` trimmed. */
export function podHostname(name: string): string {
  return name.slice(0, 63).replace(/[-.]+$/, '');
}

/**
 * A Pending pod (schedule.ts places it) made from template `t`. Pods of one template share the
 * objects of podParts.ts, and the controller's parts while it passes the same object (labels,
 * annotations, tolerations, env): treat them as read-only. makePodUnshared is the reference.
 */
export function makePod(t: PodTemplate, id: PodIdentity): Pod {
  const parts = templateParts(t);
  const specHostname = id.specHostname ?? t.specHostname;
  const subdomain = id.subdomain === undefined ? t.subdomain : (id.subdomain ?? undefined);
  const pod: Pod = {
    namespace: id.namespace,
    name: id.name,
    ref: id.namespace + '/' + id.name,
    labels: parts.labels.get(t, id.labels),
    annotations: parts.annotations.get(t, id.annotations),
    phase: 'Pending',
    ready: false,
    hostNetwork: t.hostNetwork,
    hostname: t.hostnameOverride ?? specHostname ?? podHostname(id.name),
    dnsPolicy: t.dnsPolicy,
    enableServiceLinks: t.enableServiceLinks,
    nodeSelector: parts.nodeSelector,
    tolerations: parts.tolerations.get(t, id.tolerations),
    containers: parts.containers,
    images: parts.images,
    ports: parts.ports,
    env: {},
    declaredEnv: parts.declaredEnv.get(t, id.env),
    hostAliases: parts.hostAliases,
    source: id.source,
  };
  if (specHostname !== undefined) pod.specHostname = specHostname;
  if (subdomain !== undefined) pod.subdomain = subdomain;
  if (parts.dnsConfig) pod.dnsConfig = parts.dnsConfig;
  finishPod(pod, t, id, parts.nodeAffinity.get(t, id.pinnedNode));
  return pod;
}

/** The reference for makePod: every pod gets its own copy of everything. */
export function makePodUnshared(t: PodTemplate, id: PodIdentity): Pod {
  const specHostname = id.specHostname ?? t.specHostname;
  const subdomain = id.subdomain === undefined ? t.subdomain : (id.subdomain ?? undefined);
  const pod: Pod = {
    namespace: id.namespace,
    name: id.name,
    ref: `${id.namespace}/${id.name}`,
    labels: mergeLabels(t, id.labels),
    annotations: mergeAnnotations(t, id.annotations),
    phase: 'Pending',
    ready: false,
    hostNetwork: t.hostNetwork,
    hostname: t.hostnameOverride ?? specHostname ?? podHostname(id.name),
    dnsPolicy: t.dnsPolicy,
    enableServiceLinks: t.enableServiceLinks,
    nodeSelector: { ...t.nodeSelector },
    tolerations: addTolerations(t, id.tolerations),
    containers: [...t.containers],
    images: [...t.images],
    ports: t.ports.map((p) => ({ ...p })),
    env: {},
    declaredEnv: addEnvNames(t, id.env),
    hostAliases: t.hostAliases.map((a) => ({ ip: a.ip, hostnames: [...a.hostnames] })),
    source: id.source,
  };
  if (specHostname !== undefined) pod.specHostname = specHostname;
  if (subdomain !== undefined) pod.subdomain = subdomain;
  if (t.dnsConfig) {
    const c = t.dnsConfig;
    pod.dnsConfig = {
      nameservers: [...c.nameservers],
      searches: [...c.searches],
      options: c.options.map((o) => ({ ...o })),
    };
  }
  finishPod(pod, t, id, pinAffinity(t, id.pinnedNode));
  return pod;
}

/** The optional fields, in the order both makers add them. */
function finishPod(pod: Pod, t: PodTemplate, id: PodIdentity, affinity: Pod['nodeAffinity']): void {
  if (t.nodeName !== undefined) pod.nodeName = t.nodeName;
  if (affinity) pod.nodeAffinity = affinity;
  if (id.owner) pod.owner = id.owner;
  if (id.controller) pod.controller = id.controller;
  if (id.replicaIndex !== undefined) pod.replicaIndex = id.replicaIndex;
  if (id.hypothetical) pod.hypothetical = true;
  if (id.builtin) pod.builtin = true;
}

/** Pod names in use per namespace, so generated names never collide with existing ones. */
export class NameBook {
  private readonly taken = new Map<string, Set<string>>();

  has(namespace: string, name: string): boolean {
    return this.taken.get(namespace)?.has(name) ?? false;
  }

  add(namespace: string, name: string): void {
    let set = this.taken.get(namespace);
    if (!set) this.taken.set(namespace, (set = new Set()));
    set.add(name);
  }

  /**
   * `<base><5 chars>` as the API server's generateName does (base cut to 58 characters), with
   * the characters derived from `seed` instead of randomly; re-drawn on the rare collision.
   */
  generate(namespace: string, base: string, seed: string): string {
    const prefix = base.slice(0, 58);
    for (let attempt = 0; ; attempt++) {
      const name = prefix + suffix5(attempt === 0 ? seed : `${seed}#${attempt}`);
      if (!this.has(namespace, name)) {
        this.add(namespace, name);
        return name;
      }
    }
  }
}
