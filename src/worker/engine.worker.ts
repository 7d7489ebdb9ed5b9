// The worker entry: expose one engine session over comlink. All logic lives in the engine; the
// client (engineClient.ts) adds revisions, latest-wins and the watchdog.
import * as Comlink from 'comlink';
import { createEngine } from '../engine/index';

const engine = createEngine();
// An explicit endpoint: comlink's default (globalThis) is not the worker scope under
// @vitest/web-worker (STACK.md gotcha 7).
Comlink.expose(engine, self as unknown as Comlink.Endpoint);
postMessage({ ready: true });
