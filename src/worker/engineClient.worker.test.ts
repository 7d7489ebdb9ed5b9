// The real worker entry through the real client, with @vitest/web-worker simulating Worker in
// Node: proves engine.worker.ts, its ready handshake and the comlink wiring work together.
import '@vitest/web-worker';
import { expect, it } from 'vitest';
import { createEngineClient } from './engineClient';

it('analyzes through engine.worker.ts', async () => {
  const client = createEngineClient();
  expect(client.mode).toBe('worker');
  const answer = await client.analyze({ files: [{ name: 'a.yaml', text: '' }] }, 5);
  client.dispose();
  expect(answer.ok).toBe(true);
  if (!answer.ok) return;
  expect(answer.rev).toBe(5);
  expect(answer.value.cluster.settings.clusterDomain).toBe('cluster.local');
});
