/**
 * Scorers from outside the registry: a user's own module (`--scorers ./my-scorer.ts`) and the
 * scorer specs the CLI accepts (`pagerank`, `klout-like@v2`, `formula:<expression>`).
 * A module must export a Scorer as its default export or as `scorer`; a module of the wrong shape
 * gets an error naming the file and what is missing. Files load through tsx's loader where tsx is
 * installed, so `.ts` works under plain Node, tsx and vitest alike (src/metrics/import-module.ts).
 */
import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { GoodhartError, InputFormatError, ParameterError } from '../errors.js';
import type { Observation } from '../model/observation.js';
import { formulaScorer } from './formula.js';
import { getScorer } from './registry.js';
import type { Scorer, ScorerContext, ScorerFamily } from './scorer.js';
import { importUserModule } from './import-module.js';
import { describeError, errorSink, isolatedCopy, runUserCode, ScorerCrashError, takeAsyncErrors, type ErrorSink } from './user-code.js';

const FAMILIES: readonly ScorerFamily[] = ['attention', 'graph', 'relational', 'formula', 'user'];

/** The one rule for a scorer id (user modules; `score` and `gauntlet` alike): letters, digits, - . _ @ :, no spaces or commas. */
export const SCORER_ID_RULE = 'letters, digits, - . _ @ : (no spaces or commas)';

/** True when `id` follows {@link SCORER_ID_RULE}. */
export function isValidScorerId(id: string): boolean {
  return /^[a-z0-9][a-z0-9._@:-]*$/i.test(id);
}

/**
 * Check that `value` has the Scorer shape; returns it typed, or throws InputFormatError naming
 * `file` and the first thing missing (e.g. "my-scorer.ts: export has no `score` function").
 */
export function checkScorerShape(value: unknown, file: string): Scorer {
  const where = basename(file);
  if (value === null || typeof value !== 'object')
    throw new InputFormatError(where, null, `export is ${value === null ? 'null' : typeof value}, not a Scorer object`);
  const s = value as Record<string, unknown>;
  if (typeof s.score !== 'function') throw new InputFormatError(where, null, 'export has no `score` function (score(obs) => Float64Array)');
  for (const key of ['id', 'version', 'description', 'source'] as const) {
    if (typeof s[key] !== 'string' || s[key] === '') throw new InputFormatError(where, null, `export has no \`${key}\` string`);
  }
  if (!isValidScorerId(s.id as string))
    throw new InputFormatError(where, null, `export's \`id\` ${JSON.stringify(s.id)} must be ${SCORER_ID_RULE}`);
  if (!FAMILIES.includes(s.family as ScorerFamily))
    throw new InputFormatError(where, null, `export's \`family\` is ${JSON.stringify(s.family)}; allowed: ${FAMILIES.join(', ')}`);
  return s as unknown as Scorer;
}

/** A scorer whose code is contained (see user-code.ts): its asynchronous failures land in `sink`. */
export interface GuardedScorer extends Scorer {
  readonly sink: ErrorSink;
}

/** True for errors of the file itself (not found, syntax, resolution) rather than of code it ran. */
function isLoadError(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const code = (e as { code?: unknown }).code;
  return (
    e.name === 'SyntaxError' ||
    e.name === 'TransformError' ||
    (typeof code === 'string' && code.startsWith('ERR_')) ||
    /Transform failed/.test(e.message)
  );
}

/**
 * Load a user scorer module and check its shape: the one loader of `score`, `gauntlet` and the
 * gauntlet's worker threads. The file is imported through tsx's own loader (`tsImport`), so a
 * `.ts` file loads the same from any folder, with or without a package.json of type module, and
 * with or without a tsx hook in the current thread. Its top-level code runs contained: a throw or
 * process.exit there is a ScorerCrashError naming the file (exit code 3); a missing file, a
 * syntax error or a module of the wrong shape is an InputFormatError (exit code 2). The returned
 * scorer checks its own output each time it runs (see {@link checkedOutput}).
 * @param path a .ts, .mts, .cts, .js, .mjs or .cjs file, relative to the working directory or absolute.
 */
export async function loadUserScorer(path: string): Promise<GuardedScorer> {
  const abs = resolve(path);
  const where = basename(path);
  if (!existsSync(abs) || !statSync(abs).isFile()) throw new InputFormatError(path, null, 'scorer file not found');
  const sink = errorSink(where, abs);
  let mod: Record<string, unknown>;
  try {
    mod = await runUserCode(sink, () => importUserModule(abs));
  } catch (e) {
    if (e instanceof ScorerCrashError || e instanceof InputFormatError) throw e;
    if (isLoadError(e)) throw new InputFormatError(where, null, `scorer file does not load: ${describeError(e, abs)}`);
    throw new ScorerCrashError(where, `while loading: ${describeError(e, abs)}`);
  }
  const late = await takeAsyncErrors(sink);
  if (late.length > 0) throw new ScorerCrashError(where, `while loading: ${late[0]}`);
  let value = mod.default ?? mod.scorer;
  // A module tsx loaded as CommonJS (no package.json of type module) arrives as { default: exports }.
  if (value !== null && typeof value === 'object' && typeof (value as Record<string, unknown>).score !== 'function') {
    const inner = value as Record<string, unknown>;
    if (inner.default !== undefined || inner.scorer !== undefined) value = inner.default ?? inner.scorer;
  }
  if (value === undefined)
    throw new InputFormatError(
      where,
      null,
      `module has no default export and no export named \`scorer\` (exports: ${Object.keys(mod).join(', ') || 'none'})`,
    );
  return checkedOutput(checkScorerShape(value, path), where, abs);
}

/**
 * Wrap a scorer so it runs contained: it gets its own copy of the input ({@link isolatedCopy}),
 * process.exit and throws become a ScorerCrashError naming it, and a result that is not a
 * Float64Array of length obs.n with finite values is a ScorerCrashError too.
 * @param where the name used in messages (file name or spec).
 * @param file the scorer's file (absolute), to quote the user's own stack frame; null for built-ins.
 */
export function checkedOutput(s: Scorer, _where: string, file: string | null = null): GuardedScorer {
  const sink = errorSink(s.id, file);
  const crash = (detail: string) => new ScorerCrashError(s.id, detail);
  return {
    id: s.id,
    family: s.family,
    version: s.version,
    description: s.description,
    source: s.source,
    sink,
    score(obs: Observation, ctx?: ScorerContext): Float64Array {
      const input = isolatedCopy(obs);
      const context = ctx === undefined ? undefined : isolatedCopy(ctx);
      let out: unknown;
      try {
        out = runUserCode(sink, () => s.score(input, context));
      } catch (e) {
        if (e instanceof GoodhartError && !(e instanceof ScorerCrashError)) throw e; // e.g. a FormulaError of a formula scorer
        throw crash(describeError(e, file));
      }
      if (!(out instanceof Float64Array)) throw crash(`score() returned ${Object.prototype.toString.call(out)}, expected a Float64Array`);
      if (out.length !== obs.n) throw crash(`score() returned ${out.length} values for ${obs.n} agents`);
      for (let i = 0; i < out.length; i++)
        if (!Number.isFinite(out[i])) throw crash(`score() gave ${out[i]} for agent ${i} (scores must be finite)`);
      return out;
    },
  };
}

/**
 * Resolve one scorer spec: a registered id (`pagerank`, `klout-like@v2`) or `formula:<expression>`.
 * Unknown ids raise UnknownNameError listing the registered ids; bad formulas raise FormulaError.
 */
export function resolveScorer(spec: string): Scorer {
  const s = spec.trim();
  if (s.startsWith('formula:')) return formulaScorer(s.slice('formula:'.length));
  if (s === '') throw new ParameterError('scorer', spec, 'a registered scorer id or formula:<expression>');
  return getScorer(s);
}

/**
 * Split a comma-separated scorer list. Commas inside brackets, parentheses, braces or quotes
 * belong to a formula, so `formula:max(followers, 1),formula:[1, 2],pagerank` is three specs.
 */
export function splitScorerList(list: string): string[] {
  const out: string[] = [];
  const open = '([{';
  const close = ')]}';
  let depth = 0;
  let quote: string | null = null;
  let cur = '';
  for (const ch of list) {
    if (quote !== null) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (open.includes(ch)) depth++;
    else if (close.includes(ch)) depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0 && quote === null) {
      if (cur.trim() !== '') out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim() !== '') out.push(cur.trim());
  return out;
}
