/**
 * The goodhart-decay results directory, built in memory (write it with writeDirAtomically):
 *
 *   decay.csv               tidy: intervention, seed, tick, scorer, measure, value
 *   decay-summary.csv       mean and 95% interval over seeds per (intervention, tick, scorer, measure)
 *   effects.csv             per intervention: validity at start and end, decay, paired slowdown vs baseline
 *   dynamics-ticks.csv      per (intervention, seed, tick): deployed scorer, agents per strategy, cost, perks, flags
 *   charts/<id>.{vl.json,svg,png}
 *   report.html             self-contained (src/report), the findings first
 *   manifest.json           seeds, every resolved run and dynamics parameter, version, git commit
 */
import { chartFiles } from '../charts/render.js';
import { type Cell, toCsv } from '../io/csv.js';
import { manifest } from '../io/manifest.js';
import { renderReportHtml, type ReportSection } from '../report/render-report.js';
import { formatCell, type ReportTable } from '../report/tables.js';
import type { Scenario } from '../scenarios/scenario.js';
import type { MeanInterval } from '../stats/interval.js';
import { DYNAMICS_PARAMS } from './params.js';
import type { DecayExperiment } from './experiment.js';
import { INTERVENTIONS } from './interventions.js';
import { STRATEGIES } from './strategies.js';

const cell = (m: MeanInterval) =>
  m.n <= 1 || !Number.isFinite(m.lo) ? formatCell(m.mean) : `${formatCell(m.mean)} [${formatCell(m.lo)}, ${formatCell(m.hi)}]`;
const labelOf = (id: string) => INTERVENTIONS.find((i) => i.id === id)?.label ?? id;

/** The effects as a report table (mean [95% interval] over seeds). */
export function effectsTable(exp: DecayExperiment): ReportTable {
  return {
    columns: [
      'intervention',
      `validity at tick ${exp.startTick}`,
      `validity at tick ${exp.endTick}`,
      'decay',
      'slowdown vs baseline',
      'share gaming at end',
      'gaming cost',
      'true influence end/start',
    ],
    rows: exp.effects.map((e) => [
      labelOf(e.intervention),
      cell(e.validityStart),
      cell(e.validityEnd),
      cell(e.decay),
      e.slowdown ? cell(e.slowdown) : '–',
      cell(e.gamingEnd),
      cell(e.costEnd),
      cell(e.influenceRatio),
    ]),
  };
}

/** CSV of the effects (one row per intervention). */
export function effectsCsv(exp: DecayExperiment): string {
  const cols = [
    'intervention',
    'seeds',
    'start_tick',
    'end_tick',
    'validity_start',
    'validity_end',
    'decay',
    'decay_lo',
    'decay_hi',
    'slowdown',
    'slowdown_lo',
    'slowdown_hi',
    'gaming_end',
    'gaming_cost_end',
    'true_influence_ratio',
  ] as const;
  return toCsv(
    cols,
    exp.effects.map((e) => ({
      intervention: e.intervention,
      seeds: e.decay.n,
      start_tick: e.startTick,
      end_tick: e.endTick,
      validity_start: e.validityStart.mean,
      validity_end: e.validityEnd.mean,
      decay: e.decay.mean,
      decay_lo: e.decay.lo,
      decay_hi: e.decay.hi,
      slowdown: e.slowdown?.mean,
      slowdown_lo: e.slowdown?.lo,
      slowdown_hi: e.slowdown?.hi,
      gaming_end: e.gamingEnd.mean,
      gaming_cost_end: e.costEnd.mean,
      true_influence_ratio: e.influenceRatio.mean,
    })),
  );
}

/** The model section of the report: the adaptation rule and the interventions, in words. */
function modelText(exp: DecayExperiment): string {
  const p = exp.runs[0]!.dynamics as Record<string, unknown>;
  return [
    `From tick ${exp.deployTick} the platform deploys one scorer as its public score, recomputed every ${p.scoreEvery} ticks, with a leaderboard everyone sees. ` +
      `The top ${Math.round(100 * (p.topShare as number))}% of the leaderboard earn a perk of ${p.perk} per tick and a visibility boost (their posts are shown ${1 + (p.boost as number)} times). The accounts that start as gamers adopt a random gaming strategy then.`,
    `Each honest person and gamer has a hidden propensity to imitate (Beta, mean ${p.propensityMean}). Each tick it reconsiders with probability ${p.reviseRate} × propensity: ` +
      `it looks at a random account it follows (or, ${Math.round(100 * (p.leaderboardShare as number))}% of the time, a random paying account on the leaderboard) and adopts that account's strategy with the Fermi probability ` +
      `1 / (1 + exp(−(π_peer − π_self) / K)), K = ${p.temperature}, where π is the running payoff (perks minus the price of one's strategy, moving average with weight ${p.memory}). ` +
      `With probability ${p.mutation} it tries a random strategy instead (Szabó & Tőke 1998; replicator dynamics in the limit, Taylor & Jonker 1978).`,
    `Strategies: ${STRATEGIES.map((s) => (s.code === 0 ? 'organic (free)' : `${s.id} (${s.rate} ${s.costUnit} per tick at ${s.price} each)`)).join(', ')}. None creates a real tie: gaming changes what the platform sees, not who is moved.`,
    `Interventions: ${INTERVENTIONS.filter((i) => exp.effects.some((e) => e.intervention === i.id))
      .map((i) => `${i.label} — ${i.description}`)
      .join('; ')}.`,
  ].join('\n\n');
}

/** Options of {@link decayFiles}. */
export interface DecayFilesOptions {
  readonly scenario: Scenario;
  /** The exact command that reproduces the files. */
  readonly command: string;
  readonly onChart?: (done: number, total: number) => void;
}

/** Every output file of the experiment, by relative path. Charts are rendered to SVG and PNG. */
export async function decayFiles(exp: DecayExperiment, opts: DecayFilesOptions): Promise<Map<string, string | Uint8Array>> {
  const files = new Map<string, string | Uint8Array>();
  files.set('decay.csv', toCsv(['intervention', 'seed', 'tick', 'scorer', 'measure', 'value'], exp.rows));
  files.set('decay-summary.csv', toCsv(['intervention', 'tick', 'scorer', 'measure', 'n', 'mean', 'lo', 'hi'], exp.summary));
  files.set('effects.csv', effectsCsv(exp));
  const strategyCols = STRATEGIES.map((s) => `agents_${s.id}`);
  files.set(
    'dynamics-ticks.csv',
    toCsv(
      ['intervention', 'seed', 'tick', 'scorer', 'adaptive', 'gaming', ...strategyCols, 'cost', 'perks', 'flagged', 'switches'],
      exp.ticks.map((t): Record<string, Cell> => {
        const { byStrategy, ...rest } = t;
        return { ...rest, ...Object.fromEntries(byStrategy.map((c, i) => [strategyCols[i]!, c])) };
      }),
    ),
  );
  for (const [i, c] of exp.charts.entries()) {
    for (const [name, content] of await chartFiles(c.id, c.spec)) files.set(`charts/${name}`, content);
    opts.onChart?.(i + 1, exp.charts.length);
  }
  const seeds = [...new Set(exp.runs.map((r) => r.seed))];
  const outputs = [...files.keys(), 'report.html', 'manifest.json'];
  const manifestText = manifest({
    command: opts.command,
    seed: seeds.length === 1 ? seeds[0]! : seeds,
    parameters: {
      world: exp.runs[0]!.config,
      dynamicsDefaults: Object.fromEntries(Object.entries(DYNAMICS_PARAMS).map(([k, v]) => [k, v.default])),
      // What every intervention started from: the defaults with the run's dynamics.* settings (each intervention's overrides below win).
      dynamics: (exp.runs.find((r) => r.intervention === 'baseline') ?? exp.runs[0]!).dynamics,
    },
    outputs,
    extra: {
      scenario: opts.scenario.id,
      interventions: INTERVENTIONS.filter((i) => exp.effects.some((e) => e.intervention === i.id)).map((i) => ({
        id: i.id,
        overrides: i.overrides,
      })),
      truth: { model: 'ic', streams: 'dynamics-truth/tick-<t>' },
    },
  });
  const sections: ReportSection[] = [
    { heading: 'What happened', text: exp.findings.join('\n\n') },
    ...exp.charts.map((c) => ({ heading: c.heading, text: c.caption, chart: c.spec })),
    {
      heading: 'Effects by intervention',
      text: 'Mean over seeds [95% interval]. Decay = validity before deployment − validity at the end; slowdown = baseline decay − this decay, paired by seed.',
      table: effectsTable(exp),
    },
    { heading: 'The model', text: modelText(exp) },
  ];
  files.set(
    'report.html',
    renderReportHtml({
      title: opts.scenario.title,
      story: opts.scenario.story,
      sections,
      command: opts.command,
      manifest: JSON.parse(manifestText) as Record<string, unknown>,
    }),
  );
  files.set('manifest.json', manifestText);
  return files;
}
