/**
 * The one reading of `--scorers` (and its older spelling `--scorer`) for `run`, `score` and
 * `gauntlet`: a comma-separated list of registered ids (`pagerank`, `klout-like@v2`), formulas
 * (`formula:<expression>`) and scorer module files (`./my-scorer.ts`, `.js`, `.mjs`; also any
 * other existing path that is not a registered id, as `--scorer dir` was read before), each
 * resolved through src/metrics/load-user-scorer.ts and contained (a user scorer that crashes is a
 * ScorerCrashError: exit code 3). Each scorer once.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ParameterError, UnknownNameError } from '../errors.js';
import { checkedOutput, loadUserScorer, resolveScorer, splitScorerList, type GuardedScorer } from '../metrics/load-user-scorer.js';
import { isScorerFile } from '../metrics/scorer-spec.js';
import { errorSink } from '../metrics/user-code.js';
import { commandScorer, DEFAULT_COMMAND_LIMITS, isCommandSpec, type CommandLimits } from '../metrics/command-scorer.js';
import { parseScorerRef, type ScorerRef } from '../gauntlet/scorer-ref.js';
import type { OptionSpec } from './args.js';

/** True when `spec` is a formula or a registered id (so a same-named path on disk does not shadow it). */
function isRegistered(spec: string): boolean {
  if (spec.startsWith('formula:')) return true;
  try {
    resolveScorer(spec);
    return true;
  } catch (e) {
    if (e instanceof UnknownNameError) return false;
    throw e;
  }
}

/** A resolved scorer and the ref a worker thread loads it by. */
export interface ResolvedScorer {
  readonly scorer: GuardedScorer;
  readonly ref: ScorerRef;
}

/** The help line of `--scorers`, the same in every command; `def` says what is used without it. */
export function scorersOption(def: string): OptionSpec {
  return {
    kind: 'text',
    description: `comma-separated scorers: registered ids (goodhart scorers), formula:<expr>, scorer files (./my-scorer.ts, .js, .mjs) or cmd:<program> (docs/external-scorers.md); default: ${def}`,
    placeholder: 'a,b,c',
  };
}

/** `--scorer`, kept for older command lines: the same list as `--scorers`, read the same way. */
export const SCORER_ALIAS_OPTION: OptionSpec = {
  kind: 'text',
  description: 'the same as --scorers (older spelling; both may be given, the lists are joined)',
  placeholder: 'a,b,c',
};

/**
 * Resolve every spec of the comma-separated lists (ids, formulas, files, `cmd:` programs run with
 * `limits`), in order. Throws ParameterError (field `--scorers`) for a scorer named twice or an
 * empty `cmd:`, UnknownNameError for an unknown id, FormulaError for a bad formula,
 * InputFormatError for a missing or malformed file. A program is not run here: one that fails
 * fails its cells.
 */
export async function resolveScorerList(
  lists: readonly (string | undefined)[],
  limits: CommandLimits = DEFAULT_COMMAND_LIMITS,
): Promise<ResolvedScorer[]> {
  const out: ResolvedScorer[] = [];
  for (const list of lists)
    for (const spec of splitScorerList(list ?? '')) {
      if (isCommandSpec(spec)) {
        const ref = parseScorerRef(spec, limits);
        if (ref.kind !== 'command' || ref.cmd === '')
          throw new ParameterError('--scorers', spec, 'cmd: followed by a command line, e.g. cmd:"python3 my_scorer.py"');
        const scorer = commandScorer(ref.cmd, limits);
        out.push({ scorer: { ...scorer, sink: errorSink(scorer.id, null) }, ref });
      } else if (isScorerFile(spec) || (!isRegistered(spec) && existsSync(spec)))
        out.push({ scorer: await loadUserScorer(spec), ref: { kind: 'file', path: resolve(spec) } });
      else out.push({ scorer: checkedOutput(resolveScorer(spec), spec), ref: { kind: 'registered', spec } });
    }
  const seen = new Set<string>();
  for (const { scorer: s } of out) {
    if (seen.has(s.id)) throw new ParameterError('--scorers', s.id, 'each scorer once');
    seen.add(s.id);
  }
  return out;
}
