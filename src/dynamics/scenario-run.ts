/**
 * The goodhart-decay scenario's experiment hook (`Scenario.experiment`): what `goodhart run
 * goodhart-decay` calls. Runs every intervention over the seeds and returns the results files
 * (src/dynamics/report.ts) and the findings to print.
 */
import type { ExperimentRunOptions, ExperimentRunOutput, Scenario } from '../scenarios/scenario.js';
import { DEFAULT_MEASURED, runDecayExperiment } from './experiment.js';
import { decayFiles } from './report.js';

/** Run the experiment for `scenario` with the CLI's options and build its files. */
export async function runDecayScenario(scenario: Scenario, opts: ExperimentRunOptions): Promise<ExperimentRunOutput> {
  const exp = runDecayExperiment({
    scenario,
    seeds: opts.seeds,
    ...(opts.agents !== undefined ? { agents: opts.agents } : {}),
    ...(opts.ticks !== undefined ? { ticks: opts.ticks } : {}),
    ...(opts.overrides !== undefined ? { overrides: opts.overrides } : {}),
    ...(opts.dynamics !== undefined ? { dynamics: opts.dynamics } : {}),
    measured: [...new Set([...(scenario.scorers.length > 0 ? scenario.scorers : DEFAULT_MEASURED), ...(opts.scorers ?? [])])],
    ...(opts.measures !== undefined ? { measures: [...new Set(['spearman', ...opts.measures])] } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    ...(opts.threads !== undefined ? { threads: opts.threads } : {}),
  });
  const files = await decayFiles(exp, {
    scenario,
    command: opts.command,
    ...(opts.onProgress ? { onChart: (d: number, t: number) => opts.onProgress!(d, t, 'charts') } : {}),
  });
  return { files, summary: exp.findings };
}
