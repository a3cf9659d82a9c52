/**
 * Checking an output directory before any work: the nearest existing ancestor must be a directory
 * in which we can really create entries (a probe directory is made and removed at once), so a bad
 * `--out` fails in a second rather than after minutes of simulation, and as root too (where
 * permission bits alone say yes even on a read-only or virtual file system).
 */
import { existsSync, mkdtempSync, rmdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ParameterError } from '../errors.js';
import { assertWritableTarget } from '../io/atomic-dir.js';

/** Throw ParameterError (field `--out`) unless `dir` can be created or replaced. */
export function checkOutDir(dir: string): void {
  assertWritableTarget(dir);
  let p = resolve(dir);
  while (!existsSync(p)) {
    const up = dirname(p);
    if (up === p) break;
    p = up;
  }
  if (!statSync(p).isDirectory()) throw new ParameterError('--out', dir, `a directory path (${p} is a file)`);
  // The results go next to `dir` first (<dir>.tmp-<pid>): probe the directory that will hold them.
  const holder = p === resolve(dir) ? dirname(p) : p;
  try {
    rmdirSync(mkdtempSync(join(holder, '.goodhart-probe-')));
  } catch (e) {
    throw new ParameterError('--out', dir, `a directory that can be created (${holder}: ${(e as NodeJS.ErrnoException).code ?? 'not writable'})`);
  }
}
