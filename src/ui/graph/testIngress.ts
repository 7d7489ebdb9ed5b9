// A hand-made Ingress for the graph's unit tests (not imported by the app).
import type { Ingress } from '../../engine/index';

const at = { file: 'shop.yaml', line: 1 };

/** An Ingress in `namespace` routing `rules` (host, path, Service) — by default `/` to `service`. */
export function ingress(
  namespace: string,
  name: string,
  service: string,
  rules: { host?: string; path: string; service: string }[] = [
    { host: 'shop.example.com', path: '/', service },
  ],
  extra: Partial<Ingress> = {},
): Ingress {
  return {
    namespace,
    name,
    className: 'nginx',
    served: true,
    tls: [],
    rules: rules.map((r) => ({
      host: r.host,
      source: at,
      paths: [
        {
          path: r.path,
          pathType: 'Prefix',
          source: at,
          backend: { service: { name: r.service, port: { number: 80 } }, source: at },
        },
      ],
    })),
    annotations: {},
    source: at,
    ...extra,
  };
}
