/**
 * How the gauntlet names a scorer so a worker thread can load it on its own: a registered id
 * (`pagerank`, `klout-like@v2`), a formula (`formula:...`), a user module file (`./my-scorer.ts`)
 * or an external program (`cmd:python3 my_scorer.py`, with its time and memory limits per run).
 * Files load through loadUserScorer, exactly as `score` loads them; the loader and the formula
 * machinery (mathjs, slow to load) are imported only when a file or formula is named.
 * Results are checked per cell by the runner (Float64Array, length n, finite).
 */
import { resolve } from 'node:path';
import { getScorer } from '../metrics/registry.js';
import type { Scorer } from '../metrics/scorer.js';
import { isScorerFile } from '../metrics/scorer-spec.js';
import { COMMAND_PREFIX, commandScorer, DEFAULT_COMMAND_LIMITS, isCommandSpec, type CommandLimits } from '../metrics/command-scorer.js';

/** A scorer by registered id / formula spec, by module file (absolute path), or an external program. */
export type ScorerRef =
  | { readonly kind: 'registered'; readonly spec: string }
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'command'; readonly cmd: string; readonly limits: CommandLimits };

/**
 * Parse the `--scorer` argument: `cmd:<command line>` (an external program, run with `limits`),
 * a path (contains `/` or ends in .ts/.mts/.cts/.js/.mjs/.cjs) or a spec.
 */
export function parseScorerRef(arg: string, limits: CommandLimits = DEFAULT_COMMAND_LIMITS): ScorerRef {
  if (isCommandSpec(arg)) return { kind: 'command', cmd: arg.trim().slice(COMMAND_PREFIX.length).trim(), limits };
  return isScorerFile(arg) ? { kind: 'file', path: resolve(arg.trim()) } : { kind: 'registered', spec: arg.trim() };
}

/**
 * Load the scorer a ref names. A file goes through the one user-scorer loader
 * (loadUserScorer: the same as `score`, contained, output checked). Throws InputFormatError (file),
 * ScorerCrashError (the file's code failed while loading) or UnknownNameError (id).
 */
export async function loadScorerRef(ref: ScorerRef): Promise<Scorer> {
  if (ref.kind === 'command') return commandScorer(ref.cmd, ref.limits);
  if (ref.kind === 'registered' && !ref.spec.startsWith('formula:')) return getScorer(ref.spec);
  const { resolveScorer, loadUserScorer } = await import('../metrics/load-user-scorer.js');
  return ref.kind === 'registered' ? resolveScorer(ref.spec) : loadUserScorer(ref.path);
}
