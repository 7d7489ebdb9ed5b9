// Service environment variables the kubelet injects at container start (SEMANTICS.md §3.12):
// default/kubernetes always, same-namespace Services with enableServiceLinks. All Services in the
// input count as pre-existing. Fills pod.env; names the pod sets itself (declaredEnv) win.
import type { Pod, Service } from '../model/cluster';

/** kubelet makeEnvVariableName: upper case, "-" → "_". */
export function envName(name: string): string {
  return name.toUpperCase().replaceAll('-', '_');
}

/** IPv6 addresses are bracketed in URLs (Go net.JoinHostPort). */
function hostPort(ip: string, port: number): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

/** Every variable one Service produces (kubelet envvars.FromServices). */
export function serviceEnv(s: Service): Record<string, string> {
  return addServiceEnv({}, s);
}

/** Writes one Service's variables into `env` (no intermediate object: this runs per Service). */
function addServiceEnv(env: Record<string, string>, s: Service): Record<string, string> {
  const ip = s.clusterIP;
  if (!ip || ip === 'None' || s.ports.length === 0) return env;
  const prefix = envName(s.name);
  env[`${prefix}_SERVICE_HOST`] = ip;
  env[`${prefix}_SERVICE_PORT`] = String(s.ports[0].port);
  for (const sp of s.ports) {
    if (sp.name !== '') env[`${prefix}_SERVICE_PORT_${envName(sp.name)}`] = String(sp.port);
  }
  s.ports.forEach((sp, i) => {
    const proto = sp.protocol.toLowerCase();
    const url = `${proto}://${hostPort(ip, sp.port)}`;
    if (i === 0) env[`${prefix}_PORT`] = url;
    const p = `${prefix}_PORT_${sp.port}_${sp.protocol.toUpperCase()}`;
    env[p] = url;
    env[`${p}_PROTO`] = proto;
    env[`${p}_PORT`] = String(sp.port);
    env[`${p}_ADDR`] = ip;
  });
  return env;
}

function hasClusterIP(s: Service): boolean {
  return !!s.clusterIP && s.clusterIP !== 'None';
}

/** The variables every pod of `namespace` gets, with and without service links. */
function namespaceEnv(
  namespace: string,
  byNamespace: Map<string, Service[]>,
  master: Service | undefined,
): { links: Record<string, string>; noLinks: Record<string, string> } {
  const noLinks = master ? serviceEnv(master) : {};
  const local = (byNamespace.get(namespace) ?? []).filter(hasClusterIP);
  // A same-namespace Service called `kubernetes` replaces default's (same variable names).
  const ownMaster = local.some((s) => s.name === 'kubernetes');
  const links: Record<string, string> = ownMaster ? {} : { ...noLinks };
  for (const s of local) addServiceEnv(links, s);
  return { links, noLinks };
}

/**
 * Sets pod.env for every pod; variables the pod declares itself are not injected. Pods of one
 * namespace with nothing of their own share one env object (copying ~100 variables into each of
 * thousands of pods dominated the run time), so treat pod.env as read-only after this stage.
 */
export function injectServiceEnv(pods: Pod[], services: readonly Service[]): void {
  const byNamespace = new Map<string, Service[]>();
  for (const s of services) {
    const list = byNamespace.get(s.namespace);
    if (list) list.push(s);
    else byNamespace.set(s.namespace, [s]);
  }
  const master = services.find(
    (s) => s.namespace === 'default' && s.name === 'kubernetes' && hasClusterIP(s),
  );
  const cache = new Map<string, ReturnType<typeof namespaceEnv>>();
  for (const pod of pods) {
    let ns = cache.get(pod.namespace);
    if (!ns) {
      ns = namespaceEnv(pod.namespace, byNamespace, master);
      cache.set(pod.namespace, ns);
    }
    const injected = pod.enableServiceLinks ? ns.links : ns.noLinks;
    // declaredEnv is filled by topology (Pod.declaredEnv); read it without depending on its commit.
    const declared = (pod as Pod & { declaredEnv?: string[] }).declaredEnv ?? [];
    // Declaring variables that no Service injects (the common case) changes nothing: share too.
    if (isEmpty(pod.env) && !declared.some((name) => Object.hasOwn(injected, name))) {
      pod.env = injected;
      continue;
    }
    const env = { ...injected };
    for (const name of declared) delete env[name];
    pod.env = Object.assign(env, pod.env);
  }
}

function isEmpty(o: Record<string, string>): boolean {
  for (const _ in o) return false;
  return true;
}
