/** The self-contained HTML report (re-exports only). */
export { renderReportHtml, type ReportInput, type ReportSection } from './render-report.js';
export { formatCell, measuresTable, type MeasuresTableOptions, type ReportTable, type TableCell } from './tables.js';
export { escapeHtml, escapeScript, jsonForScript } from './escape.js';
export { browserBundles, packageRoot, type Bundle } from './assets.js';
