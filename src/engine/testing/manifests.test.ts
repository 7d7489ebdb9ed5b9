import { expect, it } from 'vitest';
import { manifestsFromYaml } from './manifests';

it('gives test manifests real lines', () => {
  const [a, b] = manifestsFromYaml(
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports:\n  - port: 80\n',
  );
  expect(a.source.line).toBe(1);
  expect(b.source.line).toBe(6);
  expect(b.lineOf(['spec', 'ports', 0, 'port']).line).toBe(11);
  expect(b.lineOf(['spec', 'nothing']).line).toBe(9);
});
