/**
 * The synchronous side of the external-scorer helper thread (host-worker.ts). A scorer's score()
 * is synchronous (the adaptive attacker calls it inside the simulation), but a persistent program
 * and DuckDB are asynchronous; so the scorer's thread posts a request on a MessagePort and sleeps
 * on a shared Int32 word (Atomics.wait, with the request's time limit) until the helper answers and
 * bumps the word, then reads the answer with receiveMessageOnPort — the handshake of
 * src/worker-pool.ts, with a time limit. One helper per thread, started on first use, unref'd so it
 * never keeps the process alive.
 * Source: ECMAScript Atomics.wait/notify; Node.js worker_threads.receiveMessageOnPort.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { GoodhartError } from '../../errors.js';
import { workerUrl } from '../../worker-url.js';
import type { AskRequest, HostReply, HostRequest, ParquetRequest } from './host-messages.js';
import type { HostWorkerData } from './host-worker.js';

/** Milliseconds the helper thread may take to start (tsx, DuckDB's module is loaded later). */
const START_MS = 60_000;

interface Host {
  readonly worker: Worker;
  readonly port: MessagePort;
  readonly word: Int32Array;
}

let host: Host | null = null;
let nextId = 1;

/** The helper thread could not be started or stopped answering. */
export class HostError extends GoodhartError {}

function started(): Host {
  if (host) return host;
  const { port1, port2 } = new MessageChannel();
  const word = new Int32Array(new SharedArrayBuffer(4));
  const data: HostWorkerData = { port: port2, signal: word.buffer as SharedArrayBuffer };
  const worker = new Worker(workerUrl(import.meta.url, { source: './host-worker.mjs', built: './host-worker.js' }), {
    workerData: data,
    transferList: [port2],
  });
  worker.unref();
  worker.on('error', () => {}); // seen as a request that is never answered
  port1.unref();
  host = { worker, port: port1, word };
  const id = nextId++;
  if (waitFor(host, { type: 'ping', id }, id, START_MS) === null) {
    stopHost();
    throw new HostError(`the external-scorer helper thread did not start within ${START_MS / 1000} s`);
  }
  return host;
}

function waitFor(h: Host, req: HostRequest, id: number, limitMs: number): HostReply | null {
  h.port.postMessage(req);
  const deadline = performance.now() + limitMs;
  for (;;) {
    const seen = Atomics.load(h.word, 0);
    for (let m = receiveMessageOnPort(h.port); m; m = receiveMessageOnPort(h.port)) {
      const r = m.message as HostReply;
      if (r.id === id) return r; // earlier ids: answers to requests given up on
    }
    const left = deadline - performance.now();
    if (left <= 0) return null;
    Atomics.wait(h.word, 0, seen, left);
  }
}

/**
 * Post `req` (without its id) to this thread's helper and wait at most `limitMs` for its answer;
 * null when the limit ran out (the answer, if it ever comes, is dropped). Throws HostError when the
 * helper does not start.
 */
export function askHost(req: Omit<AskRequest, 'id'> | Omit<ParquetRequest, 'id'>, limitMs: number): HostReply | null {
  const h = started();
  const id = nextId++;
  return waitFor(h, { ...req, id } as HostRequest, id, limitMs);
}

/** Tell the helper to stop program `key` (not answered). */
export function killProgram(key: string): void {
  host?.port.postMessage({ type: 'kill', key } satisfies HostRequest);
}

/** Stop this thread's helper and the programs it runs (a fresh one starts on the next request). */
export function stopHost(): void {
  if (!host) return;
  void host.worker.terminate();
  host.port.close();
  host = null;
}
