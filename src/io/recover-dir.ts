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
 * An `.old-` folder is only restored when it holds a Goodhart marker, and only removed when it
 * holds one or is empty ({@link removeResultDir} removes the marker last).
 *
 * Design: the classic rename-based directory swap with roll-back recovery (as in a write-ahead
 * journal, the name of the leftover is the journal); no external source.
 */
import { lstatSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { MARKER_FILE, readMarker } from './result-marker.js';

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
  // An old folder is ours when it holds a marker, or is empty (its removal was cut short after the marker went last).
  const olds = stale.filter((l) => l.kind === 'old' && (readMarker(l.path) !== null || readdirSync(l.path).length === 0));
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
    rmSync(l.path, { recursive: true, force: true });
    removed.push(l.path);
  }
  return { restored, removed };
}

/** Remove a results folder with its marker last, so a cut-short removal is still recognised as ours. */
export function removeResultDir(path: string): void {
  for (const name of readdirSync(path)) if (name !== MARKER_FILE) rmSync(join(path, name), { recursive: true, force: true });
  rmSync(path, { recursive: true, force: true });
}

function exists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}
