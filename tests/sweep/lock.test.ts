// The lock of a sweep folder (src/sweep/lock.ts), in-process: a live holder is refused with its
// pid, host and start time; a stale lock (dead pid, reused pid, unreadable and old) is taken over
// with a message; another host's lock is refused; release removes only this process's own lock.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FolderBusyError } from '../../src/errors.js';
import { LOCK_FILE, acquireSweepLock } from '../../src/sweep/lock.js';

const root = mkdtempSync(join(tmpdir(), 'goodhart-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const folder = () => {
  const d = join(root, `f${n++}`);
  spawnSync('mkdir', ['-p', d]);
  return d;
};
const busy = (dir: string): FolderBusyError => {
  try {
    acquireSweepLock(dir).release();
  } catch (e) {
    return e as FolderBusyError;
  }
  throw new Error('not refused');
};
/** The pid of a process that has ended (so no process runs under it, barring reuse in between). */
const deadPid = (): number => Number(spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim());

describe('acquireSweepLock', () => {
  it('holds pid, host and start time; a second taker is refused (exit code 5) until it is released', () => {
    const dir = folder();
    const lock = acquireSweepLock(dir);
    const info = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'));
    expect(info).toEqual({ pid: process.pid, host: hostname(), started: lock.info.started });
    const e = busy(dir);
    expect(e).toBeInstanceOf(FolderBusyError);
    expect(e.exitCode).toBe(5);
    expect(e.message).toMatch(
      new RegExp(
        `is being written by another sweep: pid ${process.pid} on ${hostname()}, started \\d{4}-\\d\\d-\\d\\dT[\\d:]+Z holds \\.sweep\\.lock and is running`,
      ),
    );
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    acquireSweepLock(dir).release();
  });

  it('takes over a lock whose pid is dead on this host, saying so', () => {
    const dir = folder();
    const pid = deadPid();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid, host: hostname(), started: Date.now() - 1000 }));
    const log: string[] = [];
    const lock = acquireSweepLock(dir, (l) => log.push(l));
    expect(log).toHaveLength(1);
    expect(log[0]).toMatch(new RegExp(`^taking over a stale lock of .*: pid ${pid} on ${hostname()}, started .*, is no longer running$`));
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('takes over a lock whose pid now belongs to a process started after the lock (a reused pid)', () => {
    const dir = folder();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, host: hostname(), started: 86_400_000 }));
    const log: string[] = [];
    acquireSweepLock(dir, (l) => log.push(l)).release();
    expect(log[0]).toMatch(/^taking over a stale lock/);
  });

  it("refuses another host's lock (its pid cannot be checked), telling how to clear it", () => {
    const dir = folder();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 1, host: 'other-node', started: 0 }));
    const e = busy(dir);
    expect(e.message).toContain('pid 1 on other-node, started 1970-01-01T00:00:00Z holds .sweep.lock; its process cannot be checked');
    expect(e.message).toContain(`delete ${join(dir, LOCK_FILE)}`);
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toContain('other-node');
  });

  it('an unreadable lock is refused while fresh (being created) and taken over once old', () => {
    const dir = folder();
    writeFileSync(join(dir, LOCK_FILE), '');
    expect(busy(dir).message).toContain('is being created by another sweep');
    const old = (Date.now() - 60_000) / 1000;
    utimesSync(join(dir, LOCK_FILE), old, old);
    const log: string[] = [];
    acquireSweepLock(dir, (l) => log.push(l)).release();
    expect(log[0]).toMatch(/^taking over a stale lock of .*: an unreadable lock file \(""/);
  });

  it('release removes only its own lock (never one taken over by another process meanwhile)', () => {
    const dir = folder();
    const lock = acquireSweepLock(dir);
    const theirs = JSON.stringify({ pid: 1, host: 'other-node', started: 1 });
    writeFileSync(join(dir, LOCK_FILE), theirs);
    lock.release();
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(theirs);
  });
});
