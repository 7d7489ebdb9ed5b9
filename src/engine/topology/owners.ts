// Captured controlled objects (SEMANTICS.md §1.1, §1.9). In a `kubectl get -A -o yaml` dump each
// Pod carries a controller ownerReference to its ReplicaSet, StatefulSet, DaemonSet or Job, and
// each of a Deployment's ReplicaSets one to the Deployment. A real controller first claims the
// objects it owns (ControllerRefManager: same kind and name, same uid, selector still matching)
// and creates only what is missing; the engine does the same, so a dump shows no extra pods.
import type { Manifest } from '../model/manifest';
import type { LabelSelector } from '../model/labels';
import type { Pod } from '../model/cluster';
import { asArray, asObject, namespaceOf } from './report';
import { selectorMatches } from './selectors';

/** A `controller: true` ownerReference. */
export interface ControllerRef {
  kind: string;
  name: string;
  uid?: string;
}

/** The object's controller ownerReference, if it has a well-formed one. */
export function controllerRefOf(m: Manifest): ControllerRef | undefined {
  for (const raw of asArray(asObject(m.raw.metadata).ownerReferences)) {
    const o = asObject(raw);
    if (o.controller !== true) continue;
    if (typeof o.kind !== 'string' || typeof o.name !== 'string') return undefined;
    const uid = typeof o.uid === 'string' && o.uid !== '' ? o.uid : undefined;
    return uid ? { kind: o.kind, name: o.name, uid } : { kind: o.kind, name: o.name };
  }
  return undefined;
}

/** Whether `ref` points at `m` (named `name`): kind and name, and uid when both sides have one. */
export function refersTo(ref: ControllerRef, m: Manifest, name: string): boolean {
  if (ref.kind !== m.kind || ref.name !== name) return false;
  const uid = asObject(m.raw.metadata).uid;
  return ref.uid === undefined || typeof uid !== 'string' || uid === '' || uid === ref.uid;
}

const ownerKey = (namespace: string, kind: string, name: string): string =>
  `${namespace}\u0000${kind}\u0000${name}`;

/** Pods with a controller ownerReference, waiting for that controller to claim them. */
export class OwnedPods {
  private readonly byOwner = new Map<string, { pod: Pod; ref: ControllerRef }[]>();

  constructor(owned: readonly { pod: Pod; ref: ControllerRef }[]) {
    for (const o of owned) {
      const key = ownerKey(o.pod.namespace, o.ref.kind, o.ref.name);
      const list = this.byOwner.get(key);
      if (list) list.push(o);
      else this.byOwner.set(key, [o]);
    }
  }

  /**
   * The pods controller `m` (named `name`) owns and its selector still matches (null: no
   * selector check). Pods it no longer matches stay as they are: released, not re-created.
   */
  claim(m: Manifest, name: string, selector: LabelSelector | null): Pod[] {
    const list = this.byOwner.get(ownerKey(namespaceOf(m), m.kind, name)) ?? [];
    return list
      .filter((o) => refersTo(o.ref, m, name))
      .filter((o) => !selector || selectorMatches(selector, o.pod.labels))
      .map((o) => o.pod);
  }
}

/** One object to expand, with its resolved name. */
export interface Named {
  m: Manifest;
  name: string;
}

/**
 * ReplicaSets controlled by a Deployment of the input, by Deployment (namespace/name). They are
 * that Deployment's ReplicaSets: it claims their pods, and they are not expanded again on their own.
 */
export function deploymentReplicaSets(objects: readonly Named[]): Map<string, Named[]> {
  const deployments = new Map<string, Named>();
  for (const o of objects)
    if (o.m.kind === 'Deployment') deployments.set(`${namespaceOf(o.m)}/${o.name}`, o);
  const out = new Map<string, Named[]>();
  for (const o of objects) {
    if (o.m.kind !== 'ReplicaSet') continue;
    const ref = controllerRefOf(o.m);
    const key = `${namespaceOf(o.m)}/${ref?.name ?? ''}`;
    const d = deployments.get(key);
    if (!ref || !d || !refersTo(ref, d.m, d.name)) continue;
    const list = out.get(key);
    if (list) list.push(o);
    else out.set(key, [o]);
  }
  return out;
}

/**
 * The input's Jobs controlled by each CronJob (`namespace/name` → Job names). In a dump these are
 * the CronJob's real runs (with their pods), so it needs no hypothetical run of its own (§1.6).
 */
export function cronJobRuns(objects: readonly Named[]): Map<string, string[]> {
  const cronJobs = new Map<string, Named>();
  for (const o of objects)
    if (o.m.kind === 'CronJob') cronJobs.set(`${namespaceOf(o.m)}/${o.name}`, o);
  const out = new Map<string, string[]>();
  if (cronJobs.size === 0) return out;
  for (const o of objects) {
    if (o.m.kind !== 'Job') continue;
    const ref = controllerRefOf(o.m);
    const key = `${namespaceOf(o.m)}/${ref?.name ?? ''}`;
    const c = cronJobs.get(key);
    if (!ref || !c || !refersTo(ref, c.m, c.name)) continue;
    const list = out.get(key);
    if (list) list.push(o.name);
    else out.set(key, [o.name]);
  }
  return out;
}

/** The Deployment's current ReplicaSet: highest revision annotation, then last by name. */
export function newestReplicaSet(sets: readonly Named[]): Named {
  const revision = (o: Named): number =>
    Number(asObject(asObject(o.m.raw.metadata).annotations)['deployment.kubernetes.io/revision']) ||
    0;
  return [...sets].sort((a, b) => revision(a) - revision(b) || (a.name < b.name ? -1 : 1))[
    sets.length - 1
  ];
}
