// The contract between the page and the engine worker, declared once (STYLE.md §3). Types only:
// the worker implements EngineApi (from the engine), comlink carries the calls, and the client's
// type is derived here from the same interface.
import type { EngineApi } from '../engine/index';

/** A method the engine serves: `analyze`, `dns`, `matrix`, `trace`, `connectivity`… */
export type Method = keyof EngineApi;

/** The single argument a method takes (every EngineApi method takes exactly one). */
export type MethodArg<M extends Method> = Parameters<EngineApi[M]>[0];

/** What a method returns inside the worker. */
export type MethodValue<M extends Method> = ReturnType<EngineApi[M]>;

/** An error as it crosses the worker boundary: plain data, never an Error instance. */
export interface PlainError {
  /** `EngineTimeout`, `EngineRestarted`, `EngineUnavailable`, or the thrown error's name. */
  name: string;
  message: string;
  stack?: string;
}

/**
 * The answer to one call. `rev` is the revision of the request that was actually answered: a
 * caller whose request was replaced by a newer one gets the newer answer, with the newer rev.
 */
export type EngineAnswer<T> =
  { ok: true; rev: number; value: T; ms: number } | { ok: false; rev: number; error: PlainError };

/** The one message the worker sends on its own, once `expose` is in place (init handshake). */
export interface ReadyMessage {
  ready: true;
}

/** How the client runs the engine: in the Web Worker, or in the page's thread as a fallback. */
export type EngineMode = 'worker' | 'in-thread';

/**
 * The main-thread client. Each method takes the engine argument and an optional revision that
 * must rise (one more than the last when omitted); it never rejects: failures are answers too.
 */
export type EngineClient = {
  [M in Method]: (arg: MethodArg<M>, rev?: number) => Promise<EngineAnswer<MethodValue<M>>>;
} & {
  /** Where the engine currently runs. */
  readonly mode: EngineMode;
  /** Terminates the worker; later calls answer `EngineUnavailable`. */
  dispose(): void;
};
