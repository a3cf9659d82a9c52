/**
 * The files of a `goodhart run` results directory, built in memory so the CLI can write them all
 * at once with writeDirAtomically (nothing half-written on failure):
 *
 *   manifest.json            seeds, every resolved parameter (flat names, as --set and --config take them), scorers, measures, version, git commit
 *   agents.csv, ticks.csv    the simulation's core outputs (issue 2)
 *   scores.csv, truth.csv    final tick: every scorer's score and rank; true influence ± stderr
 *   agents.parquet, scores.parquet, truth.parquet
 *                            the same rows, typed, for a world of more than PARQUET_MIN_AGENTS accounts
 *   drift.csv                tidy: scenario, seed, tick, scorer, measure, value
 *   drift-summary.csv        mean and 95% interval over seeds
 *   sweep.csv                the budget sweep (when the scenario has one)
 *   truths.csv               final tick: every scorer's Spearman ρ with five truth definitions, per seed
 *   claims.csv               every scenario claim judged on each seed: holds, measured numbers
 *   charts/<name>.{vl.json,svg,png}
 *   report.html              self-contained, offline
 *
 * With several seeds, the per-seed files (agents, ticks, scores, truth) go in `seed-<S>/`.
 */
import { chartFiles } from '../charts/render.js';
import { renderReportHtml } from '../report/render-report.js';
import { DEFAULT_PRECISION } from '../truth/truth-model.js';
import { agentsCsv, ticksCsv } from './agents-table.js';
import { manifest } from '../io/manifest.js';
import { settingsOf } from '../engine/settings.js';
import { graphFileInput } from '../graph/generators/from-file.js';
import { reportInput } from './report-input.js';
import type { ScenarioRun } from './run-scenario.js';
import { scenarioCharts, type NamedChart } from './scenario-charts.js';
import { driftCsv, driftSummaryCsv, scoresCsvForRun, sweepCsv, truthCsv } from './tables.js';
import { CLAIMS_COLUMNS, claimsRows } from './claims-table.js';
import { toCsv } from '../io/csv.js';
import { truthsCsv } from './truths.js';
import {
  AGENTS_PARQUET_COLUMNS,
  parquetCopies,
  PARQUET_MIN_AGENTS,
  scoresParquetColumns,
  truthParquetColumns,
  type LazyParquetTable,
} from './parquet-tables.js';
import type { Replicate } from './replicate.js';
import { phase, phaseAsync } from './phases.js';

/** Options of {@link runFiles}. */
export interface RunFilesOptions {
  /** The exact command that reproduces the run (goes in the manifest and the report). */
  readonly command: string;
  /** Called after each chart is rendered. */
  readonly onChart?: (done: number, total: number) => void;
  /** Render every chart to .svg and .png besides its .vl.json (default true; tests of the report alone may skip it). */
  readonly render?: boolean;
}

/** The built files and the charts they contain. */
export interface RunFiles {
  readonly files: Map<string, string | Uint8Array>;
  readonly charts: readonly NamedChart[];
}

/** The manifest's fields beyond the RunConfig: what was measured and how. */
function manifestExtra(run: ScenarioRun): Record<string, unknown> {
  const p = run.plan;
  const input = graphFileInput(run.replicates[0]!.result.config.generator);
  return {
    scenario: p.scenario.id,
    scorers: p.scorers.map((s) => ({ id: s.id, family: s.family, version: s.version })),
    measures: p.measures,
    k: p.k,
    truth: {
      model: 'ic',
      precision: DEFAULT_PRECISION,
      streams: 'truth:<tick>/a at earlier snapshots; truth/a (written to truth.csv) and truth/b (noise ceiling only) at the final tick',
      noiseCeiling: Object.fromEntries(run.replicates.map((r) => [String(r.seed), r.noiseCeiling])),
    },
    ...(input ? { input } : {}),
    ...(p.versions.length ? { versions: p.versions } : {}),
    ...(p.sweep ? { sweep: { attack: p.sweep.attack, budgets: p.sweep.budgets, measure: p.sweep.measure, scorers: p.sweep.scorers } } : {}),
    ...(p.focus.length ? { focus: Object.fromEntries([...run.replicates[0]!.focus].map(([k, v]) => [k, [...v]])) } : {}),
  };
}

/** The per-account tables of one replicate to copy to Parquet: none for a world of at most PARQUET_MIN_AGENTS accounts. */
function parquetTables(rep: Replicate, multi: boolean): LazyParquetTable[] {
  if (rep.result.final.observation.n <= PARQUET_MIN_AGENTS) return [];
  const dir = multi ? `seed-${rep.seed}/` : '';
  const last = rep.final;
  const labels = rep.result.labels;
  const plain = { formulaGuard: false };
  return [
    { name: `${dir}agents.parquet`, csv: () => agentsCsv(rep.result, plain), columns: AGENTS_PARQUET_COLUMNS },
    {
      name: `${dir}scores.parquet`,
      csv: () => scoresCsvForRun(last.scores, labels, plain),
      columns: scoresParquetColumns(labels !== undefined),
    },
    { name: `${dir}truth.parquet`, csv: () => truthCsv(last.truth, labels, plain), columns: truthParquetColumns(labels !== undefined) },
  ];
}

/** Build every output file of a run (charts rendered to SVG and PNG). */
export async function runFiles(run: ScenarioRun, opts: RunFilesOptions): Promise<RunFiles> {
  const files = new Map<string, string | Uint8Array>();
  const multi = run.replicates.length > 1;
  // 1. Per-seed tables.
  phase('tables', () => {
    for (const rep of run.replicates) {
      const dir = multi ? `seed-${rep.seed}/` : '';
      const last = rep.final;
      const labels = rep.result.labels;
      files.set(`${dir}agents.csv`, agentsCsv(rep.result));
      files.set(`${dir}ticks.csv`, ticksCsv(rep.result));
      files.set(`${dir}scores.csv`, scoresCsvForRun(last.scores, labels));
      files.set(`${dir}truth.csv`, truthCsv(last.truth, labels));
    }
  });
  // 1b. Parquet copies of the per-account tables of a large world (typed, compressed).
  const parquet = await phaseAsync('parquet', () => parquetCopies(run.replicates.flatMap((rep) => parquetTables(rep, multi))));
  for (const [name, bytes] of parquet) files.set(name, bytes);
  // 2. Drift and sweep tables.
  phase('tables', () => {
    files.set('drift.csv', driftCsv(run.drift));
    files.set('drift-summary.csv', driftSummaryCsv(run.summary));
    if (run.sweep.length > 0) files.set('sweep.csv', sweepCsv(run.sweep));
    files.set('truths.csv', truthsCsv(run.replicates.flatMap((r) => r.truths)));
    if (run.claims.length > 0) files.set('claims.csv', toCsv(CLAIMS_COLUMNS, claimsRows(run.plan.scenario.id, run.claims)));
  });
  // 3. Charts.
  const charts = phase('charts', () => scenarioCharts(run.plan, run.replicates, run.summary, run.sweep));
  for (const [i, c] of charts.entries()) {
    if (opts.render === false) files.set(`charts/${c.name}.vl.json`, `${JSON.stringify(c.spec, null, 2)}\n`);
    else for (const [name, content] of await phaseAsync('charts', () => chartFiles(c.name, c.spec))) files.set(`charts/${name}`, content);
    opts.onChart?.(i + 1, charts.length);
  }
  // 4. Manifest, then the report that shows it.
  const seeds = run.replicates.map((r) => r.seed);
  const first = run.replicates[0]!.result.config;
  const outputs = [...files.keys(), 'report.html', 'manifest.json'];
  const manifestText = manifest({
    command: opts.command,
    seed: multi ? seeds : seeds[0]!,
    parameters: settingsOf(first),
    outputs,
    extra: manifestExtra(run),
  });
  const html = phase('report', () =>
    renderReportHtml(reportInput(run, charts, opts.command, JSON.parse(manifestText) as Record<string, unknown>, outputs)),
  );
  files.set('report.html', html);
  files.set('manifest.json', manifestText);
  return { files, charts };
}
