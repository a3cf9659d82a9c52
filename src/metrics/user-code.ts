/**
 * Containing a user's scorer code: whatever it does while it is imported or while it scores, it can
 * fail only itself, with an error that names it.
 *
 *   runUserCode(scorer, sink, fn) ─▶ fn runs inside an async context that names the scorer
 *     process.exit(…) from that context        ─▶ throws ScorerCrashError (the process lives on)
 *     (also process.reallyExit, process.abort and process.kill of its own process)
 *     a built-in replaced (Math.min, …)          ─▶ put back, ScorerCrashError (intrinsics-guard.ts)
 *     uncaught throw / unhandled rejection later ─▶ recorded in the scorer's sink (or reported
 *                                                    once, exit code 3, when the sink is closed)
 *
 * The async context is Node's AsyncLocalStorage, so a timer or promise the scorer started is still
 * attributed to it when it fires. Errors outside any scorer's context are left to the process's
 * other handlers, or printed and fatal as Node would do by default.
 * Source: Node.js documentation, "Asynchronous context tracking" and process events
 * 'uncaughtException' / 'unhandledRejection'.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { basename } from 'node:path';
import { GoodhartError } from '../errors.js';
import { restoreIntrinsics, snapshotIntrinsics, type IntrinsicsSnapshot } from './intrinsics-guard.js';

/** A user scorer failed while it ran: threw, exited, returned a wrong result, or threw asynchronously. Exit code 3. */
export class ScorerCrashError extends GoodhartError {
  override exitCode = 3;
  constructor(
    /** The scorer: its id, or its file name while it loads. */
    readonly scorer: string,
    /** One line: what went wrong. */
    readonly detail: string,
  ) {
    super(`scorer ${scorer} crashed: ${detail}`);
  }
}

/** Where the asynchronous failures of one scorer are collected. */
export interface ErrorSink {
  /** The scorer's name, used in messages. */
  readonly scorer: string;
  /** The scorer's file (absolute), to pick its own stack frame out of an error; null for built-ins. */
  readonly file: string | null;
  /** One-line descriptions of asynchronous failures not yet taken by {@link takeAsyncErrors}. */
  readonly errors: string[];
  /** Once closed (the scorer's results were used), a late failure is printed and sets exit code 3. */
  closed: boolean;
  /** The built-ins as they were before the scorer's code last ran (checked again by {@link takeAsyncErrors}). */
  builtins?: IntrinsicsSnapshot;
}

/** Make a sink for one scorer. */
export function errorSink(scorer: string, file: string | null): ErrorSink {
  return { scorer, file, errors: [], closed: false };
}

const context = new AsyncLocalStorage<ErrorSink>();
let installed = false;
let realExit: typeof process.exit = process.exit;

/** Install, once per thread, the process.exit trap and the async-error handlers. */
function install(): void {
  if (installed) return;
  installed = true;
  realExit = process.exit;
  process.exit = function exit(code?: number | string | null): never {
    const sink = context.getStore();
    if (sink)
      throw new ScorerCrashError(
        sink.scorer,
        `called process.exit(${code === undefined ? '' : String(code)})${userFrame(new Error(), sink.file)}`,
      );
    return realExit.call(process, code ?? undefined);
  } as typeof process.exit;
  // The other ways out of the process: the internal reallyExit, abort, and a signal to itself.
  const proc = process as unknown as Record<string, unknown>;
  for (const name of ['reallyExit', 'abort'] as const) {
    const real = proc[name];
    if (typeof real !== 'function') continue;
    proc[name] = function (this: unknown, ...args: unknown[]) {
      const sink = context.getStore();
      if (sink)
        throw new ScorerCrashError(
          sink.scorer,
          `called process.${name}(${args.map(String).join(', ')})${userFrame(new Error(), sink.file)}`,
        );
      return (real as (...a: unknown[]) => unknown).apply(process, args);
    };
  }
  const realKill = process.kill.bind(process);
  process.kill = function kill(pid: number, signal?: string | number): true {
    const sink = context.getStore();
    if (sink && (pid === process.pid || pid === 0 || pid === -process.pid))
      throw new ScorerCrashError(
        sink.scorer,
        `sent its own process a signal (process.kill(${pid}${signal === undefined ? '' : `, ${String(signal)}`}))${userFrame(new Error(), sink.file)}`,
      );
    return realKill(pid, signal);
  } as typeof process.kill;
  const handler = (kind: 'uncaughtException' | 'unhandledRejection') => (e: unknown) => {
    const sink = context.getStore();
    if (sink) {
      const what = `${kind === 'uncaughtException' ? 'threw asynchronously' : 'left a rejected promise'}: ${describeError(e, sink.file)}`;
      if (!sink.closed) sink.errors.push(what);
      else {
        process.stderr.write(`goodhart: ${new ScorerCrashError(sink.scorer, `${what} (after its scores were used)`).message}\n`);
        process.exitCode = 3;
      }
      return;
    }
    if (process.listenerCount(kind) > 1) return; // someone else (e.g. a test runner) handles it
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    realExit.call(process, 1);
  };
  process.on('uncaughtException', handler('uncaughtException'));
  process.on('unhandledRejection', handler('unhandledRejection'));
}

/**
 * Run user code (an import or a score call) as `sink.scorer`: process.exit throws a
 * ScorerCrashError naming it, and asynchronous failures it causes land in `sink`.
 */
export function runUserCode<T>(sink: ErrorSink, fn: () => T): T {
  install();
  sink.builtins = snapshotIntrinsics();
  const out = context.run(sink, fn);
  if (out instanceof Promise)
    return out.then((v: unknown) => {
      assertBuiltinsUntouched(sink);
      return v;
    }) as T;
  assertBuiltinsUntouched(sink);
  return out;
}

/** Throw a ScorerCrashError naming the scorer if its code changed a built-in (which is put back first). */
export function assertBuiltinsUntouched(sink: ErrorSink): void {
  if (!sink.builtins) return;
  const changed = restoreIntrinsics(sink.builtins);
  if (changed.length > 0)
    throw new ScorerCrashError(
      sink.scorer,
      `changed JavaScript built-ins (${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ', …' : ''}); they were put back — a scorer may not change what the ranking and measures use`,
    );
}

/**
 * Wait one turn of the event loop (timers due now, immediates), so failures that user code
 * scheduled for "right after" have happened, then return and clear the sink's failures.
 */
export async function takeAsyncErrors(sink: ErrorSink): Promise<string[]> {
  await new Promise<void>((r) => setTimeout(r, 5));
  await new Promise<void>((r) => setImmediate(r));
  const changed = sink.builtins ? restoreIntrinsics(sink.builtins) : [];
  if (changed.length > 0) sink.errors.push(`changed JavaScript built-ins later (${changed.slice(0, 5).join(', ')}); they were put back`);
  return sink.errors.splice(0);
}

/** One line for an error thrown by user code: name, first line of the message, the user's own frame. */
export function describeError(e: unknown, file: string | null): string {
  if (e instanceof ScorerCrashError) return e.detail;
  if (!(e instanceof Error)) return `threw ${typeof e === 'string' ? JSON.stringify(e) : String(e)}`;
  const first = (e.message.split('\n')[0] ?? '').slice(0, 300);
  return `${e.name}: ${first}${userFrame(e, file)}`;
}

/**
 * " (at my-scorer.ts:12:5)" for the first stack frame in `file`; " (in my-scorer.ts)" when the
 * frame is tsx's transpiled CommonJS (a data: URL whose line and column are not the user's); ""
 * when no frame is in `file`. Never more than that one frame: no transpiled source.
 */
export function userFrame(e: Error, file: string | null): string {
  if (file === null || !e.stack) return '';
  const name = basename(file);
  const encoded = encodeURIComponent(file);
  for (const line of e.stack.split('\n').slice(1)) {
    if (line.includes('data:text/javascript')) {
      if (line.includes(encoded)) return ` (in ${name})`;
      continue;
    }
    if (!line.includes(file)) continue;
    const m = /:(\d+):(\d+)\)?\s*$/.exec(line);
    if (m) return ` (at ${name}:${m[1]}:${m[2]})`;
  }
  return '';
}

/**
 * A private copy of a scorer's input: typed arrays copied (they cannot be frozen), every plain
 * object and array copied and frozen, so a scorer that writes to its input changes nothing another
 * scorer sees and a write to a field throws (strict mode) instead of passing silently. Iterative;
 * a value reached twice is copied once (the copy keeps the original's sharing of objects).
 */
export function isolatedCopy<T>(value: T): T {
  const copies = new Map<object, object>();
  const copyOf = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    const seen = copies.get(v);
    if (seen) return seen;
    let c: object;
    if (ArrayBuffer.isView(v)) c = (v as unknown as { slice(): object }).slice();
    else if (Array.isArray(v)) c = new Array(v.length);
    else c = {};
    copies.set(v, c);
    if (!ArrayBuffer.isView(v)) pending.push([v as Record<string, unknown>, c as Record<string, unknown>]);
    return c;
  };
  const pending: [Record<string, unknown>, Record<string, unknown>][] = [];
  const root = copyOf(value);
  while (pending.length > 0) {
    const [from, to] = pending.pop()!;
    for (const key of Object.keys(from)) to[key] = copyOf(from[key]);
  }
  for (const c of copies.values()) if (!ArrayBuffer.isView(c)) Object.freeze(c);
  return root as T;
}
