/**
 * The sweep folder (docs/sweeps.md): opened, checked and resumed. Unlike the other commands'
 * folders (written whole by src/io/atomic-dir.ts), a sweep folder grows one cell file at a time,
 * each written crash-safely, so a sweep killed at any moment loses no finished cell:
 *
 *   .goodhart.json   marker (command "sweep"), written first      experiment.json  resolved experiment + hash
 *   cells/<id>.csv   one finished cell's rows                      failed/<id>.json a cell the model refused
 *   shard.json       a shard's folder only                         rows.csv, rows.parquet  at the end
 *
 * Opening: a sweep folder of the same experiment (same hash) is continued; of another experiment,
 * refused naming the first differing field (`--force` discards it); anything else at --out follows
 * the out-dir rules of src/pipeline/out-dir.ts (missing or empty: used; anything else: refused).
 * The opener holds the folder's lock (`.sweep.lock`, src/sweep/lock.ts) from before it reads the
 * folder until it releases it: a second sweep on the same folder is refused (FolderBusyError).
 * No external source.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ParameterError } from '../errors.js';
import { MARKER_FILE, markerText, readMarker } from '../io/result-marker.js';
import { checkOutDir, outTarget } from '../pipeline/out-dir.js';
import { firstDifference, canonicalJson } from './canonical.js';
import { experimentFileText, experimentHash, type Experiment } from './experiment.js';
import type { Shard } from './cells.js';
import { LOCK_FILE, acquireSweepLock, type SweepLock } from './lock.js';
import { isTempName, removeTempFiles, writeFileAtomic } from './files.js';

/** The command name in a sweep folder's marker. */
export const SWEEP_COMMAND = 'sweep';

const TOP_FILES = new Set([MARKER_FILE, 'experiment.json', 'shard.json', 'rows.csv', 'rows.parquet', 'sweep-report.html']);
const CELL_FILE = /^c[0-9]{6,}\.csv$/;
const FAILED_FILE = /^c[0-9]{6,}\.json$/;

/** The first entry of a sweep folder that the sweep did not write, or null. */
function firstForeign(dir: string): string | null {
  for (const name of readdirSync(dir).sort()) {
    const st = lstatSync(join(dir, name));
    if (st.isFile() && (TOP_FILES.has(name) || isTempName(name) || isLockName(name))) continue;
    if (st.isDirectory() && name === 'charts') continue; // the sweep report's charts
    if (st.isDirectory() && (name === 'cells' || name === 'failed')) {
      const pattern = name === 'cells' ? CELL_FILE : FAILED_FILE;
      for (const inner of readdirSync(join(dir, name)).sort()) {
        const ist = lstatSync(join(dir, name, inner));
        if (!ist.isFile() || !(pattern.test(inner) || isTempName(inner))) return `${name}/${inner}`;
      }
      continue;
    }
    return st.isDirectory() ? `${name}/` : name;
  }
  return null;
}

/** Is `name` the lock file, or one being taken over (src/sweep/lock.ts)? */
function isLockName(name: string): boolean {
  return name === LOCK_FILE || name.startsWith(`${LOCK_FILE}.stale-`);
}

/** Is `dir` (absolute) a sweep folder (a real directory with a sweep marker)? */
export function isSweepFolder(dir: string): boolean {
  try {
    if (!lstatSync(dir).isDirectory()) return false;
  } catch {
    return false;
  }
  return readMarker(dir)?.command === SWEEP_COMMAND;
}

/** The experiment stored in a sweep folder (experiment.json, hash included), or null when it has none yet. */
export function readStoredExperiment(dir: string): (Experiment & { hash: string }) | null {
  const path = join(dir, 'experiment.json');
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as Experiment & { hash: string };
}

/** Options of {@link openSweepFolder}. */
export interface OpenOptions {
  /** --out as typed. */
  readonly dir: string;
  readonly experiment: Experiment;
  readonly shard?: Shard | undefined;
  /** Discard a sweep folder of another experiment. */
  readonly force?: boolean | undefined;
  /** The folder must already hold this experiment's sweep. */
  readonly resume?: boolean | undefined;
  /** Lines for the user (a stale lock taken over). */
  readonly onLog?: ((line: string) => void) | undefined;
}

/** An open sweep folder: its absolute path and the lock this process holds on it. */
export interface OpenSweepFolder {
  readonly dir: string;
  /** Release it when done writing (also on failure). */
  readonly lock: SweepLock;
}

/** Rewrite the marker, listing every file now in the folder (temporary files excepted). */
export function writeMarker(dir: string): void {
  const files: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const r = rel === '' ? name : `${rel}/${name}`;
      if (r === MARKER_FILE || isTempName(name) || isLockName(name)) continue;
      if (lstatSync(join(dir, r)).isDirectory()) walk(r);
      else files.push(r);
    }
  };
  walk('');
  writeFileAtomic(join(dir, MARKER_FILE), markerText(SWEEP_COMMAND, files));
}

/**
 * Open (create, continue, or refuse) the sweep folder for an experiment, and take its lock.
 * After it, the folder holds the marker, experiment.json (and shard.json for a shard), cells/ and
 * failed/, and the caller holds the lock (release it when done). A folder another live sweep is
 * writing is a FolderBusyError.
 */
export function openSweepFolder(o: OpenOptions): OpenSweepFolder {
  const dir = resolve(o.dir);
  let lock: SweepLock | undefined;
  try {
    if (isSweepFolder(dir)) {
      lock = acquireSweepLock(dir, o.onLog);
      const foreign = firstForeign(dir);
      if (foreign !== null)
        throw new ParameterError(
          '--out',
          o.dir,
          `a sweep folder holding only what goodhart wrote (${JSON.stringify(foreign)} was added to it)`,
        );
      const stored = checkStoredExperiment(dir, o);
      if (o.resume && !stored)
        throw new ParameterError('--resume', o.dir, 'a sweep folder of this same experiment to continue (it holds none yet)');
    } else {
      if (o.resume)
        throw new ParameterError('--resume', o.dir, 'a sweep folder of this same experiment to continue (there is none at --out)');
      checkOutDir(outTarget({ out: o.dir, force: o.force === true }, SWEEP_COMMAND, o.dir));
      mkdirSync(dir, { recursive: true });
      if (!existsSync(join(dir, MARKER_FILE))) writeFileAtomic(join(dir, MARKER_FILE), markerText(SWEEP_COMMAND, []));
      lock = acquireSweepLock(dir, o.onLog);
      // another sweep may have opened the new folder between our check and our lock: judge what it wrote
      checkStoredExperiment(dir, { ...o, force: false });
    }
    for (const sub of ['', 'cells', 'failed']) {
      mkdirSync(join(dir, sub), { recursive: true });
      removeTempFiles(join(dir, sub));
    }
    if (!existsSync(join(dir, MARKER_FILE))) writeFileAtomic(join(dir, MARKER_FILE), markerText(SWEEP_COMMAND, []));
    // shard.json before experiment.json: a folder with an experiment always has its shard settled.
    if (o.shard && !existsSync(join(dir, 'shard.json')))
      writeFileAtomic(join(dir, 'shard.json'), canonicalJson({ count: o.shard.count, index: o.shard.index }));
    if (!existsSync(join(dir, 'experiment.json'))) writeFileAtomic(join(dir, 'experiment.json'), experimentFileText(o.experiment));
    writeMarker(dir);
    return { dir, lock };
  } catch (e) {
    lock?.release();
    throw e;
  }
}

/**
 * In a sweep folder whose lock we hold: the stored experiment must be this one (then its shard
 * must match; returns true), or none yet (false); another experiment is refused naming the first
 * differing field, or with `force` discarded (false).
 */
function checkStoredExperiment(dir: string, o: OpenOptions): boolean {
  const hash = experimentHash(o.experiment);
  let stored: (Experiment & { hash: string }) | null;
  try {
    stored = readStoredExperiment(dir);
  } catch (e) {
    // Written whole (renamed into place), so an unreadable one was edited: never guess what it held.
    throw new ParameterError('--out', o.dir, `a sweep folder whose experiment.json can be read (${(e as Error).message})`);
  }
  if (stored && stored.hash !== hash) {
    const { hash: _h, ...rest } = stored;
    const field = firstDifference(rest, JSON.parse(canonicalJson(o.experiment))) ?? 'hash';
    if (!o.force)
      throw new ParameterError(
        '--out',
        o.dir,
        `a new folder or one holding this same experiment (it holds the sweep of another experiment, which differs at ${JSON.stringify(field)}; name another --out, or add --force to discard it)`,
      );
    for (const name of readdirSync(dir)) if (!isLockName(name)) rmSync(join(dir, name), { recursive: true, force: true });
    return false;
  }
  if (stored) {
    checkShard(dir, o.shard);
    return true;
  }
  rmSync(join(dir, 'shard.json'), { force: true }); // left by an open killed before experiment.json: no cell ran yet
  return false;
}

/** A folder's shard.json must match the shard asked for (none for a whole sweep). */
function checkShard(dir: string, shard: Shard | undefined): void {
  const path = join(dir, 'shard.json');
  const stored = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Shard) : undefined;
  const same =
    stored === undefined ? shard === undefined : shard !== undefined && stored.index === shard.index && stored.count === shard.count;
  if (!same)
    throw new ParameterError(
      '--shard',
      shard ? `${shard.index}/${shard.count}` : '(none)',
      stored ? `${stored.index}/${stored.count}, the shard this folder holds` : 'no shard: this folder holds the whole sweep',
    );
}

/** Ids of the finished cells in a sweep folder (cells/<id>.csv present). */
export function finishedCells(dir: string): Set<string> {
  const cells = join(dir, 'cells');
  if (!existsSync(cells)) return new Set();
  return new Set(
    readdirSync(cells)
      .filter((n) => CELL_FILE.test(n))
      .map((n) => n.slice(0, -4)),
  );
}

/** Ids of the failed cells in a sweep folder (failed/<id>.json present). */
export function failedCells(dir: string): Set<string> {
  const failed = join(dir, 'failed');
  if (!existsSync(failed)) return new Set();
  return new Set(
    readdirSync(failed)
      .filter((n) => FAILED_FILE.test(n))
      .map((n) => n.slice(0, -5)),
  );
}
