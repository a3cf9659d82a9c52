/**
 * Running an external scorer's program once, synchronously (a scorer's score() is synchronous, so
 * the adaptive attacker can call it as it calls any scorer), with a wall-clock and a memory limit:
 *
 *   timeout -k 2 <seconds>s /bin/sh -c '[ulimit -v <KB>;] <command>'   stdin ◀ edges.csv, env ◀ paths
 *
 * The command line is the user's, read by /bin/sh in the current working directory, so
 * `python3 my_scorer.py` and pipes work as typed. GNU `timeout` runs it in a process group of its
 * own and, at the limit, sends TERM to the whole group (KILL 2 s later if anything is left), so a
 * program's own children die with it. Where `timeout` is missing (not GNU coreutils) the limit is
 * Node's own, which kills /bin/sh but not its children. The memory limit is the shell's
 * `ulimit -v` (virtual memory, in KB), inherited by every process of the command.
 * Source: GNU coreutils `timeout` (process-group signalling); POSIX `sh -c`; `ulimit -v` of dash/bash.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';

/** Limits of one program run. */
export interface ProgramLimits {
  /** Wall-clock limit in seconds (> 0). */
  readonly timeoutSeconds: number;
  /** Virtual-memory limit in MB (`ulimit -v`); 0: none. */
  readonly memoryMb: number;
}

/** What one run of the program did. */
export interface ProgramRun {
  readonly stdout: string;
  readonly stderr: string;
  /** Exit code, or null when a signal ended it. */
  readonly status: number | null;
  readonly signal: string | null;
  /** True when the time limit ended it. */
  readonly timedOut: boolean;
  /** Wall-clock time in milliseconds. */
  readonly ms: number;
  /** Set when the program could not be started at all (e.g. /bin/sh missing). */
  readonly startError: string | null;
}

/** Exit status GNU timeout returns when the limit ended the command. */
const TIMEOUT_STATUS = 124;
/** Seconds between TERM and KILL at the limit. */
const KILL_AFTER = 2;
/** Most bytes read from stdout or stderr (larger answers fail the run). */
const MAX_OUTPUT = 512 * 1024 * 1024;

let timeoutTool: string | null | undefined;

/** The GNU `timeout` program if installed (looked up once per process), else null. */
function findTimeout(): string | null {
  if (timeoutTool === undefined) {
    timeoutTool = ['/usr/bin/timeout', '/bin/timeout'].find((p) => existsSync(p)) ?? null;
  }
  return timeoutTool;
}

/**
 * Run `command` with `stdinFile` on stdin and `env` added to this process's environment.
 * Never throws for anything the program does; see {@link ProgramRun}.
 */
export function runProgram(command: string, stdinFile: string, env: Readonly<Record<string, string>>, limits: ProgramLimits): ProgramRun {
  const script = limits.memoryMb > 0 ? `ulimit -v ${Math.round(limits.memoryMb * 1024)} || exit 125\n${command}` : command;
  const tool = findTimeout();
  const secs = limits.timeoutSeconds;
  const [file, args] = tool ? [tool, ['-k', `${KILL_AFTER}s`, `${secs}s`, '/bin/sh', '-c', script]] : ['/bin/sh', ['-c', script]];
  const fd = openSync(stdinFile, 'r');
  const t0 = performance.now();
  try {
    const r = spawnSync(file, args, {
      env: { ...process.env, ...env },
      stdio: [fd, 'pipe', 'pipe'],
      encoding: 'utf8',
      maxBuffer: MAX_OUTPUT,
      // With `timeout` this is only a backstop; without it, the limit itself.
      timeout: (secs + (tool ? KILL_AFTER + 3 : 0)) * 1000,
      killSignal: 'SIGKILL',
    });
    const ms = performance.now() - t0;
    const err = r.error as NodeJS.ErrnoException | undefined;
    const overTime = ms >= secs * 1000 * 0.99;
    const timedOut =
      err?.code === 'ETIMEDOUT' || (overTime && (r.status === TIMEOUT_STATUS || r.signal === 'SIGKILL' || r.signal === 'SIGTERM'));
    const startError = err && err.code !== 'ETIMEDOUT' && err.code !== 'ENOBUFS' ? `${err.code ?? ''} ${err.message}`.trim() : null;
    return {
      stdout: r.stdout ?? '',
      stderr: (r.stderr ?? '') + (err?.code === 'ENOBUFS' ? `\nprinted more than ${MAX_OUTPUT} bytes` : ''),
      status: r.status,
      signal: r.signal,
      timedOut,
      ms,
      startError,
    };
  } finally {
    closeSync(fd);
  }
}
