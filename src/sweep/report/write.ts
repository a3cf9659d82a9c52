/**
 * Writing the sweep report into a finished sweep folder: `sweep-report.html` and `charts/<name>.
 * {vl.json,svg,png}`, beside what `goodhart sweep` wrote, without ever leaving the folder in a state
 * its marker does not account for:
 *
 *   1. the marker `.goodhart.json` first lists the old files, the new report files and the
 *      temporary names below (so a crash leaves nothing the marker does not know);
 *   2. the charts go to `charts.tmp-<pid>/`, the page to `sweep-report.html.tmp-<pid>`, each flushed;
 *   3. renames swap them in (`charts` → `charts.old-<pid>`, tmp → `charts`, the page), old removed;
 *   4. the marker is rewritten to list exactly what is there.
 *
 * The folder must be a goodhart sweep result (its marker says so): a folder Goodhart did not write
 * is never written into. Leftovers of a killed report writer are removed first.
 * Design: the rename-based swap of src/io/atomic-dir.ts, applied to a sub-folder; no external source.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chartFiles } from '../../charts/render.js';
import { OutputError, ParameterError } from '../../errors.js';
import { syncDir, writeDurably } from '../../io/atomic-dir.js';
import { pidAlive } from '../../io/recover-dir.js';
import { MARKER_FILE, markerText, readMarker } from '../../io/result-marker.js';
import { renderReportHtml } from '../../report/render-report.js';
import { loadSweep } from './load.js';
import { sweepReportInput } from './page.js';

/** File name of the report page inside a sweep folder. */
export const SWEEP_REPORT_FILE = 'sweep-report.html';
/** Folder of the report's chart files inside a sweep folder. */
export const SWEEP_CHARTS_DIR = 'charts';

/** Data values past which a chart's PNG is drawn at scale 1 instead of 2. */
const BIG_CHART = 2000;

const LEFTOVER = /^(charts|sweep-report\.html|\.goodhart\.json)\.(tmp|old)-(\d+)(\/|$)/;

/** True for a path (relative, `/`-separated) that belongs to the report or a report writer's leftovers. */
function isReportPath(rel: string): boolean {
  return rel === SWEEP_REPORT_FILE || rel.startsWith(`${SWEEP_CHARTS_DIR}/`) || LEFTOVER.test(rel);
}

/** Remove leftovers of report writers that are no longer running (never this process's own pid reused). */
function removeLeftovers(dir: string): void {
  for (const name of readdirSync(dir)) {
    const m = LEFTOVER.exec(name);
    if (m && !pidAlive(Number(m[3]))) rmSync(join(dir, name), { recursive: true, force: true });
  }
}

/** Write the marker through a temporary file and a rename. */
function writeMarker(dir: string, files: Iterable<string>): void {
  const tmp = join(dir, `${MARKER_FILE}.tmp-${process.pid}`);
  writeDurably(tmp, markerText('sweep', new Set(files)));
  renameSync(tmp, join(dir, MARKER_FILE));
  syncDir(dir);
}

/** Throw ParameterError unless `dir` is a folder written by goodhart sweep. */
function assertSweepFolder(dir: string): string[] {
  const field = 'sweep folder';
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new ParameterError(field, dir, 'an existing folder written by goodhart sweep');
  const marker = readMarker(dir);
  if (!marker)
    throw new ParameterError(
      field,
      dir,
      `a folder written by goodhart sweep (it has no ${MARKER_FILE}: goodhart never writes into a folder it did not write)`,
    );
  if (marker.command !== 'sweep')
    throw new ParameterError(field, dir, `a folder written by goodhart sweep (it holds a goodhart ${marker.command} result)`);
  return [...marker.files];
}

/**
 * Write (or rewrite) the sweep report of the finished sweep folder `dir`: `sweep-report.html`
 * (self-contained, opens offline) and `charts/<name>.{vl.json,svg,png}`. Reads experiment.json and
 * rows.csv (streamed). Returns the paths written (absolute when `dir` is). Same folder ⇒ same bytes.
 */
export async function writeSweepReport(dir: string): Promise<string[]> {
  const oldFiles = assertSweepFolder(dir);
  removeLeftovers(dir);
  const data = await loadSweep(dir);
  const { input, charts } = sweepReportInput(data);
  const html = renderReportHtml(input);
  const chartContent = new Map<string, string | Uint8Array>();
  for (const c of charts) {
    // A chart of thousands of marks (a big grid × many scorers) is rasterised at 1× to keep its PNG small.
    const marks = (c.spec as { data?: { values?: unknown[] } }).data?.values?.length ?? 0;
    for (const [file, content] of await chartFiles(c.name, c.spec, { scale: marks > BIG_CHART ? 1 : 2 })) chartContent.set(file, content);
  }
  const newFiles = [SWEEP_REPORT_FILE, ...[...chartContent.keys()].map((f) => `${SWEEP_CHARTS_DIR}/${f}`)];
  const pid = process.pid;
  const chartsDir = join(dir, SWEEP_CHARTS_DIR);
  const chartsTmp = `${chartsDir}.tmp-${pid}`;
  const chartsOld = `${chartsDir}.old-${pid}`;
  const htmlTmp = join(dir, `${SWEEP_REPORT_FILE}.tmp-${pid}`);
  const kept = oldFiles.filter((f) => !isReportPath(f));
  const oldCharts = oldFiles.filter((f) => f.startsWith(`${SWEEP_CHARTS_DIR}/`));
  try {
    writeMarker(dir, [
      ...oldFiles,
      ...newFiles,
      `${SWEEP_REPORT_FILE}.tmp-${pid}`,
      ...[...chartContent.keys()].map((f) => `${SWEEP_CHARTS_DIR}.tmp-${pid}/${f}`),
      ...oldCharts.map((f) => f.replace(/^charts\//, `${SWEEP_CHARTS_DIR}.old-${pid}/`)),
    ]);
    rmSync(chartsTmp, { recursive: true, force: true });
    mkdirSync(chartsTmp);
    for (const [file, content] of chartContent) writeDurably(join(chartsTmp, file), content);
    syncDir(chartsTmp);
    writeDurably(htmlTmp, html);
    if (existsSync(chartsDir)) renameSync(chartsDir, chartsOld);
    renameSync(chartsTmp, chartsDir);
    renameSync(htmlTmp, join(dir, SWEEP_REPORT_FILE));
    rmSync(chartsOld, { recursive: true, force: true });
    syncDir(dir);
    writeMarker(dir, [...kept, ...newFiles]);
  } catch (e) {
    rmSync(chartsTmp, { recursive: true, force: true });
    rmSync(htmlTmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG' || code === 'EIO') throw new OutputError(dir, code);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
      throw new ParameterError('sweep folder', dir, `a folder we may write into (${code})`);
    throw e;
  }
  return newFiles.map((f) => join(dir, f));
}
