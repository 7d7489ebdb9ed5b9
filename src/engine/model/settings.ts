// Cluster-wide settings that manifests do not carry (CLI-CONTRACT.md defaults), and the
// network plugin's one property that matters here: whether it enforces NetworkPolicy.

/** Settings a user can override by flag or in the app. */
export interface ClusterSettings {
  /** DNS zone of the cluster, `cluster.local` by default. */
  clusterDomain: string;
  /** Pod network; node i (1-based) owns the i-th /24 inside it. */
  podCIDR: string;
  /** Service network; ClusterIPs come from here. */
  serviceCIDR: string;
  /** Synthetic node count, used only when the manifests hold no Node objects. */
  nodes: number;
  /** Network plugin name, e.g. `calico` (enforces policy) or `flannel` (does not). */
  cni: string;
}

export const DEFAULT_SETTINGS: ClusterSettings = {
  clusterDomain: 'cluster.local',
  podCIDR: '10.244.0.0/16',
  serviceCIDR: '10.96.0.0/12',
  nodes: 3,
  cni: 'calico',
};

/** Plugins known not to enforce NetworkPolicy (SEMANTICS.md §6.1). */
const NON_ENFORCING_CNI = new Set(['flannel', 'kubenet', 'none', 'bridge', 'host-local']);

/** Whether the named network plugin enforces NetworkPolicy. */
export function cniEnforcesPolicy(cni: string): boolean {
  return !NON_ENFORCING_CNI.has(cni.trim().toLowerCase());
}
