// engineClient against a fake worker: a MessageChannel with a comlink-exposed fake engine whose
// answers the test releases by hand. Covers latest-wins, stale drops, the watchdog, the fallback.
import * as Comlink from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import type { EngineApi } from '../engine/index';
import { createEngineClient, toPlainError, type EngineClientOptions } from './engineClient';
import type { EngineClient } from './protocol';

interface Pending {
  arg: unknown;
  resolve: (v: unknown) => void;
}

/** A fake engine whose every call waits until the test resolves it. */
function controlledEngine() {
  const pending: Pending[] = [];
  const hold = (arg: unknown) => new Promise((resolve) => pending.push({ arg, resolve }));
  const engine = { analyze: hold, dns: hold, matrix: hold, trace: hold };
  return { engine, pending };
}

/** A Worker look-alike: comlink on one end of a MessageChannel, the engine on the other. */
class FakeWorker {
  terminated = false;
  private readonly port: MessagePort;
  private readonly errorListeners: ((e: { message: string }) => void)[] = [];
  constructor(engine: object, opts: { ready?: boolean } = {}) {
    const { port1, port2 } = new MessageChannel();
    Comlink.expose(engine, port2);
    this.port = port1;
    port1.start();
    if (opts.ready !== false) port2.postMessage({ ready: true });
  }
  postMessage(message: unknown, transfer?: Transferable[]) {
    this.port.postMessage(message, transfer ?? []);
  }
  addEventListener(type: string, listener: (e: never) => void) {
    if (type === 'error') this.errorListeners.push(listener as (e: { message: string }) => void);
    else this.port.addEventListener(type, listener as EventListener);
  }
  removeEventListener(type: string, listener: (e: never) => void) {
    if (type !== 'error') this.port.removeEventListener(type, listener as EventListener);
  }
  terminate() {
    this.terminated = true;
    this.port.close();
  }
  fail(message: string) {
    for (const l of this.errorListeners) l({ message });
  }
}

const tick = (ms = 10) => new Promise((r) => setTimeout(r, ms));
async function until(cond: () => boolean, ms = 2000) {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error('condition not met in time');
    await tick(2);
  }
}

let clients: EngineClient[] = [];
function client(options: EngineClientOptions): EngineClient {
  const c = createEngineClient(options);
  clients.push(c);
  return c;
}
afterEach(() => {
  for (const c of clients) c.dispose();
  clients = [];
});

const files = (text: string) => ({ files: [{ name: 'a.yaml', text }] });

describe('engineClient through a worker', () => {
  it('answers a call with its rev, value and time', async () => {
    const { engine, pending } = controlledEngine();
    const c = client({ createWorker: () => new FakeWorker(engine) as unknown as Worker });
    const answer = c.analyze(files('a'), 7);
    await until(() => pending.length === 1);
    expect(pending[0].arg).toEqual(files('a'));
    pending[0].resolve({ done: 'a' });
    const a = await answer;
    expect(a).toMatchObject({ ok: true, rev: 7, value: { done: 'a' } });
    expect(a.ok && a.ms).toBeGreaterThanOrEqual(0);
    expect(c.mode).toBe('worker');
  });

  it('gives revisions that rise when the caller gives none', async () => {
    const { engine, pending } = controlledEngine();
    const c = client({ createWorker: () => new FakeWorker(engine) as unknown as Worker });
    const first = c.dns({ from: 'x', name: 'y' } as never);
    await until(() => pending.length === 1);
    pending[0].resolve(1);
    expect((await first).rev).toBe(1);
    const second = c.dns({ from: 'x', name: 'z' } as never);
    await until(() => pending.length === 2);
    pending[1].resolve(2);
    expect((await second).rev).toBe(2);
  });

  it('drops a stale answer and gives every replaced caller the newest one', async () => {
    const { engine, pending } = controlledEngine();
    const c = client({ createWorker: () => new FakeWorker(engine) as unknown as Worker });
    const a = c.analyze(files('A'), 1); // in flight
    const b = c.analyze(files('B'), 2); // waits
    const cc = c.analyze(files('C'), 3); // replaces B
    await until(() => pending.length === 1);
    pending[0].resolve('answer for A'); // stale: a newer request is waiting
    await until(() => pending.length === 2);
    expect(pending[1].arg).toEqual(files('C')); // B never reached the engine
    pending[1].resolve('answer for C');
    const answers = await Promise.all([a, b, cc]);
    for (const x of answers) expect(x).toMatchObject({ ok: true, rev: 3, value: 'answer for C' });
    expect(pending).toHaveLength(2);
  });

  it('keeps methods independent: a dns call does not replace an analyze', async () => {
    const { engine, pending } = controlledEngine();
    const c = client({ createWorker: () => new FakeWorker(engine) as unknown as Worker });
    const a = c.analyze(files('A'));
    const d = c.dns({ from: 'p', name: 'q' } as never);
    await until(() => pending.length === 2);
    pending[0].resolve('A');
    pending[1].resolve('D');
    expect(await a).toMatchObject({ ok: true, value: 'A' });
    expect(await d).toMatchObject({ ok: true, value: 'D' });
  });

  it('sends errors back as plain objects', async () => {
    const engine = {
      analyze: () => {
        throw new RangeError('boom');
      },
    };
    const c = client({ createWorker: () => new FakeWorker(engine) as unknown as Worker });
    const a = await c.analyze(files('x'));
    expect(a.ok).toBe(false);
    if (a.ok) return;
    expect(a.error).toMatchObject({ name: 'RangeError', message: 'boom' });
    expect(a.error).not.toBeInstanceOf(Error);
  });
});

describe('engineClient watchdog', () => {
  it('terminates a stuck worker, reports it, and starts a fresh one for the next call', async () => {
    const workers: FakeWorker[] = [];
    const stuck = { analyze: () => new Promise(() => undefined) };
    const healthy = { analyze: (i: unknown) => ({ echo: i }) };
    const c = client({
      createWorker: () => {
        workers.push(new FakeWorker(workers.length === 0 ? stuck : healthy));
        return workers.at(-1) as unknown as Worker;
      },
      timeoutMs: { analyze: 60 },
    });
    const a = await c.analyze(files('loop'), 1);
    expect(a).toMatchObject({ ok: false, rev: 1, error: { name: 'EngineTimeout' } });
    expect(!a.ok && a.error.message).toMatch(/longer than 0.06 s on analyze/);
    expect(workers[0].terminated).toBe(true);
    const b = await c.analyze(files('ok'), 2);
    expect(b).toMatchObject({ ok: true, rev: 2, value: { echo: files('ok') } });
    expect(workers).toHaveLength(2);
  });

  it('runs the waiting request on the new worker after a timeout', async () => {
    let n = 0;
    const c = client({
      createWorker: () => {
        n += 1;
        const engine =
          n === 1 ? { analyze: () => new Promise(() => undefined) } : { analyze: () => 'fresh' };
        return new FakeWorker(engine) as unknown as Worker;
      },
      timeoutMs: { analyze: 60 },
    });
    const first = c.analyze(files('1'), 1);
    const second = c.analyze(files('2'), 2);
    expect(await first).toMatchObject({ ok: false, error: { name: 'EngineTimeout' } });
    expect(await second).toMatchObject({ ok: true, rev: 2, value: 'fresh' });
  });
});

describe('engineClient fallback', () => {
  const fakeEngine = { analyze: (i: unknown) => ({ inThread: i }) } as unknown as EngineApi;

  it('runs in-thread when there is no Worker', async () => {
    const c = client({ createWorker: () => null, loadEngine: async () => fakeEngine });
    expect(c.mode).toBe('in-thread');
    expect(await c.analyze(files('x'))).toMatchObject({
      ok: true,
      value: { inThread: files('x') },
    });
  });

  it('runs in-thread when creating the worker throws', async () => {
    const c = client({
      createWorker: () => {
        throw new Error('blocked by CSP');
      },
      loadEngine: async () => fakeEngine,
    });
    expect(await c.analyze(files('x'))).toMatchObject({
      ok: true,
      value: { inThread: files('x') },
    });
  });

  it('falls back when the worker fails to load', async () => {
    const w = new FakeWorker({}, { ready: false });
    const c = client({
      createWorker: () => w as unknown as Worker,
      loadEngine: async () => fakeEngine,
    });
    const answer = c.analyze(files('x'));
    await tick();
    w.fail('404 engine.worker.js');
    expect(await answer).toMatchObject({ ok: true, value: { inThread: files('x') } });
    expect(w.terminated).toBe(true);
    expect(c.mode).toBe('in-thread');
  });

  it('falls back when the worker never says it is ready', async () => {
    const w = new FakeWorker({}, { ready: false });
    const c = client({
      createWorker: () => w as unknown as Worker,
      loadEngine: async () => fakeEngine,
      startTimeoutMs: 30,
    });
    expect(await c.analyze(files('x'))).toMatchObject({
      ok: true,
      value: { inThread: files('x') },
    });
  });

  it('uses the real engine in-thread by default when Worker is undefined (Node)', async () => {
    const c = client({});
    const a = await c.analyze({ files: [] });
    expect(a.ok && a.value.cluster.settings.clusterDomain).toBe('cluster.local');
  });

  it('serves every engine method, the policy view and the workload matrix included', async () => {
    const c = client({});
    await c.analyze({ files: [] });
    const wm = await c.workloadMatrix({ port: 53, protocol: 'UDP' });
    expect(wm.ok && wm.value.groups.map((g) => g.name)).toEqual(['coredns']);
    const pv = await c.connectivity({});
    expect(pv.ok && pv.value.groups.map((g) => g.id)).toEqual([
      'wl:Deployment/kube-system/coredns',
    ]);
    const cm = await c.classMatrix({ port: 53, protocol: 'UDP' });
    expect(cm.ok && cm.value.pods).toHaveLength(2);
  });
});

describe('engineClient lifecycle and errors', () => {
  it('answers EngineUnavailable after dispose, and to calls pending at dispose', async () => {
    const { engine } = controlledEngine();
    const c = createEngineClient({
      createWorker: () => new FakeWorker(engine) as unknown as Worker,
    });
    const pending = c.analyze(files('x'));
    c.dispose();
    expect(await pending).toMatchObject({ ok: false, error: { name: 'EngineUnavailable' } });
    expect(await c.analyze(files('y'))).toMatchObject({ ok: false });
  });

  it('turns anything thrown into a plain error', () => {
    expect(toPlainError(new TypeError('t'))).toMatchObject({ name: 'TypeError', message: 't' });
    expect(toPlainError('text')).toEqual({ name: 'Error', message: 'text' });
    expect(toPlainError({ message: 'm' })).toEqual({ name: 'Error', message: 'm' });
  });
});
