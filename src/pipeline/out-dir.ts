/**
 * The rules for an output folder (`--out`), checked before any work so a bad `--out` fails in a
 * second rather than after minutes of simulation:
 *
 *   - `--out ''`, the working directory or one of its parents, an existing file, a path inside a
 *     file, a symbolic link: refused (ParameterError naming --out).
 *   - a missing or empty folder: written.
 *   - a non-empty folder without the marker `.goodhart.json`, a result of another command, or a
 *     result someone added files to: refused, with or without --force.
 *   - a previous result of the same command: replaced when it is the command's default folder
 *     (so `npm start` twice works), or with `--force` when the user named it with --out.
 *
 * Leftovers of a killed write (`<out>.tmp-<pid>`, `<out>.old-<pid>`) are recovered first
 * (src/io/recover-dir.ts). Then the nearest existing ancestor must be a directory in which we can
 * really create entries (a probe directory is made and removed at once), as root too (where
 * permission bits alone say yes even on a read-only or virtual file system).
 */
import { existsSync, mkdtempSync, rmdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ParameterError } from '../errors.js';
import { assertReplaceable, assertWritableTarget, writeDirAtomically, type OutputFiles } from '../io/atomic-dir.js';
import { recoverOutDir } from '../io/recover-dir.js';

/** Where a command writes, and whether it may replace a previous result of its own there. */
export interface OutTarget {
  /** The folder as the user typed it (or the default). */
  readonly dir: string;
  /** The command writing it: run, truth, score, gauntlet, lesson, lessons. */
  readonly command: string;
  /** `--force` was given: a previous result of the same command at a named --out may be replaced. */
  readonly force: boolean;
  /** No --out was given: `dir` is the command's default folder, replaced by the same command without --force. */
  readonly isDefault: boolean;
}

/** The target of a command from its `--out` and `--force` options, or its default folder. */
export function outTarget(options: Readonly<Record<string, unknown>>, command: string, defaultDir: string): OutTarget {
  const out = options.out as string | undefined;
  return { dir: out ?? defaultDir, command, force: options.force === true, isDefault: out === undefined };
}

/** `--force` in a command's options and help. */
export const FORCE_OPTION = {
  kind: 'bool',
  description:
    "replace a previous result of this same command at --out (never a folder goodhart did not write, nor another command's result)",
  default: false,
} as const;

/** The rules of --out in one line, for each writing command's help. */
export const OUT_RULES =
  'an existing --out must be empty or a previous result of this command (--force to replace it; its default folder is replaced without)';

/** Throw ParameterError (field `--out`) unless the target can be written (see module doc). */
export function checkOutDir(t: OutTarget): void {
  const { dir } = t;
  assertReplaceable(dir, t.command); // '', the working directory, a file...: refused before touching anything
  try {
    recoverOutDir(resolve(dir));
  } catch (e) {
    throw new ParameterError(
      '--out',
      dir,
      `a folder whose leftovers of a killed run can be cleaned up (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  const state = assertReplaceable(dir, t.command);
  if (state.kind === 'result' && !t.isDefault && !t.force) {
    throw new ParameterError(
      '--out',
      dir,
      `a new or empty folder (it holds a previous goodhart ${t.command} result: add --force to replace it)`,
    );
  }
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
    throw new ParameterError(
      '--out',
      dir,
      `a directory that can be created (${holder}: ${(e as NodeJS.ErrnoException).code ?? 'not writable'})`,
    );
  }
}

/** Write a command's result folder (checked again just before the swap). Returns the absolute path. */
export function writeResult(t: OutTarget, files: OutputFiles): string {
  return writeDirAtomically(t.dir, files, { command: t.command });
}
