// Containers of a pod spec (SEMANTICS.md §1.2, §8.2): names, images, declared env names and the
// container ports with their defaults and API rules. Pod-level fields are podSpec.ts.
import type { ContainerPort, Protocol } from '../model/cluster';
import type { FieldPath, Manifest } from '../model/manifest';
import { dns1123Label, ianaSvcName, isPortNumber } from '../validate/formats';
import { asArray, asObject, type Issue } from './report';

const PROTOCOLS = new Set(['TCP', 'UDP', 'SCTP']);

/** What a pod's containers contribute to the Pod model. */
export interface ContainersRead {
  containers: string[];
  images: string[];
  ports: ContainerPort[];
  declaredEnv: string[];
}

/**
 * Reads `containers` and `initContainers` of the spec at `specPath`. Restartable init containers
 * (`restartPolicy: Always`, "sidecars") keep running, so they count as containers and their ports
 * follow the regular ones; plain init containers finish first and contribute only env names.
 */
export function readContainers(
  m: Manifest,
  specPath: FieldPath,
  hostNetwork: boolean,
  issues: Issue[],
): ContainersRead {
  const spec = asObject(getAt(m.raw, specPath));
  const out: ContainersRead = { containers: [], images: [], ports: [], declaredEnv: [] };
  const regular = asArray(spec.containers);
  if (regular.length === 0) {
    issues.push({
      code: 'POD_SPEC_INVALID',
      severity: 'error',
      message: 'spec.containers: at least one container is required',
      path: specPath,
    });
  }
  const seenNames = new Set<string>();
  const env = new Set<string>();
  const lists: [string, unknown[]][] = [
    ['containers', regular],
    ['initContainers', asArray(spec.initContainers)],
  ];
  for (const [field, list] of lists) {
    list.forEach((raw, i) => {
      const c = asObject(raw);
      const path = [...specPath, field, i];
      const name = containerName(c, path, seenNames, issues);
      for (const e of asArray(c.env)) {
        const n = asObject(e).name;
        if (typeof n === 'string' && !env.has(n)) env.add(n);
      }
      const sidecar = field === 'initContainers' && c.restartPolicy === 'Always';
      if (field === 'initContainers' && c.restartPolicy !== undefined && !sidecar) {
        issues.push({
          code: 'POD_SPEC_INVALID',
          severity: 'error',
          message: `initContainers[${i}].restartPolicy must be Always when set`,
          path: [...path, 'restartPolicy'],
        });
      }
      const ports = readPorts(m, c, path, name, hostNetwork, issues);
      if (field === 'initContainers' && !sidecar) return;
      out.containers.push(name);
      out.images.push(typeof c.image === 'string' ? c.image : '');
      for (const p of ports) out.ports.push(sidecar ? { ...p, sidecar: true } : p);
    });
  }
  out.declaredEnv = [...env];
  checkPodWidePorts(out.ports, issues, specPath);
  return out;
}

function containerName(
  c: Record<string, unknown>,
  path: FieldPath,
  seen: Set<string>,
  issues: Issue[],
): string {
  const name = typeof c.name === 'string' ? c.name : '';
  const problem = name === '' ? 'is required' : dns1123Label(name);
  if (problem) {
    issues.push({
      code: 'POD_SPEC_INVALID',
      severity: 'error',
      message: `container name "${name}" ${problem}`,
      path: [...path, 'name'],
    });
  } else if (seen.has(name)) {
    issues.push({
      code: 'POD_SPEC_INVALID',
      severity: 'error',
      message: `container name "${name}" is used twice in the pod`,
      path: [...path, 'name'],
    });
  }
  seen.add(name);
  return name;
}

/** One container's ports, with protocol and (hostNetwork) hostPort defaulted. */
function readPorts(
  m: Manifest,
  c: Record<string, unknown>,
  containerPath: FieldPath,
  container: string,
  hostNetwork: boolean,
  issues: Issue[],
): ContainerPort[] {
  const out: ContainerPort[] = [];
  const names = new Set<string>();
  asArray(c.ports).forEach((raw, j) => {
    const p = asObject(raw);
    const path = [...containerPath, 'ports', j];
    const bad = (message: string, field: string) =>
      issues.push({
        code: 'CONTAINER_PORT_INVALID',
        severity: 'error',
        message: `container "${container}" ${message}`,
        path: [...path, field],
      });
    if (!isPortNumber(p.containerPort))
      bad(
        `containerPort ${String(p.containerPort ?? '(missing)')} must be a number from 1 to 65535`,
        'containerPort',
      );
    const protocol = p.protocol === undefined || p.protocol === '' ? 'TCP' : String(p.protocol);
    if (!PROTOCOLS.has(protocol))
      bad(`protocol "${protocol}" must be TCP, UDP or SCTP`, 'protocol');
    const port: ContainerPort = {
      containerPort: Number(p.containerPort),
      protocol: protocol as Protocol,
      container,
      source: m.lineOf(path),
    };
    if (p.name !== undefined && p.name !== '') {
      const name = String(p.name);
      const problem = ianaSvcName(name);
      if (problem) bad(`port name "${name}" ${problem}`, 'name');
      else if (names.has(name))
        bad(`port name "${name}" is declared twice in the container`, 'name');
      names.add(name);
      port.name = name;
    }
    const hostPort = hostPortOf(p, port.containerPort, hostNetwork, bad);
    if (hostPort !== undefined) port.hostPort = hostPort;
    out.push(port);
  });
  return out;
}

function hostPortOf(
  p: Record<string, unknown>,
  containerPort: number,
  hostNetwork: boolean,
  bad: (message: string, field: string) => void,
): number | undefined {
  const given = p.hostPort === undefined || p.hostPort === 0 ? undefined : p.hostPort;
  if (given !== undefined && !isPortNumber(given)) {
    bad(`hostPort ${String(given)} must be a number from 1 to 65535`, 'hostPort');
    return undefined;
  }
  if (!hostNetwork) return given;
  // With hostNetwork the container binds on the node itself: the API defaults hostPort to
  // containerPort and rejects any other value.
  if (given !== undefined && given !== containerPort) {
    bad(
      `hostPort ${given} must equal containerPort ${containerPort} when hostNetwork is true`,
      'hostPort',
    );
  }
  return containerPort;
}

/** Rules across the whole pod: hostPort clashes (error) and repeated port names (warning). */
function checkPodWidePorts(
  ports: readonly ContainerPort[],
  issues: Issue[],
  specPath: FieldPath,
): void {
  const hostPorts = new Set<string>();
  const nameOwner = new Map<string, string>();
  for (const p of ports) {
    if (p.hostPort !== undefined) {
      const key = `${p.hostPort}/${p.protocol}`;
      if (hostPorts.has(key)) {
        issues.push({
          code: 'CONTAINER_PORT_INVALID',
          severity: 'error',
          message: `hostPort ${key} is declared twice in the pod`,
          path: [...specPath, 'containers'],
        });
      }
      hostPorts.add(key);
    }
    if (p.name === undefined) continue;
    const first = nameOwner.get(p.name);
    if (first !== undefined && first !== p.container) {
      issues.push({
        code: 'PORT_NAME_REPEATED',
        severity: 'warning',
        message: `port name "${p.name}" is declared in containers "${first}" and "${p.container}"; a named targetPort then resolves to the first`,
        path: [...specPath, 'containers'],
      });
    }
    if (first === undefined) nameOwner.set(p.name, p.container);
  }
}

/** The value at `path` inside `raw`, or undefined. */
export function getAt(raw: unknown, path: FieldPath): unknown {
  let node: unknown = raw;
  for (const step of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}
