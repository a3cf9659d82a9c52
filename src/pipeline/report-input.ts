/**
 * What goes into a scenario's report.html (rendered by src/report): the story, the claims, every
 * chart with a caption, the measures table at the final tick, the focus accounts' ranks, and the
 * command that reproduces it all.
 */
import type { ReportInput, ReportSection } from '../report/render-report.js';
import { measuresTable, type ReportTable } from '../report/tables.js';
import { MEASURES } from '../drift/registry.js';
import { ordinalRanks } from '../stats/ranks.js';
import type { NamedChart } from './scenario-charts.js';
import type { ScenarioRun } from './run-scenario.js';
import { claimsReportTable } from './claims-table.js';
import { regionSections } from './region-sections.js';

/** The focus accounts' ranks at the final tick of the first seed: truth first, then each scorer. */
export function focusTable(run: ScenarioRun): ReportTable | undefined {
  const rep = run.replicates[0]!;
  if (rep.focus.size === 0) return undefined;
  const last = rep.final;
  const columns = ['account', 'true influence', 'rank by truth', ...[...last.scores.keys()].map((id) => `rank by ${id}`)];
  const truthRank = ordinalRanks(last.truth.estimate);
  const scoreRanks = [...last.scores.values()].map(ordinalRanks);
  const rows = [...rep.focus].flatMap(([label, ids]) =>
    [...ids].map((i) => [`${label} (#${i})`, last.truth.estimate[i]!, truthRank[i]!, ...scoreRanks.map((r) => r[i]!)]),
  );
  return { columns, rows };
}

/**
 * The section linking the per-account tables, CSV and Parquet, of a run that wrote Parquet copies
 * (a large world, src/pipeline/parquet-tables.ts); undefined when there are none.
 */
export function dataSection(files: readonly string[]): ReportSection | undefined {
  const parquet = files.filter((f) => f.endsWith('.parquet'));
  if (parquet.length === 0) return undefined;
  // Each CSV beside its Parquet copy, in the order they were written (seed by seed).
  const links = parquet
    .flatMap((p) => {
      const csv = p.replace(/\.parquet$/, '.csv');
      return [...(files.includes(csv) ? [csv] : []), p];
    })
    .map((f) => ({ href: f, text: `${f} (${f.endsWith('.parquet') ? 'Parquet: typed columns, compressed' : 'CSV'})` }));
  return {
    heading: 'Every account, in the tables beside this report',
    text:
      'The charts above bin the accounts; nothing is lost: every account of the final tick is in these files, beside report.html in the results folder. ' +
      'The Parquet files hold the same rows as the CSVs with typed columns, and open in pandas, polars, R (arrow) or DuckDB; results/README.md describes every column.',
    links,
  };
}

/** Assemble the report input from a run, its charts, the reproduce command and the manifest object. */
export function reportInput(
  run: ScenarioRun,
  charts: readonly NamedChart[],
  command: string,
  manifest: Readonly<Record<string, unknown>>,
  files: readonly string[] = [],
): ReportInput {
  const { scenario } = run.plan;
  const seeds = run.replicates.map((r) => r.seed);
  const sections: ReportSection[] = [];
  const lastTick = Math.max(...run.summary.map((r) => r.tick));
  const first = run.replicates[0]!;
  const ticks = first.snapshotTicks;
  sections.push({
    heading: 'What this run shows',
    text: [
      run.claims.length > 0
        ? `Each claim of this scenario, judged on this run at its final tick: ✓ holds, ✗ does not hold${seeds.length > 1 ? ' on every seed' : ''}, with the numbers it was judged on. Claims that compare with "no gaming" ran the same seed again with every attack budget at 0.`
        : 'This scenario makes no claims: it is a reference world.',
      `${seeds.length === 1 ? `Seed ${seeds[0]}` : `${seeds.length} seeds (${seeds.join(', ')}); figures are means with 95% intervals over seeds`}. ` +
        `${first.result.final.observation.n} accounts, ${first.result.config.ticks} ticks, ${ticks.length === 1 ? `one snapshot, at tick ${ticks[0]}` : `snapshots at ticks ${ticks.join(', ')}`}. ` +
        'True influence is the expected number of real people one message moves (Independent Cascade on the hidden layer); scorers never see it.',
    ].join('\n\n'),
    ...(run.claims.length > 0 ? { table: claimsReportTable(run.claims) } : {}),
  });
  for (const c of charts)
    sections.push({ heading: c.spec.title && typeof c.spec.title === 'string' ? c.spec.title : c.name, text: c.caption, chart: c.spec });
  // Where each claim holds beyond this run (the one-parameter sweeps), after this run's own charts.
  for (const s of regionSections(scenario, first.result.config)) sections.push(s);
  const truthIds = MEASURES.filter((m) => m.reference === 'truth' && run.plan.measures.includes(m.id)).map((m) => m.id);
  if (truthIds.length > 0) {
    const rows = run.summary.filter((r) => !r.scorer.includes('->'));
    sections.push({
      heading: `Measures at the final tick (${lastTick})`,
      text:
        `One row per scorer, one column per drift measure against true influence${seeds.length > 1 ? ' (mean [95% interval] over seeds)' : ''}. The truth-noise-ceiling row is how well two independent truth estimates agree (the truth's test–retest reliability r): a perfect scorer would show about √r against one estimate, so differences between scorers below 1 − √r are within the truth's own noise. Top-k measures use k = ${run.plan.k}.` +
        (rows.some((r) => r.tick === lastTick && truthIds.includes(r.measure) && Number.isNaN(r.mean))
          ? ' A dash (–) marks a measure with no value: a scorer that gives every real person the same score ranks nobody above anybody, so it has no rank correlation (drift.csv leaves these cells empty).'
          : ''),
      table: measuresTable(rows, { tick: lastTick, measures: truthIds }),
    });
  }
  const versionIds = MEASURES.filter((m) => m.reference === 'version' && run.plan.measures.includes(m.id)).map((m) => m.id);
  if (versionIds.length > 0 && run.plan.versions.length > 0) {
    sections.push({
      heading: 'Churn between scorer versions',
      text: 'How much the ranking moved when the scorer changed version (Kendall distance: share of discordant pairs; top-k turnover: share of the top k replaced).',
      table: measuresTable(
        run.summary.filter((r) => r.scorer.includes('->')),
        { tick: lastTick, measures: versionIds },
      ),
    });
  }
  const focus = focusTable(run);
  if (focus) {
    sections.push({
      heading: 'Accounts to watch',
      text:
        (run.plan.focus.map((f) => `${f.label}: ${f.description}`).join('\n\n') || '') +
        `\n\nRanks at the final tick, seed ${seeds[0]} (1 = top).`,
      table: focus,
    });
  }
  const data = dataSection(files);
  if (data) sections.push(data);
  return { title: `${scenario.title} (${scenario.id})`, story: scenario.story, sections, command, manifest };
}
