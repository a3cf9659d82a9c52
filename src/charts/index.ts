/** Chart builders (typed Vega-Lite specs) and the Node renderer (re-exports only). */
export { BASE_CONFIG, CHART_FONT, CHART_FONT_STACK, ROLE_COLORS, ROLE_SCALE, VEGA_LITE_SCHEMA, type ChartOptions } from './common.js';
export { scoreTruthPoints, scoreVsTruthChart, type ScoreTruthPoint, type ScoreVsTruthOptions } from './score-vs-truth.js';
export {
  densityHighlights,
  scoreVsTruthDensityChart,
  SCATTER_POINT_LIMIT,
  type HighlightPoint,
  type ScoreVsTruthDensityOptions,
} from './score-vs-truth-density.js';
export { bin2d, type Bin2dOptions, type DensityBin } from './density.js';
export { driftOverTicksChart, type DriftOverTicksOptions } from './drift-over-ticks.js';
export { topKComposition, topKCompositionChart, type CompositionRow, type TopKCompositionOptions } from './top-k-composition.js';
export { rhoByTruthChart, type RhoByTruthOptions, type RhoByTruthPoint } from './rho-by-truth.js';
export { robustnessChart, type RobustnessOptions, type RobustnessPoint } from './robustness.js';
export { rankChurnChart, rankChurnData, type ChurnRow, type RankChurnDataOptions, type RankChurnOptions } from './rank-churn.js';
export { axisTitles } from './axis-titles.js';
export { chartFiles, chartFontFiles, renderChart, renderSvg, svgToPng, writeChart, type PngOptions, type RenderedChart } from './render.js';
