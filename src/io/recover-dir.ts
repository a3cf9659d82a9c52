/**
 * Recovery after a killed write. {@link writeDirAtomically} writes `<dir>.tmp-<pid>` and swaps it
 * in with two renames (`<dir>` → `<dir>.old-<pid>`, `<dir>.tmp-<pid>` → `<dir>`), then removes
 * the old folder. A process killed at any point leaves one of:
 *
 *   <dir> intact, maybe a stale <dir>.tmp-<pid>        → remove the tmp folder
 *   <dir> missing, <dir>.old-<pid> (+ a complete tmp)   → rename old back to <dir>, remove tmp
 *   <dir> (new), <dir>.old-<pid> half removed           → finish removing old
 *
 * Only leftovers of processes that are no longer alive (or of this very process, whose pid a
 * container may reuse) are touched, so two writers of different folders never disturb each other.
 * And only what a writer provably made: a `.tmp-` folder only when it holds the writer's sentinel
 * (written first), the marker (written last) or nothing; an `.old-` folder only when a swap journal
 * `<dir>.goodhart-swap-<pid>` (written before the first rename, removed after the old folder)
 * names it, and it is restored only when it holds a marker. A user's own `x.tmp-2024` or a backup
 * kept as `x.old-2023` is never touched.
 *
 * Design: the classic rename-based directory swap with roll-back recovery (as in a write-ahead
 * journal, the name of the leftover is the journal); no external source.
 */
import { lstatSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { MARKER_FILE, readMarker } from './result-marker.js';

/** File a writer puts in its tmp folder first and removes once the marker is written. */
export const WRITING_SENTINEL = '.goodhart-writing';

/** The swap journal of `dir` (absolute) for writer `pid`: a file beside it naming the folder moved aside. */
export function swapJournal(dir: string, pid: number): string {
  return `${dir}.goodhart-swap-${pid}`;
}

/** True when a tmp folder was made by a writer: it holds the sentinel, the marker, or nothing. */
export function isOurTmp(path: string): boolean {
  try {
    const names = readdirSync(path);
    return names.length === 0 || names.includes(WRITING_SENTINEL) || names.includes(MARKER_FILE);
  } catch {
    return false;
  }
}

/** What recovery did: paths restored to `dir` and leftovers removed. */
export interface RecoveryReport {
  readonly restored: string | null;
  readonly removed: readonly string[];
}

/** True when a process with this pid exists (and is not this process). */
export function pidAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Leftovers of `dir` (absolute) in its parent: `{ path, kind, pid }`, tmp and old alike. */
export function leftoversOf(dir: string): { path: string; kind: 'tmp' | 'old'; pid: number }[] {
  const parent = dirname(dir);
  const base = basename(dir);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return [];
  }
  const out: { path: string; kind: 'tmp' | 'old'; pid: number }[] = [];
  for (const name of names.sort()) {
    if (!name.startsWith(`${base}.`)) continue;
    const m = /^\.(tmp|old)-(\d{1,10})$/.exec(name.slice(base.length));
    if (!m) continue;
    const path = join(parent, name);
    try {
      if (!lstatSync(path).isDirectory()) continue;
    } catch {
      continue;
    }
    out.push({ path, kind: m[1] as 'tmp' | 'old', pid: Number(m[2]) });
  }
  return out;
}

/**
 * Bring `dir` (absolute) back to a clean state after a killed write: restore the previous result
 * if the kill came between the two renames, and remove stale tmp/old folders of dead processes.
 */
export function recoverOutDir(dir: string): RecoveryReport {
  const stale = leftoversOf(dir).filter((l) => !pidAlive(l.pid));
  let restored: string | null = null;
  const removed: string[] = [];
  // An old folder is ours when a swap journal names it (it holds a marker, or is empty when its removal was cut short).
  const olds = stale.filter((l) => l.kind === 'old' && exists(swapJournal(dir, l.pid)));
  const whole = olds.filter((l) => readMarker(l.path) !== null);
  if (whole.length > 0 && !exists(dir)) {
    // Killed between the two renames: the previous result goes back in place (the newest, if several).
    const newest = whole.reduce((a, b) => (lstatSync(b.path).mtimeMs > lstatSync(a.path).mtimeMs ? b : a));
    renameSync(newest.path, dir);
    restored = newest.path;
  }
  for (const l of stale) {
    if (l.path === restored) continue;
    if (l.kind === 'old' && !olds.includes(l)) continue; // not ours: leave it alone
    if (l.kind === 'tmp' && !isOurTmp(l.path)) continue; // not ours: leave it alone
    rmSync(l.path, { recursive: true, force: true });
    removed.push(l.path);
  }
  // Journals of dead writers whose old folder is gone (restored, removed, or never moved).
  for (const l of stale) if (l.kind === 'old' && olds.includes(l)) rmSync(swapJournal(dir, l.pid), { force: true });
  for (const pid of journalPids(dir)) if (!pidAlive(pid) && !exists(`${dir}.old-${pid}`)) rmSync(swapJournal(dir, pid), { force: true });
  return { restored, removed };
}

/** Remove a results folder with its marker last, so a cut-short removal is still recognised as ours. */
export function removeResultDir(path: string): void {
  for (const name of readdirSync(path)) if (name !== MARKER_FILE) rmSync(join(path, name), { recursive: true, force: true });
  rmSync(path, { recursive: true, force: true });
}

/** Pids of the swap journals beside `dir` (absolute). */
function journalPids(dir: string): number[] {
  const base = basename(dir);
  try {
    return readdirSync(dirname(dir))
      .map((n) =>
        n.startsWith(`${base}.goodhart-swap-`) ? /^\d{1,10}$/.exec(n.slice(base.length + '.goodhart-swap-'.length))?.[0] : undefined,
      )
      .filter((x): x is string => x !== undefined)
      .map(Number);
  } catch {
    return [];
  }
}

/** True when something (file, folder or link) is at `p`. */
export function exists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}
