/** The sweep report (re-exports only): `writeSweepReport(dir)` writes sweep-report.html and charts/ into a finished sweep folder. */
export { writeSweepReport, SWEEP_CHARTS_DIR, SWEEP_REPORT_FILE } from './write.js';
export { loadSweep, type SweepData, type SweepPoint, type ParamValue } from './load.js';
export {
  summarise,
  isGrid,
  distinctValues,
  claimHoldsEverywhere,
  measureInterval,
  type GroupSummary,
  type SweepIntervalMethod,
} from './aggregate.js';
export { sweepCharts, sweepReportInput } from './page.js';
export { describeRegion, type RegionInput } from './region.js';
export type { SweepChart } from './charts-common.js';
