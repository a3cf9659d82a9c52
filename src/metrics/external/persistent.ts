/**
 * Persistent mode of the external-scorer protocol (opt-in, `--scorer-persistent`): the program is
 * started once per thread and kept running; each score() sends it one line on stdin — the absolute
 * path of that call's observation folder — and reads its answer, the usual `agent,score` rows,
 * ended by a line `end`. It exits when its stdin ends. The time limit applies to each request
 * (from the line sent to the terminator line, the first request including the program's start-up);
 * a program over it is stopped with its whole process group, and the next request starts it again.
 * The program runs in the helper thread (host-worker.ts); this thread waits for it synchronously
 * (program-host.ts).
 * Source: this project's protocol (docs/external-scorers.md, "Persistent mode").
 */
import { TERMINATOR } from './host-messages.js';
import { askHost, killProgram } from './program-host.js';
import type { ProgramLimits } from './run-program.js';

/** What one request to a persistent program gave. */
export interface PersistentRun {
  /** True when the terminator line came: `stdout` is the answer. */
  readonly answered: boolean;
  readonly stdout: string;
  readonly stderr: string;
  /** Exit code when the program ended before its terminator line (null: a signal, or not ended). */
  readonly status: number | null;
  readonly signal: string | null;
  readonly timedOut: boolean;
  readonly startError: string | null;
}

/**
 * Send the folder `dir` to the persistent program running `command` (started with `env` when it is
 * not running) and wait for its answer, at most `limits.timeoutSeconds`. Never throws for what
 * the program does (HostError when the helper thread does not start).
 */
export function askPersistent(command: string, dir: string, env: Readonly<Record<string, string>>, limits: ProgramLimits): PersistentRun {
  const script = limits.memoryMb > 0 ? `ulimit -v ${Math.round(limits.memoryMb * 1024)} || exit 125\n${command}` : command;
  const key = JSON.stringify([script, env]);
  const r = askHost({ type: 'ask', key, script, env, dir }, limits.timeoutSeconds * 1000);
  if (r === null) {
    killProgram(key);
    return { answered: false, stdout: '', stderr: '', status: null, signal: null, timedOut: true, startError: null };
  }
  if (!('stdout' in r))
    return {
      answered: false,
      stdout: '',
      stderr: r.error ?? '',
      status: null,
      signal: null,
      timedOut: false,
      startError: r.error ?? 'no answer',
    };
  if (r.ok) return { answered: true, stdout: r.stdout, stderr: '', status: null, signal: null, timedOut: false, startError: null };
  return {
    answered: false,
    stdout: r.stdout,
    stderr: r.stderr,
    status: r.status,
    signal: r.signal,
    timedOut: false,
    startError: r.startError,
  };
}

/** Lines printed before the program ended without its terminator line, for the message. */
export function unterminated(run: PersistentRun): string {
  const lines = run.stdout.split('\n').filter((l) => l.trim() !== '').length;
  return `before its terminator line "${TERMINATOR}" (after ${lines} line${lines === 1 ? '' : 's'} of this request on stdout)`;
}
