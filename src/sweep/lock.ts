/**
 * The lock of a sweep folder: two sweeps (or a sweep and a merge or report) never write one folder
 * at once. The lock is a file `.sweep.lock` in the folder, created with O_CREAT|O_EXCL (only one
 * creator can succeed, on a local file system and on NFSv3+), holding JSON
 * `{"pid", "host", "started"}` (started: ms since the epoch). It is removed when the writer ends;
 * a writer killed with `kill -9` leaves it behind, so a lock is **stale**, and taken over with a
 * message, when its host is this host and its pid is no running process here (or a process
 * started after the lock was written: the pid was reused). A live holder, or a holder on another
 * host (whose pids cannot be checked from here), is a FolderBusyError: one message naming the pid,
 * host and start time, exit code 5, nothing written.
 * Design: the classic O_EXCL pid lock file (as in `man 2 open`, O_EXCL), with a stale check.
 */
import { closeSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { FolderBusyError } from '../errors.js';

/** The lock file's name in a sweep folder. */
export const LOCK_FILE = '.sweep.lock';

/** What a lock file holds. */
export interface LockInfo {
  readonly pid: number;
  readonly host: string;
  /** When the lock was taken, in ms since the epoch. */
  readonly started: number;
}

/** A lock this process holds; `release()` removes the file if it is still this lock's. */
export interface SweepLock {
  readonly path: string;
  readonly info: LockInfo;
  release(): void;
}

/** The lock file's content, or null when it is missing or cannot be read as a lock. */
function readLock(path: string): LockInfo | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const v = JSON.parse(text) as Partial<LockInfo>;
    if (Number.isSafeInteger(v.pid) && typeof v.host === 'string' && Number.isFinite(v.started)) return v as LockInfo;
  } catch {
    // a lock file cut short (the writer was killed between create and write): judged below
  }
  return null;
}

/** Linux: the start time of process `pid` in ms since the epoch, from /proc (undefined elsewhere or when unknown). */
function processStart(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // field 22 (starttime, clock ticks after boot); fields after the ")" of the command name
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    const btime = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'));
    if (!Number.isFinite(ticks) || !btime) return undefined;
    return Number(btime[1]) * 1000 + (ticks / 100) * 1000; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

/** Is `pid` a running process on this host that may be the lock's writer? */
function holderAlive(info: LockInfo): boolean {
  try {
    process.kill(info.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return false;
    // EPERM: a process of another user runs under that pid: alive
  }
  const start = processStart(info.pid);
  // a process that started well after the lock was written is another process under a reused pid
  return start === undefined || start <= info.started + 5000;
}

/** When a lock was taken, for messages: ISO 8601 UTC to the second. */
const when = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Take the lock of sweep folder `dir` (which exists). A stale lock is taken over, `onLog` told so;
 * a live one (or one of another host) throws FolderBusyError.
 */
export function acquireSweepLock(dir: string, onLog?: (line: string) => void): SweepLock {
  const path = join(dir, LOCK_FILE);
  const info: LockInfo = { pid: process.pid, host: hostname(), started: Date.now() };
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      takeOverIfStale(dir, path, onLog);
      continue;
    }
    try {
      writeSync(fd, `${JSON.stringify(info)}\n`);
    } finally {
      closeSync(fd);
    }
    return {
      path,
      info,
      release() {
        const now = readLock(path);
        if (now && now.pid === info.pid && now.host === info.host && now.started === info.started) rmSync(path, { force: true });
      },
    };
  }
  throw new FolderBusyError(dir, `${LOCK_FILE} keeps reappearing (another sweep is starting there at the same moment)`);
}

/** How old an unreadable lock file must be to count as left by a writer killed while creating it. */
const UNREADABLE_STALE_MS = 10_000;

/** The lock at `path` is held: take it away when stale (see module doc), else throw FolderBusyError. */
function takeOverIfStale(dir: string, path: string, onLog?: (line: string) => void): void {
  const held = readLock(path);
  let text: string;
  let age: number;
  try {
    text = readFileSync(path, 'utf8');
    age = Date.now() - statSync(path).mtimeMs;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return; // gone meanwhile: try again
    throw e;
  }
  let who: string;
  if (held === null) {
    // a writer killed between create and write leaves it empty; one writing right now, for a moment
    if (age < UNREADABLE_STALE_MS)
      throw new FolderBusyError(dir, `its lock file ${LOCK_FILE} is being created by another sweep; wait for it to end`);
    who = `an unreadable lock file (${JSON.stringify(text.slice(0, 40))}, ${Math.round(age / 1000)} s old)`;
  } else {
    who = `pid ${held.pid} on ${held.host}, started ${when(held.started)}`;
    const here = hostname();
    if (held.host !== here)
      throw new FolderBusyError(
        dir,
        `${who} holds ${LOCK_FILE}; its process cannot be checked from ${here}: wait for it to end, or if it is dead, delete ${path}`,
      );
    if (holderAlive(held)) throw new FolderBusyError(dir, `${who} holds ${LOCK_FILE} and is running; wait for it to end`);
  }
  // Stale: move it aside under a name of our own (one rename wins), check it is the lock judged, then remove it.
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return; // another process took it over first
    throw e;
  }
  let moved: string | null = null;
  try {
    moved = readFileSync(aside, 'utf8');
  } catch {
    // removed meanwhile by a racing taker: nothing to put back
  }
  if (moved !== null && moved !== text) {
    // a fresh lock, taken by another process between our read and our rename: put it back
    try {
      linkSync(aside, path);
    } catch {
      // a third lock is already there: it stands
    }
    rmSync(aside, { force: true });
    return;
  }
  rmSync(aside, { force: true });
  onLog?.(`taking over a stale lock of ${dir}: ${who}${held === null ? '' : ', is no longer running'}`);
}
