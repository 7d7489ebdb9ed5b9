// Which local files count as manifests when opened or dropped: .yaml, .yml and .json (pure).

export const MANIFEST_ACCEPT = '.yaml,.yml,.json';

export function isManifestName(name: string): boolean {
  return /\.(ya?ml|json)$/i.test(name);
}
