/**
 * `cmd:<command line>`: a scorer in any language, an external program run once per score() call
 * under the versioned protocol of docs/external-scorers.md:
 *
 *   Observation ─▶ temporary folder (os.tmpdir(), one per call): edges.csv, accounts.csv,
 *   interactions.csv, events.csv, posts.csv, observation.json (./external/observation-files.ts)
 *   ─▶ /bin/sh -c <command>  (stdin: edges.csv; env: GOODHART_SCORER_PROTOCOL=1 and the paths;
 *      time limit, memory limit: ./external/run-program.ts)
 *   ─▶ stdout `agent,score` rows ─▶ Float64Array (./external/parse-scores.ts) ─▶ folder removed
 *
 * Opt-in additions (docs/external-scorers.md): `format` parquet or both adds Parquet copies of the
 * tables (written through src/io/parquet.ts on a helper thread, ./external/program-host.ts);
 * `persistent` keeps the program running and sends it one observation folder per call on stdin
 * (./external/persistent.ts), so a program that takes seconds to start pays that once per thread.
 *
 * The program gets exactly the Observation (never the hidden layer, which is not written). Every
 * way it can fail — cannot start, non-zero exit, killed, over the time limit, no output, output on
 * stderr only, too few rows, unknown or repeated agents, scores that are not finite numbers — is
 * one ExternalScorerError naming the scorer and the problem, so the gauntlet fails that cell only.
 * Source: the protocol is this project's own (docs/external-scorers.md).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GoodhartError } from '../errors.js';
import type { Observation } from '../model/observation.js';
import {
  PARQUET_FILES,
  PARQUET_TYPES,
  SCORER_PROTOCOL_VERSION,
  writeObservationFiles,
  type ScorerFormat,
  type TableName,
} from './external/observation-files.js';
import { parseScores, quote, ScoresFormatError } from './external/parse-scores.js';
import { askPersistent, unterminated, type PersistentRun } from './external/persistent.js';
import { askHost } from './external/program-host.js';
import { runProgram, type ProgramLimits, type ProgramRun } from './external/run-program.js';
import type { Scorer } from './scorer.js';

/** The prefix of a command scorer spec: `cmd:python3 my_scorer.py`. */
export const COMMAND_PREFIX = 'cmd:';

/** Limits of each run of an external scorer's program, and the protocol's opt-in additions. */
export interface CommandLimits extends ProgramLimits {
  /** Tables as `csv` (protocol 1, the default), `parquet`, or `both`. */
  readonly format?: ScorerFormat | undefined;
  /** Persistent mode: one program per thread, one observation folder per call on its stdin. */
  readonly persistent?: boolean | undefined;
}

/** Default limits: 60 s per run, no memory limit, CSV files, one program run per call. */
export const DEFAULT_COMMAND_LIMITS: CommandLimits = { timeoutSeconds: 60, memoryMb: 0 };

/** Milliseconds the helper thread may take to write one observation's Parquet files. */
const PARQUET_LIMIT_MS = 120_000;

/** An external scorer failed in one call (exit code 3, like a crashing scorer module). */
export class ExternalScorerError extends GoodhartError {
  override exitCode = 3;
  constructor(
    readonly scorer: string,
    /** One line: what went wrong. */
    readonly detail: string,
    /** True when the time limit stopped the program. */
    readonly timedOut = false,
  ) {
    super(`scorer ${scorer}: ${detail}`);
  }
}

/** A scorer backed by an external program. */
export interface CommandScorer extends Scorer {
  readonly command: string;
  readonly limits: CommandLimits;
}

/** True when `spec` names an external program (`cmd:…`). */
export function isCommandSpec(spec: string): boolean {
  return spec.trim().startsWith(COMMAND_PREFIX);
}

/**
 * The id of a command scorer: `cmd:` and the command line with every run of characters other than
 * letters, digits and . _ @ - replaced by `_` (at most 60 of them), e.g.
 * `python3 examples/scorers/pagerank.py` → `cmd:python3_examples_scorers_pagerank.py`.
 */
export function commandScorerId(command: string): string {
  const tail = command
    .trim()
    .replace(/[^a-z0-9._@-]+/gi, '_')
    .replace(/^[_.@-]+|_+$/g, '')
    .slice(0, 60);
  return `${COMMAND_PREFIX}${tail || 'program'}`;
}

let runListener: ((maxMs: number) => void) | null = null;

/**
 * Be told before each program run how long it may take at most (ms): the gauntlet's worker uses
 * it to extend its cell's time limit by that much, so the program's own limit applies to it.
 */
export function onExternalRun(listener: ((maxMs: number) => void) | null): void {
  runListener = listener;
}

/** The last non-blank line of a stream, shortened, for a one-line message. */
function lastLine(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return quote(lines[lines.length - 1] ?? '', 160);
}

/** Why a finished run gave no scores, or null when its stdout is to be read. */
function runProblem(run: ProgramRun, limits: CommandLimits): { detail: string; timedOut: boolean } | null {
  const memo = limits.memoryMb > 0 ? ` (memory limit ${limits.memoryMb} MB)` : '';
  const err = run.stderr.trim() === '' ? '' : `; stderr: ${lastLine(run.stderr)}`;
  if (run.startError !== null) return { detail: `could not start /bin/sh: ${run.startError}`, timedOut: false };
  if (run.timedOut)
    return {
      detail: `timed out: no answer within ${limits.timeoutSeconds} s (--scorer-timeout); the program and its children were stopped`,
      timedOut: true,
    };
  if (run.signal !== null) return { detail: `killed by ${run.signal}${memo}${err}`, timedOut: false };
  if (run.status === 127) return { detail: `command not found (exit code 127)${err}`, timedOut: false };
  if (run.status !== 0) return { detail: `exited with code ${run.status}${memo}${err}`, timedOut: false };
  if (run.stdout.trim() === '')
    return {
      detail:
        run.stderr.trim() === ''
          ? 'exited 0 without output (expected agent,score rows on stdout)'
          : `printed nothing on stdout, only on stderr: ${lastLine(run.stderr)}`,
      timedOut: false,
    };
  return null;
}

/** Why a persistent request gave no scores, or null when its answer is to be read. */
function persistentProblem(run: PersistentRun, limits: CommandLimits): { detail: string; timedOut: boolean } | null {
  const memo = limits.memoryMb > 0 ? ` (memory limit ${limits.memoryMb} MB)` : '';
  const err = run.stderr.trim() === '' ? '' : `; stderr: ${lastLine(run.stderr)}`;
  if (run.startError !== null) return { detail: `could not start /bin/sh: ${run.startError}`, timedOut: false };
  if (run.timedOut)
    return {
      detail: `timed out: no answer ended by a line "end" within ${limits.timeoutSeconds} s (--scorer-timeout, persistent mode); the program and its children were stopped`,
      timedOut: true,
    };
  if (run.answered)
    return run.stdout.trim() === ''
      ? { detail: 'answered no rows before its terminator line (expected agent,score rows)', timedOut: false }
      : null;
  if (run.signal !== null) return { detail: `killed by ${run.signal} ${unterminated(run)}${memo}${err}`, timedOut: false };
  if (run.status === 127) return { detail: `command not found (exit code 127)${err}`, timedOut: false };
  return { detail: `exited with code ${run.status} ${unterminated(run)}${memo}${err}`, timedOut: false };
}

/** Write the Parquet copies of `tables` into `dir` on the helper thread; throws ExternalScorerError. */
function writeParquetFiles(id: string, dir: string, tables: Record<TableName, string>): void {
  const names = Object.keys(tables) as TableName[];
  const r = askHost(
    { type: 'parquet', dir, tables: names.map((t) => ({ name: PARQUET_FILES[t], csv: tables[t], columns: PARQUET_TYPES[t] })) },
    PARQUET_LIMIT_MS,
  );
  if (r === null) throw new ExternalScorerError(id, `Parquet files not written within ${PARQUET_LIMIT_MS / 1000} s`);
  if (!r.ok) throw new ExternalScorerError(id, `Parquet files not written: ${'error' in r ? r.error : 'no reason given'}`);
}

/** The environment variables naming the files of one call (format: which of them exist). */
function fileEnv(paths: Readonly<Record<string, string>>, dir: string, format: ScorerFormat): Record<string, string> {
  const env: Record<string, string> = {};
  if (format !== 'parquet')
    Object.assign(env, {
      GOODHART_EDGES: paths.edges!,
      GOODHART_ACCOUNTS: paths.accounts!,
      GOODHART_INTERACTIONS: paths.interactions!,
      GOODHART_EVENTS: paths.events!,
      GOODHART_POSTS: paths.posts!,
    });
  if (format !== 'csv') for (const [t, f] of Object.entries(PARQUET_FILES)) env[`GOODHART_${t.toUpperCase()}_PARQUET`] = join(dir, f);
  return env;
}

/**
 * A scorer that runs `command` (a /bin/sh command line, read in the current working directory)
 * once per score() call. Throws ExternalScorerError from score() when the program fails.
 */
export function commandScorer(command: string, limits: CommandLimits = DEFAULT_COMMAND_LIMITS): CommandScorer {
  const id = commandScorerId(command);
  return {
    id,
    family: 'user',
    version: 'external',
    description: `external program: ${command}`,
    source: 'the program itself (protocol: docs/external-scorers.md)',
    command,
    limits,
    score(obs: Observation): Float64Array {
      const format = limits.format ?? 'csv';
      const dir = mkdtempSync(join(tmpdir(), 'goodhart-scorer-'));
      try {
        const { paths, tables } = writeObservationFiles(dir, obs, format);
        if (format !== 'csv') writeParquetFiles(id, dir, tables);
        runListener?.((limits.timeoutSeconds + 5) * 1000);
        let stdout: string;
        if (limits.persistent) {
          const env = {
            GOODHART_SCORER_PROTOCOL: String(SCORER_PROTOCOL_VERSION),
            GOODHART_SCORER_MODE: 'persistent',
            GOODHART_SCORER_FORMAT: format,
          };
          const run = askPersistent(command, dir, env, limits);
          const problem = persistentProblem(run, limits);
          if (problem) throw new ExternalScorerError(id, problem.detail, problem.timedOut);
          stdout = run.stdout;
        } else {
          const env = {
            GOODHART_SCORER_PROTOCOL: String(SCORER_PROTOCOL_VERSION),
            ...(format === 'csv' ? {} : { GOODHART_SCORER_FORMAT: format }),
            GOODHART_OBSERVATION_DIR: dir,
            GOODHART_OBSERVATION: paths.meta,
            ...fileEnv(paths, dir, format),
            GOODHART_N: String(obs.n),
            GOODHART_TICK: String(obs.tick),
          };
          const run = runProgram(command, format === 'parquet' ? '/dev/null' : paths.edges, env, limits);
          const problem = runProblem(run, limits);
          if (problem) throw new ExternalScorerError(id, problem.detail, problem.timedOut);
          stdout = run.stdout;
        }
        try {
          return parseScores(stdout, obs.n);
        } catch (e) {
          if (e instanceof ScoresFormatError) throw new ExternalScorerError(id, e.detail);
          throw e;
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
