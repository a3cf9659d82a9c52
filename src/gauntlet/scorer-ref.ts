/**
 * How the gauntlet names a scorer so a worker thread can load it on its own: a registered id
 * (`pagerank`, `klout-like@v2`), a formula (`formula:...`) or a user module file (`./my-scorer.ts`).
 * Files are imported directly and shape-checked here (the module must export a Scorer as default
 * or as `scorer`); the formula machinery (mathjs, slow to load) is imported only for formulas.
 * Results are checked per cell by the runner (Float64Array, length n, finite).
 */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { InputFormatError } from '../errors.js';
import { importUserModule } from '../metrics/import-module.js';
import { getScorer } from '../metrics/registry.js';
import type { Scorer } from '../metrics/scorer.js';

/** A scorer by registered id / formula spec, or by module file (absolute path). */
export type ScorerRef = { readonly kind: 'registered'; readonly spec: string } | { readonly kind: 'file'; readonly path: string };

/** Parse the `--scorer` argument: a path (contains `/` or ends in .ts/.mts/.js/.mjs) or a spec. */
export function parseScorerRef(arg: string): ScorerRef {
  return !arg.startsWith('formula:') && /[\\/]|\.(m?ts|m?js)$/.test(arg) ? { kind: 'file', path: resolve(arg) } : { kind: 'registered', spec: arg.trim() };
}

/** Load the scorer a ref names. Throws InputFormatError (file) or UnknownNameError (id). */
export async function loadScorerRef(ref: ScorerRef): Promise<Scorer> {
  if (ref.kind === 'registered') {
    if (!ref.spec.startsWith('formula:')) return getScorer(ref.spec);
    const { resolveScorer } = await import('../metrics/load-user-scorer.js');
    return resolveScorer(ref.spec);
  }
  const where = basename(ref.path);
  if (!existsSync(ref.path)) throw new InputFormatError(ref.path, null, 'scorer file not found');
  let mod: Record<string, unknown>;
  try {
    mod = await importUserModule(ref.path);
  } catch (e) {
    throw new InputFormatError(where, null, `scorer file does not load: ${(e as Error).message.split('\n')[0]}`);
  }
  const s = (mod.default ?? mod.scorer) as Record<string, unknown> | undefined;
  if (!s || typeof s !== 'object') throw new InputFormatError(where, null, 'module has no Scorer as default export or as `scorer`');
  if (typeof s.score !== 'function') throw new InputFormatError(where, null, 'export has no `score` function (score(obs) => Float64Array)');
  for (const k of ['id', 'version', 'family'] as const) if (typeof s[k] !== 'string' || s[k] === '') throw new InputFormatError(where, null, `export has no \`${k}\` string`);
  return s as unknown as Scorer;
}
