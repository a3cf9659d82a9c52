/**
 * Scorers from outside the registry: a user's own module (`--scorer ./my-scorer.ts`) and the
 * scorer specs the CLI accepts (`pagerank`, `klout-like@v2`, `formula:<expression>`).
 * A module must export a Scorer as its default export or as `scorer`; a module of the wrong shape
 * gets an error naming the file and what is missing. A `.ts` file loads through tsx when no
 * TypeScript loader is active (see import-module.ts); `.js`/`.mjs` load as they are.
 */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { InputFormatError, ParameterError } from '../errors.js';
import { importUserModule } from './import-module.js';
import type { Observation } from '../model/observation.js';
import { formulaScorer } from './formula.js';
import { getScorer } from './registry.js';
import type { Scorer, ScorerContext, ScorerFamily } from './scorer.js';

const FAMILIES: readonly ScorerFamily[] = ['attention', 'graph', 'relational', 'formula', 'user'];

/**
 * Check that `value` has the Scorer shape; returns it typed, or throws InputFormatError naming
 * `file` and the first thing missing (e.g. "my-scorer.ts: export has no `score` function").
 */
export function checkScorerShape(value: unknown, file: string): Scorer {
  const where = basename(file);
  if (value === null || typeof value !== 'object') throw new InputFormatError(where, null, `export is ${value === null ? 'null' : typeof value}, not a Scorer object`);
  const s = value as Record<string, unknown>;
  if (typeof s.score !== 'function') throw new InputFormatError(where, null, 'export has no `score` function (score(obs) => Float64Array)');
  for (const key of ['id', 'version', 'description', 'source'] as const) {
    if (typeof s[key] !== 'string' || s[key] === '') throw new InputFormatError(where, null, `export has no \`${key}\` string`);
  }
  if (!/^[a-z0-9][a-z0-9._@:-]*$/i.test(s.id as string)) throw new InputFormatError(where, null, `export's \`id\` ${JSON.stringify(s.id)} must be letters, digits, - . _ @ : (no spaces or commas)`);
  if (!FAMILIES.includes(s.family as ScorerFamily)) throw new InputFormatError(where, null, `export's \`family\` is ${JSON.stringify(s.family)}; allowed: ${FAMILIES.join(', ')}`);
  return s as unknown as Scorer;
}

/**
 * Load a user scorer module and check its shape. The returned scorer also checks its own output
 * (a Float64Array of length obs.n with finite values) each time it runs.
 * @param path a .ts, .mts, .js or .mjs file, relative to the working directory or absolute.
 */
export async function loadUserScorer(path: string): Promise<Scorer> {
  const abs = resolve(path);
  if (!existsSync(abs)) throw new InputFormatError(path, null, 'scorer file not found');
  let mod: Record<string, unknown>;
  try {
    mod = await importUserModule(abs);
  } catch (e) {
    throw new InputFormatError(path, null, `scorer file does not load: ${(e as Error).message.split('\n')[0]}`);
  }
  const value = mod.default ?? mod.scorer;
  if (value === undefined) throw new InputFormatError(basename(path), null, `module has no default export and no export named \`scorer\` (exports: ${Object.keys(mod).join(', ') || 'none'})`);
  return checkedOutput(checkScorerShape(value, path), basename(path));
}

/** Wrap a scorer so a wrong-length, non-Float64Array or non-finite result raises InputFormatError. */
export function checkedOutput(s: Scorer, where: string): Scorer {
  return {
    id: s.id,
    family: s.family,
    version: s.version,
    description: s.description,
    source: s.source,
    score(obs: Observation, ctx?: ScorerContext): Float64Array {
      const out: unknown = s.score(obs, ctx);
      if (!(out instanceof Float64Array)) throw new InputFormatError(where, null, `score() returned ${Object.prototype.toString.call(out)}, expected a Float64Array`);
      if (out.length !== obs.n) throw new InputFormatError(where, null, `score() returned ${out.length} values for ${obs.n} agents`);
      for (let i = 0; i < out.length; i++) if (!Number.isFinite(out[i])) throw new InputFormatError(where, null, `score() gave ${out[i]} for agent ${i} (scores must be finite)`);
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
 * Split a comma-separated scorer list. Commas inside parentheses belong to a formula, so
 * `formula:max(followers, 1),pagerank` is two specs.
 */
export function splitScorerList(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of list) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      if (cur.trim() !== '') out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim() !== '') out.push(cur.trim());
  return out;
}
