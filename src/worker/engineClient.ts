// Main-thread client for the engine worker (STYLE.md §3): rising revisions, latest-wins per
// method (one in flight, one waiting; replaced callers get the newer answer; stale answers are
// dropped), a watchdog that restarts a stuck worker, and an in-thread fallback when no worker can
// run. It knows nothing of the store: state/analysisSync.ts decides what to ask and when.
import * as Comlink from 'comlink';
import type { EngineApi } from '../engine/index';
import type {
  EngineAnswer,
  EngineClient,
  EngineMode,
  Method,
  PlainError,
  ReadyMessage,
} from './protocol';

// The store may import only this file from worker/ (STYLE.md §2), so the contract types pass through.
export type { EngineAnswer, EngineClient, EngineMode, PlainError } from './protocol';

/** Injection points, for tests and for hosts without workers. */
export interface EngineClientOptions {
  /** Makes the worker; return null (or throw) to run in-thread. Default: the bundled worker. */
  createWorker?: () => Worker | null;
  /** Loads an engine for in-thread use. Default: a dynamic import of the engine. */
  loadEngine?: () => Promise<EngineApi>;
  /** Watchdog per method, in ms (default 10 s each). */
  timeoutMs?: Partial<Record<Method, number>>;
  /** How long the worker may take to say it is ready before the client falls back (ms). */
  startTimeoutMs?: number;
  now?: () => number;
}

// A record, not a list, so that a method added to EngineApi and forgotten here fails to compile.
const METHOD_SET: Record<Method, true> = {
  analyze: true,
  dns: true,
  matrix: true,
  classMatrix: true,
  trace: true,
  workloadMatrix: true,
  connectivity: true,
};
const METHODS = Object.keys(METHOD_SET) as Method[];
const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_START_TIMEOUT_MS = 8_000;

type Outcome = { ok: true; value: unknown; ms: number } | { ok: false; error: PlainError };
type Settle = (answer: EngineAnswer<unknown>) => void;
interface Request {
  rev: number;
  arg: unknown;
  waiters: Settle[];
  timer?: ReturnType<typeof setTimeout>;
}
interface Slot {
  latestRev: number;
  inFlight: Request | null;
  waiting: Request | null;
}
interface Backend {
  mode: EngineMode;
  /** Resolves when the backend can take calls; rejects when it failed to start. */
  ready: Promise<void>;
  call(method: Method, arg: unknown): Promise<unknown>;
  terminate(): void;
}

/** Any thrown value as a plain `{ name, message, stack? }` that survives postMessage and JSON. */
export function toPlainError(e: unknown): PlainError {
  if (e && typeof e === 'object' && 'message' in e) {
    const err = e as { name?: unknown; message?: unknown; stack?: unknown };
    const plain: PlainError = {
      name: typeof err.name === 'string' ? err.name : 'Error',
      message: String(err.message),
    };
    if (typeof err.stack === 'string') plain.stack = err.stack;
    return plain;
  }
  return { name: 'Error', message: String(e) };
}

function isReadyMessage(data: unknown): data is ReadyMessage {
  return !!data && typeof data === 'object' && (data as ReadyMessage).ready === true;
}

function defaultCreateWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
}

async function defaultLoadEngine(): Promise<EngineApi> {
  const engine = await import('../engine/index');
  return engine.createEngine();
}

function workerBackend(worker: Worker, startTimeoutMs: number): Backend {
  const remote = Comlink.wrap<EngineApi>(worker);
  const ready = new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      clearTimeout(timer);
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      if (error) reject(error);
      else resolve();
    };
    const onMessage = (e: MessageEvent) => isReadyMessage(e.data) && done();
    const onError = (e: Event) =>
      done(new Error((e as ErrorEvent).message || 'the engine worker failed to load'));
    const timer = setTimeout(
      () => done(new Error('the engine worker did not start')),
      startTimeoutMs,
    );
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
  });
  ready.catch(() => undefined); // observed by the client; this keeps it from being "unhandled"
  return {
    mode: 'worker',
    ready,
    call: (method, arg) => (remote[method] as unknown as (a: unknown) => Promise<unknown>)(arg),
    terminate: () => {
      remote[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}

function inThreadBackend(loadEngine: () => Promise<EngineApi>): Backend {
  let engine: Promise<EngineApi> | null = null;
  return {
    mode: 'in-thread',
    ready: Promise.resolve(),
    call: async (method, arg) => {
      engine ??= loadEngine();
      const api = await engine;
      return (api[method] as (a: unknown) => unknown).call(api, arg);
    },
    terminate: () => {
      engine = null; // a fresh session next time, as a restarted worker would have
    },
  };
}

function makeBackend(options: EngineClientOptions, loadEngine: () => Promise<EngineApi>): Backend {
  try {
    const worker = (options.createWorker ?? defaultCreateWorker)();
    if (worker) return workerBackend(worker, options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS);
  } catch {
    // Worker construction can throw (CSP, unsupported module workers): run in-thread instead.
  }
  return inThreadBackend(loadEngine);
}

const unavailable = (): PlainError => ({
  name: 'EngineUnavailable',
  message: 'The engine client was disposed.',
});

function settle(req: Request, outcome: Outcome) {
  for (const w of req.waiters) w({ ...outcome, rev: req.rev } as EngineAnswer<unknown>);
}

/** The bookkeeping behind EngineClient: one slot per method, one backend for all. */
class LatestWinsClient {
  private readonly slots = new Map<Method, Slot>(
    METHODS.map((m) => [m, { latestRev: 0, inFlight: null, waiting: null }]),
  );
  private backend: Backend | null = null;
  private disposed = false;
  private readonly now: () => number;
  private readonly loadEngine: () => Promise<EngineApi>;

  constructor(private readonly options: EngineClientOptions) {
    this.now = options.now ?? (() => performance.now());
    this.loadEngine = options.loadEngine ?? defaultLoadEngine;
  }

  get mode(): EngineMode {
    return this.getBackend().mode;
  }

  request(method: Method, arg: unknown, rev?: number): Promise<EngineAnswer<unknown>> {
    const slot = this.slotOf(method);
    const r = rev ?? slot.latestRev + 1;
    slot.latestRev = Math.max(slot.latestRev, r);
    return new Promise((resolve) => {
      if (this.disposed) return resolve({ ok: false, rev: r, error: unavailable() });
      if (!slot.inFlight) return this.start(method, { rev: r, arg, waiters: [resolve] });
      if (slot.waiting) {
        // Replace the waiting request; its callers will get this newer answer.
        slot.waiting.rev = r;
        slot.waiting.arg = arg;
        slot.waiting.waiters.push(resolve);
      } else slot.waiting = { rev: r, arg, waiters: [resolve] };
    });
  }

  dispose() {
    this.disposed = true;
    this.restartBackend();
    for (const slot of this.slots.values()) {
      for (const req of [slot.inFlight, slot.waiting]) {
        if (!req) continue;
        clearTimeout(req.timer);
        settle(req, { ok: false, error: unavailable() });
      }
      slot.inFlight = slot.waiting = null;
    }
  }

  private slotOf(m: Method): Slot {
    return this.slots.get(m)!;
  }

  private timeoutFor(m: Method): number {
    return this.options.timeoutMs?.[m] ?? DEFAULT_TIMEOUT_MS;
  }

  private getBackend(): Backend {
    return (this.backend ??= makeBackend(this.options, this.loadEngine));
  }

  private restartBackend() {
    this.backend?.terminate();
    this.backend = null; // re-created on the next call
  }

  private async run(method: Method, arg: unknown): Promise<unknown> {
    const b = this.getBackend();
    try {
      await b.ready;
    } catch {
      if (this.backend !== b) throw unavailable();
      b.terminate();
      this.backend = inThreadBackend(this.loadEngine); // the worker could not start: stay in-thread
      return this.backend.call(method, arg);
    }
    return b.call(method, arg);
  }

  private start(method: Method, req: Request) {
    this.slotOf(method).inFlight = req;
    const t0 = this.now();
    req.timer = setTimeout(() => this.onTimeout(method, req), this.timeoutFor(method));
    this.run(method, req.arg).then(
      (value) => this.finish(method, req, { ok: true, value, ms: this.now() - t0 }),
      (e: unknown) => this.finish(method, req, { ok: false, error: toPlainError(e) }),
    );
  }

  private finish(method: Method, req: Request, outcome: Outcome) {
    clearTimeout(req.timer);
    const slot = this.slotOf(method);
    if (slot.inFlight !== req) return; // the watchdog already answered it
    slot.inFlight = null;
    const next = slot.waiting;
    if (next) {
      // Stale: a newer request is waiting. Drop this answer; its callers get the newer one.
      slot.waiting = null;
      next.waiters.unshift(...req.waiters);
      this.start(method, next);
      return;
    }
    settle(req, outcome);
  }

  private onTimeout(method: Method, req: Request) {
    if (this.slotOf(method).inFlight !== req) return;
    this.restartBackend();
    for (const m of METHODS) {
      const slot = this.slotOf(m);
      const stuck = slot.inFlight;
      if (!stuck) continue;
      clearTimeout(stuck.timer);
      slot.inFlight = null;
      settle(stuck, { ok: false, error: this.timeoutError(m, m === method) });
      const next = slot.waiting;
      slot.waiting = null;
      if (next) this.start(m, next);
    }
  }

  private timeoutError(m: Method, timedOut: boolean): PlainError {
    if (!timedOut)
      return { name: 'EngineRestarted', message: `The engine was restarted during ${m}.` };
    const seconds = this.timeoutFor(m) / 1000;
    return {
      name: 'EngineTimeout',
      message: `The engine took longer than ${seconds} s on ${m} and was restarted.`,
    };
  }
}

/** Creates the client. The worker starts on the first call. */
export function createEngineClient(options: EngineClientOptions = {}): EngineClient {
  const core = new LatestWinsClient(options);
  const call = (m: Method) => (arg: unknown, rev?: number) => core.request(m, arg, rev);
  return {
    ...Object.fromEntries(METHODS.map((m) => [m, call(m)])),
    get mode(): EngineMode {
      return core.mode;
    },
    dispose: () => core.dispose(),
  } as EngineClient;
}
