/**
 * Recipe kinds `claim` and `holds`: a scenario claim's numbers and verdict through the API's
 * `claims` (src/api.ts, the code path of `goodhart run`'s claims.csv), on a world given as a user's
 * command gives it: `--preset` under `--set`, then `--agents` (src/cli/sim-options.ts precedence),
 * applied by the CLI's own `applySettings` (src/engine/settings.ts).
 */
import { claims, type ClaimsApiOptions } from '../../api.js';
import { getPreset } from '../../engine/presets.js';
import { applySettings } from '../../engine/settings.js';
import { DEFAULT_PRECISION } from '../../truth/truth-model.js';
import type { ClaimRecipe, HoldsRecipe, WorldSettings } from '../figure.js';
import type { RecipeKind, RunValues } from './kind.js';

/** The key under which a claim's verdict is stored: 1 when it holds, 0 when not. */
export const HOLDS_KEY = '$holds';

/** A recipe's truth precision: `report` is the CLI's default ({@link DEFAULT_PRECISION}). */
export function precisionOf(r: { readonly precision: number | 'report' }): number {
  return r.precision === 'report' ? DEFAULT_PRECISION : r.precision;
}

type ClaimWorldRecipe = WorldSettings & {
  readonly scenario: string;
  readonly precision: number | 'report';
  readonly agents?: number | undefined;
};

/** `--set` settings in a stable order (the world's cache key must not depend on how an entry lists them). */
const setText = (s: WorldSettings['set']): string =>
  s === undefined
    ? ''
    : Object.keys(s)
        .sort()
        .map((k) => `${k}=${String(s[k])}`)
        .join(',');

/** The API options of a claim world on `seed`: the preset's settings, `agents`, then every `--set`. */
export function claimOptions(r: ClaimWorldRecipe, seed: number): ClaimsApiOptions {
  const preset = r.preset === undefined ? {} : getPreset(r.preset).settings;
  const base = applySettings({ seed }, preset);
  const sized = r.agents === undefined ? base : { ...base, agents: r.agents };
  return { ...applySettings(sized, r.set ?? {}), precision: precisionOf(r) };
}

const worldKey = (r: ClaimWorldRecipe, seed: number): string =>
  `claims|${r.scenario}|${seed}|${precisionOf(r)}|${r.agents ?? ''}|${r.preset ?? ''}|${setText(r.set)}`;

/** Judge every claim of the world: `claim/key` → value, and `claim/$holds` → 1 or 0. */
function runClaims(r: ClaimWorldRecipe, seed: number): RunValues {
  const out = new Map<string, number>();
  for (const [id, o] of claims(r.scenario, claimOptions(r, seed))) {
    for (const [name, v] of Object.entries(o.values)) out.set(`${id}/${name}`, v);
    out.set(`${id}/${HOLDS_KEY}`, o.holds ? 1 : 0);
  }
  return out;
}

const at = (v: RunValues, claim: string, key: string): number => v.get(`${claim}/${key}`) ?? Number.NaN;

/** `claim`: `(values[key] − values[minus]) × scale`, plus each of `alsoKeys` × scale. */
export const claimKind: RecipeKind<ClaimRecipe> = {
  world: worldKey,
  run: runClaims,
  pick(r, v) {
    const scale = r.scale ?? 1;
    const main = (at(v, r.claim, r.key) - (r.minus === undefined ? 0 : at(v, r.claim, r.minus))) * scale;
    return [main, ...(r.alsoKeys ?? []).map((k) => at(v, r.claim, k) * scale)];
  },
  label: (r) => ({
    source: r.scenario,
    item: r.claim,
    measure: `${r.key}${r.minus !== undefined ? ` − ${r.minus}` : ''}${(r.alsoKeys ?? []).map((k) => ` & ${k}`).join('')}`,
    precision: precisionOf(r),
  }),
};

/** `holds`: 1 when the claim holds on the seed, 0 when not (for "k of n"). */
export const holdsKind: RecipeKind<HoldsRecipe> = {
  world: worldKey,
  run: runClaims,
  pick: (r, v) => [at(v, r.claim, HOLDS_KEY)],
  label: (r) => ({ source: r.scenario, item: r.claim, measure: 'holds', precision: precisionOf(r) }),
};
