// Diagnostic codes owned by ingress/: stable strings, each with a one-line meaning.
export const INGRESS_CODES = {
  INGRESS_INVALID: 'The API server would reject this Ingress (SEMANTICS.md §8.4); it is ignored.',
  INGRESS_CLASS_INVALID:
    'The API server would reject this IngressClass (SEMANTICS.md §8.4); it is ignored.',
  INGRESS_CLASS_CONFLICT:
    'ingressClassName and the kubernetes.io/ingress.class annotation disagree; the Ingress is rejected.',
  INGRESS_CLASS_DEPRECATED_ANNOTATION:
    'The kubernetes.io/ingress.class annotation is deprecated; controllers still honour it.',
  INGRESS_MANY_DEFAULT_CLASSES:
    'Several IngressClasses are marked default; the alphabetically first one is assumed.',
  INGRESS_NOT_SERVED: 'No controller will serve this Ingress (its class does not exist).',
  INGRESS_BACKEND_SERVICE_MISSING:
    'The backend Service does not exist in the Ingress namespace; the controller answers 503.',
  INGRESS_BACKEND_PORT_MISSING:
    'The backend Service has no such port (number or name); the controller answers 503.',
  INGRESS_PATH_CONFLICT:
    'The same host, path and pathType appear in two Ingresses; the first in input order wins.',
  INGRESS_TLS_HOST_WITHOUT_RULE: 'A TLS host has no rule in the same Ingress.',
  INGRESS_IMPLEMENTATION_SPECIFIC:
    'pathType ImplementationSpecific: the engine treats it as Prefix, as ingress-nginx does.',
} as const;
