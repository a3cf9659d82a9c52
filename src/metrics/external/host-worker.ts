/**
 * The external-scorer helper thread: the asynchronous half of a synchronous scorer. The scorer's
 * thread (program-host.ts) posts a request and waits on a shared word; this thread does the
 * asynchronous work and answers, then bumps the word:
 *
 *   parquet request ─▶ src/io/parquet.ts (DuckDB, loaded once here) ─▶ files in the folder
 *   ask request     ─▶ persistent program (started on the first ask, in a process group of its
 *                      own): one line "<folder>\n" on its stdin ─▶ its stdout up to a line `end`
 *
 * A program that ends before its terminator line is answered with its exit code, signal, stdout
 * and stderr tail; the next ask starts it again. A kill request (the caller's time limit ran out)
 * sends TERM to the program's whole process group and KILL 2 s later.
 * Source: this project's persistent-mode protocol (docs/external-scorers.md).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workerData, type MessagePort } from 'node:worker_threads';
import { parquetCopies } from '../../io/parquet.js';
import { TERMINATOR, type AskRequest, type HostReply, type HostRequest } from './host-messages.js';

/** What the caller gives the helper. */
export interface HostWorkerData {
  /** Requests in, answers out. */
  readonly port: MessagePort;
  /** One Int32 word, incremented after every answer. */
  readonly signal: SharedArrayBuffer;
}

/** Most bytes of stderr kept per program (the tail). */
const STDERR_TAIL = 64 * 1024;
/** Milliseconds between TERM and KILL when a program is stopped. */
const KILL_AFTER_MS = 2000;

interface Program {
  readonly child: ChildProcess;
  out: string;
  /** How far `out` has been searched for the terminator line. */
  scanned: number;
  err: string;
  /** The request waiting for its terminator line, if any. */
  pending: number | null;
}

const { port, signal } = workerData as HostWorkerData;
const word = new Int32Array(signal);
const programs = new Map<string, Program>();

function reply(m: HostReply): void {
  port.postMessage(m);
  Atomics.add(word, 0, 1);
  Atomics.notify(word, 0);
}

/** TERM the program's process group, KILL it 2 s later. */
function stop(p: Program): void {
  const pid = p.child.pid;
  if (pid === undefined) return;
  const kill = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
    } catch {
      // already gone
    }
  };
  kill('SIGTERM');
  setTimeout(() => kill('SIGKILL'), KILL_AFTER_MS).unref();
}

/** If the program's stdout holds a complete terminator line, answer its pending request with what came before. */
function drain(p: Program): void {
  while (p.pending !== null) {
    const nl = p.out.indexOf('\n', p.scanned);
    if (nl < 0) return;
    const line = p.out.slice(p.scanned, nl).trim();
    p.scanned = nl + 1;
    if (line !== TERMINATOR) continue;
    const lineStart = p.out.lastIndexOf('\n', nl - 1) + 1;
    const stdout = p.out.slice(0, lineStart);
    p.out = p.out.slice(nl + 1);
    p.scanned = 0;
    const id = p.pending;
    p.pending = null;
    reply({ id, ok: true, stdout });
  }
}

function launch(req: AskRequest): Program {
  const child = spawn('/bin/sh', ['-c', req.script], {
    detached: true,
    env: { ...process.env, ...req.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const p: Program = { child, out: '', scanned: 0, err: '', pending: null };
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (d: string) => {
    p.out += d;
    drain(p);
  });
  child.stderr.on('data', (d: string) => {
    p.err = (p.err + d).slice(-STDERR_TAIL);
  });
  child.stdin.on('error', () => {}); // a program that exits early: its exit is the report
  let startError: string | null = null;
  child.on('error', (e: NodeJS.ErrnoException) => {
    startError = `${e.code ?? ''} ${e.message}`.trim();
  });
  const ended = () => {
    if (programs.get(req.key) === p) programs.delete(req.key);
    if (p.pending === null) return;
    const id = p.pending;
    p.pending = null;
    reply({ id, ok: false, status: child.exitCode, signal: child.signalCode, startError, stdout: p.out, stderr: p.err });
  };
  // 'close' comes once its output is read; a child it left running may hold stdout open, so the
  // exit is reported 200 ms later at the latest.
  child.on('close', ended);
  child.on('exit', () => setTimeout(ended, 200).unref());
  child.on('error', () => setTimeout(ended, 0));
  return p;
}

function ask(req: AskRequest): void {
  let p = programs.get(req.key);
  if (!p) {
    p = launch(req);
    programs.set(req.key, p);
  }
  p.out = '';
  p.scanned = 0;
  p.err = '';
  p.pending = req.id;
  p.child.stdin!.write(`${req.dir}\n`);
}

port.on('message', (req: HostRequest) => {
  if (req.type === 'ping') reply({ id: req.id, ok: true });
  else if (req.type === 'kill') {
    const p = programs.get(req.key);
    if (p) {
      programs.delete(req.key);
      p.pending = null;
      stop(p);
    }
  } else if (req.type === 'ask') ask(req);
  else
    parquetCopies(req.tables).then(
      (bytes) => {
        for (const [name, b] of bytes) writeFileSync(join(req.dir, name), b);
        reply({ id: req.id, ok: true });
      },
      (e: unknown) => reply({ id: req.id, ok: false, error: e instanceof Error ? e.message : String(e) }),
    );
});

// When this thread ends (its caller's thread ended or was terminated), stop the programs too; a
// program also sees end-of-file on its stdin then.
process.on('exit', () => {
  for (const p of programs.values()) {
    try {
      process.kill(-p.child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  }
});
