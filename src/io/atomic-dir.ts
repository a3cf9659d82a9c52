/**
 * Writing a results directory all at once: files go to a temporary sibling directory
 * (`<dir>.tmp-<pid>`), which is renamed into place only when every file is written. A failure
 * part-way leaves no partial directory behind; an existing directory is replaced only after the
 * new one is complete.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync, accessSync, constants } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ParameterError } from '../errors.js';

/** File contents by relative path (sub-folders allowed, e.g. `charts/drift.svg`). */
export type OutputFiles = ReadonlyMap<string, string | Uint8Array>;

/**
 * Check early that `dir` could be created (its nearest existing ancestor is a writable directory),
 * so a long run fails before it starts rather than at the end.
 */
export function assertWritableTarget(dir: string): void {
  let p = resolve(dir);
  while (!existsSync(p)) {
    const up = dirname(p);
    if (up === p) break;
    p = up;
  }
  try {
    accessSync(p, constants.W_OK);
  } catch {
    throw new ParameterError('--out', dir, `a directory that can be created (${p} is not writable)`);
  }
}

/** Write every file into `dir` atomically (see module doc). Returns the absolute path written. */
export function writeDirAtomically(dir: string, files: OutputFiles): string {
  const target = resolve(dir);
  const tmp = `${target}.tmp-${process.pid}`;
  try {
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    for (const [name, content] of files) {
      const path = join(tmp, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
    if (existsSync(target)) {
      const old = `${target}.old-${process.pid}`;
      renameSync(target, old);
      try {
        renameSync(tmp, target);
      } catch (e) {
        renameSync(old, target); // put the previous results back
        throw e;
      }
      rmSync(old, { recursive: true, force: true });
    } else {
      mkdirSync(dirname(target), { recursive: true });
      renameSync(tmp, target);
    }
  } catch (e) {
    removeQuietly(tmp);
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EACCES' || err.code === 'EROFS' || err.code === 'ENOTDIR' || err.code === 'EEXIST') {
      throw new ParameterError('--out', dir, `a writable directory (${err.code}: ${err.message})`);
    }
    throw e;
  }
  return target;
}

/** Remove a path if possible; cleanup must not mask the error being reported (e.g. ENOTDIR). */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // nothing was created there
  }
}
