/**
 * What the explorer computes for one state, in memory and single-threaded (it runs in the page's
 * Web Worker, and in Node for tests): the same path as `goodhart run`,
 *
 *   state ─▶ RunConfig (resolveRunConfig + applySettings, the CLI's --set path)
 *         ─▶ simulate ─▶ measureRun (truth, the scorer, Spearman at every snapshot; noise ceiling)
 *         ─▶ frames of typed arrays + scores.csv / truth.csv text (src/pipeline/tables.ts)
 *
 * so the same seed and settings give, in the page, the scores, truth and Spearman of the CLI's files.
 * Reference: docs/explorer.md; the pipeline in src/pipeline/replicate.ts.
 */
import { applySettings } from '../engine/settings.js';
import { resolveRunConfig, type RunConfig, type RunOverrides } from '../engine/config.js';
import { simulate } from '../engine/simulate.js';
import { measureRun } from '../pipeline/replicate.js';
import { scoresCsv, truthCsv } from '../pipeline/tables.js';
import { getScenario } from '../scenarios/registry.js';
import { getScorer } from '../metrics/registry.js';
import { formulaScorer } from '../metrics/formula.js';
import type { Scorer } from '../metrics/scorer.js';
import { getTruthModel } from '../truth/registry.js';
import { getAttack } from '../attacks/registry.js';
import { ParameterError } from '../errors.js';
import { followerCounts } from '../model/follow-graph.js';
import { FORMULA_SCORER, type ExplorerState } from './state.js';
import { communityLayout, sampleEdges } from './layout.js';

/** Most follow edges the network picture draws (a deterministic sample beyond that). */
export const MAX_DRAWN_EDGES = 4000;

/** One snapshot as the page shows it (per-account arrays over the accounts that existed then). */
export interface ExplorerFrame {
  readonly tick: number;
  readonly score: Float64Array;
  readonly truth: Float64Array;
  readonly followers: Float64Array;
  readonly role: Uint8Array;
  /** Spearman ρ of score with truth over real people, as in drift.csv (NaN when undefined). */
  readonly spearman: number;
}

/** Everything the page draws for one state. */
export interface ExplorerResult {
  /** The scorer's id as in scores.csv (`formula:<expression>` for the formula box). */
  readonly scorer: string;
  readonly frames: readonly ExplorerFrame[];
  /** Spearman between two independent truth estimates at the final tick: no score can do better. */
  readonly noiseCeiling: number;
  /** Position of every final-tick account in [0, 1]², x then y. */
  readonly positions: Float64Array;
  /** Follow edges drawn (follower, followee pairs). */
  readonly edges: Uint32Array;
  /** The final tick's scores.csv and truth.csv text, byte for byte as `goodhart run` writes them for this scorer. */
  readonly scoresCsv: string;
  readonly truthCsv: string;
}

/** The scorer of a state: a registered one, or the formula box's. Throws FormulaError or UnknownNameError. */
export function explorerScorer(state: ExplorerState): Scorer {
  return state.scorer === FORMULA_SCORER ? formulaScorer(state.formula) : getScorer(state.scorer);
}

/**
 * The RunConfig of a state, resolved as the CLI resolves `--seed --agents --ticks --set ...`. A
 * budget set for an attack the scenario does not run adds that attack (with its declared defaults)
 * to the run. Throws ParameterError naming the setting when a value is impossible.
 */
export function explorerConfig(state: ExplorerState): RunConfig {
  const scenario = getScenario(state.scenario);
  const inRun = (scenario.defaults.attacks ?? []).map((a) => a.id);
  const extra = [
    ...new Set(
      Object.keys(state.settings)
        .filter((k) => k.startsWith('attacks.'))
        .map((k) => k.split('.')[1]!),
    ),
  ].filter((id) => !inRun.includes(id));
  const o: RunOverrides = {
    seed: state.seed,
    ...(state.agents !== undefined ? { agents: state.agents } : {}),
    ...(state.ticks !== undefined ? { ticks: state.ticks } : {}),
    ...(extra.length > 0
      ? {
          attacks: [
            ...(scenario.defaults.attacks ?? []).map((a) => ({ id: a.id, params: { ...(a.params ?? {}) } })),
            ...extra.map((id) => ({ id, params: {} })),
          ],
        }
      : {}),
  };
  const config = resolveRunConfig(scenario, applySettings(o, state.settings));
  checkFakeAccounts(config);
  return config;
}

/** Most fake accounts (bots, sybils) the attacks of a page's run may create. */
export const EXPLORER_MAX_FAKE_ACCOUNTS = 20_000;

/**
 * Refuse a run whose attacks would create more than {@link EXPLORER_MAX_FAKE_ACCOUNTS} fake
 * accounts: a ParameterError on the budget that does, with the largest budget the world allows.
 */
function checkFakeAccounts(config: RunConfig): void {
  let total = 0;
  for (const a of config.attacks) {
    const def = getAttack(a.id);
    const count = def.accounts(a.params as Parameters<typeof def.accounts>[0]).count;
    total += count;
    if (total > EXPLORER_MAX_FAKE_ACCOUNTS) {
      const budget = Number(a.params.budget);
      const room = EXPLORER_MAX_FAKE_ACCOUNTS - (total - count);
      const scale = count > 0 ? Math.max(0, room) / count : 0;
      const field = a.budgetPer1000 !== undefined ? `attacks.${a.id}.budgetPer1000` : `attacks.${a.id}.budget`;
      const value = a.budgetPer1000 ?? budget;
      throw new ParameterError(
        field,
        value,
        `at most about ${Math.floor(value * scale)} in this world (it would create ${count} fake accounts; the page allows ${EXPLORER_MAX_FAKE_ACCOUNTS} in all)`,
      );
    }
  }
}

/** Simulate and measure a state. `onTick` reports ticks done (for a progress line). */
export function explore(state: ExplorerState, onTick: (done: number, total: number) => void = () => {}): ExplorerResult {
  const config = explorerConfig(state);
  const scorer = explorerScorer(state);
  const result = simulate(config, { onTick, threads: 1 });
  const m = measureRun(result, {
    scenario: state.scenario,
    seed: state.seed,
    scorers: [scorer],
    measures: ['spearman'],
    model: getTruthModel(state.truth),
    threads: 1,
  });
  const frames = m.frames.map((f): ExplorerFrame => {
    const row = m.drift.find((r) => r.tick === f.tick && r.scorer === scorer.id && r.measure === 'spearman');
    return {
      tick: f.tick,
      score: f.scores.get(scorer.id)!,
      truth: f.truth.estimate,
      followers: Float64Array.from(followerCounts(f.snapshot.observation.follows)),
      role: f.snapshot.hidden.role,
      spearman: row?.value ?? Number.NaN,
    };
  });
  const last = m.frames[m.frames.length - 1]!;
  const hidden = last.snapshot.hidden;
  return {
    scorer: scorer.id,
    frames,
    noiseCeiling: m.ceiling.noiseCeiling,
    positions: communityLayout(hidden.community, frames[frames.length - 1]!.followers),
    edges: sampleEdges(hidden.graph.following, MAX_DRAWN_EDGES),
    scoresCsv: scoresCsv(new Map([[scorer.id, last.scores.get(scorer.id)!]]), result.labels),
    truthCsv: truthCsv(last.truth, result.labels),
  };
}
