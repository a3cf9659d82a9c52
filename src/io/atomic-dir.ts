/**
 * Writing a results folder all at once and crash-safely. Files go to a temporary sibling folder
 * (`<dir>.tmp-<pid>`), each flushed to disk, with the marker `.goodhart.json` written last; the
 * folder is then swapped in with two renames (`<dir>` → `<dir>.old-<pid>`, tmp → `<dir>`) and the
 * old one removed. At every instant either the previous or the new complete result is at `<dir>`
 * or at `<dir>.old-<pid>`, and {@link recoverOutDir} (run first by every write) puts the previous one
 * back after a kill between the renames and removes stale leftovers.
 *
 * Whatever the caller asks, an existing folder is replaced only when it is empty or a Goodhart
 * result of the same command holding nothing else (src/io/result-marker.ts); `--force` and the
 * default-folder rule are checked earlier, in src/pipeline/out-dir.ts. A full disk is an
 * {@link OutputError} and leaves nothing behind.
 *
 * Design: rename-based directory swap (POSIX rename(2) is atomic within a file system).
 */
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { OutputError, ParameterError } from '../errors.js';
import { MARKER_FILE, inspectOutDir, markerText, type OutDirState } from './result-marker.js';
import { WRITING_SENTINEL, exists, isOurTmp, recoverOutDir, removeResultDir, swapJournal } from './recover-dir.js';

/** A file's content: text (UTF-8), bytes, or a function that writes it in chunks (for large tables). */
export type OutputContent = string | Uint8Array | ((write: (chunk: string | Uint8Array) => void) => void);

/** File contents by relative path (sub-folders allowed, e.g. `charts/drift.svg`). */
export type OutputFiles = ReadonlyMap<string, OutputContent>;

/** The steps {@link WriteDirOptions.onStep} reports. */
export type WriteStep = 'write' | 'moved-old' | 'swapped';

/** Options of {@link writeDirAtomically}. */
export interface WriteDirOptions {
  /** The command writing the folder (recorded in the marker; only the same command may replace it). */
  readonly command: string;
  /**
   * Test seam: called at each step with the path concerned: `write` before each file (the marker
   * last), `moved-old` between the two renames, `swapped` after them. It may throw (a simulated
   * ENOSPC) or sleep (the kill test, tests/io/kill-writer.ts).
   */
  readonly onStep?: (step: WriteStep, path: string) => void;
}

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

/**
 * Throw ParameterError (field `--out`) unless the folder at `dir` may be replaced by `command`:
 * missing, empty, or a result of `command` holding only what it wrote. Returns what is there.
 */
export function assertReplaceable(dir: string, command: string): OutDirState {
  const target = resolve(dir);
  if (dir === '') throw new ParameterError('--out', dir, 'a directory path (an empty path would be the working directory)');
  const cwd = process.cwd();
  if (cwd === target || cwd.startsWith(target.endsWith(sep) ? target : `${target}${sep}`)) {
    throw new ParameterError('--out', dir, 'a folder other than the working directory and its parents');
  }
  let state: OutDirState;
  try {
    state = inspectOutDir(target);
  } catch (e) {
    throw new ParameterError('--out', dir, `a folder that can be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (state.kind === 'empty' || state.kind === 'result') {
    // A mount point cannot be renamed (EBUSY): the swap needs a folder inside the file system.
    if (statSync(target).dev !== statSync(dirname(target)).dev)
      throw new ParameterError('--out', dir, 'a folder that is not a mount point (name a folder inside it)');
  }
  switch (state.kind) {
    case 'missing':
    case 'empty':
      return state;
    case 'file':
      throw new ParameterError('--out', dir, 'a directory path (it is an existing file, which is never replaced)');
    case 'symlink':
      throw new ParameterError('--out', dir, 'a real directory, not a symbolic link (name the folder it points to)');
    case 'foreign':
      throw new ParameterError(
        '--out',
        dir,
        `a new or empty folder, or a previous goodhart result (it holds ${JSON.stringify(state.example)}, which goodhart did not write)`,
      );
    case 'result-with-extra':
      throw new ParameterError(
        '--out',
        dir,
        `a folder holding only what goodhart wrote (${JSON.stringify(state.extra)} was added to this goodhart ${state.command} result)`,
      );
    case 'result':
      if (state.command !== command)
        throw new ParameterError(
          '--out',
          dir,
          `a new or empty folder, or a previous goodhart ${command} result (it holds a goodhart ${state.command} result, never replaced by ${command})`,
        );
      return state;
  }
}

/** Write every file into `dir` atomically and crash-safely (see module doc). Returns the absolute path written. */
export function writeDirAtomically(dir: string, files: OutputFiles, opts: WriteDirOptions): string {
  const target = resolve(dir);
  for (const name of files.keys()) {
    if (name === MARKER_FILE || isAbsolute(name) || name.split('/').some((p) => p === '..' || p === '' || p === '.'))
      throw new Error(`writeDirAtomically: bad file name ${JSON.stringify(name)}`);
  }
  const tmp = `${target}.tmp-${process.pid}`;
  let madeParent: string | undefined;
  try {
    assertReplaceable(dir, opts.command);
    recoverOutDir(target);
    madeParent = mkdirSync(dirname(target), { recursive: true });
    if (exists(tmp)) {
      if (!isOurTmp(tmp))
        throw new ParameterError(
          '--out',
          dir,
          `a folder whose sibling ${tmp} is free (it holds files goodhart did not write; move it away)`,
        );
      rmSync(tmp, { recursive: true, force: true });
    }
    mkdirSync(tmp);
    // The sentinel goes in first: a tmp folder without it (or the marker) is never removed as ours.
    writeDurably(join(tmp, WRITING_SENTINEL), '');
    for (const [name, content] of files) {
      const path = join(tmp, name);
      mkdirSync(dirname(path), { recursive: true });
      opts.onStep?.('write', path);
      writeDurably(path, content);
    }
    opts.onStep?.('write', join(tmp, MARKER_FILE));
    writeDurably(join(tmp, MARKER_FILE), markerText(opts.command, files.keys()));
    rmSync(join(tmp, WRITING_SENTINEL)); // the marker now says the folder is ours
    syncDir(tmp);
    // Look again: the folder may have changed during a long run.
    const state = assertReplaceable(dir, opts.command);
    swapIn(tmp, target, state, opts.onStep);
    syncDir(dirname(target));
  } catch (e) {
    removeQuietly(tmp);
    if (madeParent !== undefined) removeEmptyParents(dirname(target), madeParent);
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOSPC' || err.code === 'EDQUOT' || err.code === 'EFBIG' || err.code === 'EIO')
      throw new OutputError(target, err.code);
    if (['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'ENAMETOOLONG', 'EBUSY', 'EXDEV', 'ELOOP'].includes(err.code ?? '')) {
      throw new ParameterError('--out', dir, `a writable directory (${err.code}: ${err.message})`);
    }
    throw e;
  }
  return target;
}

/** Put the complete `tmp` at `target`: at every instant the old or the new result is findable. */
function swapIn(tmp: string, target: string, state: OutDirState, onStep: WriteDirOptions['onStep']): void {
  if (state.kind === 'missing') {
    renameSync(tmp, target);
    return;
  }
  if (state.kind === 'empty') {
    rmdirSync(target); // an empty folder holds nothing to keep
    renameSync(tmp, target);
    return;
  }
  const old = `${target}.old-${process.pid}`;
  // The journal names the folder about to be moved aside: recovery restores or removes only an
  // `.old-` folder that a journal names, never a user's own folder that happens to look like one.
  const journal = swapJournal(target, process.pid);
  writeDurably(journal, `${old}\n`);
  syncDir(dirname(target));
  renameSync(target, old);
  try {
    onStep?.('moved-old', old);
    renameSync(tmp, target);
  } catch (e) {
    renameSync(old, target); // put the previous result back
    rmSync(journal, { force: true });
    throw e;
  }
  onStep?.('swapped', target);
  try {
    removeResultDir(old);
    rmSync(journal, { force: true });
  } catch {
    // The new result is in place; what is left of the old one goes at the next write (recover-dir.ts).
  }
}

/** Write a file and flush it to the disk (a crash after the swap must not leave empty files). */
export function writeDurably(path: string, content: OutputContent): void {
  const fd = openSync(path, 'w');
  try {
    const put = (chunk: string | Uint8Array) => {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off, buf.length - off);
    };
    if (typeof content === 'function') content(put);
    else put(content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flush a folder's entries (the renames) to the disk; not every platform allows it, so errors are ignored. */
export function syncDir(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    // e.g. Windows cannot open a folder
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Remove the folders this write created above the target, deepest first, while they are empty. */
function removeEmptyParents(from: string, top: string): void {
  for (let p = from; p.length >= top.length; p = dirname(p)) {
    try {
      rmdirSync(p);
    } catch {
      return;
    }
    if (p === top) return;
  }
}

/** Remove a path if possible; cleanup must not mask the error being reported (e.g. ENOTDIR). */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // nothing was created there
  }
}
