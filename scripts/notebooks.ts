/**
 * Notebooks committed with their outputs, so a code host shows every table and chart without a
 * kernel. `npm run notebooks:build` executes each notebook (jupyter nbconvert with the committed
 * Deno kernel spec, as scripts/run-notebooks.sh does) and writes it back in place, normalised so
 * that the same code gives the same bytes: per-run metadata (execution timestamps) removed,
 * execution counts numbered 1, 2, … in cell order, a chart kept once (as `image/svg+xml`, which
 * code hosts and Jupyter draw; its base64 `<img>` twin dropped), JSON with one-space indent.
 *
 *   npm run notebooks:build                          # every notebooks/*.ipynb
 *   npm run notebooks:build -- notebooks/01-quick-tour.ipynb
 *
 * tests/notebooks/committed.test.ts re-executes them into a temporary folder and fails when a
 * committed output differs (stale), is empty, or shows `undefined`/`NaN` in a chart title.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** One output of a code cell (nbformat 4). */
export interface NotebookOutput {
  output_type: string;
  name?: string;
  text?: string | string[];
  data?: Record<string, string | string[]>;
  execution_count?: number | null;
  metadata?: Record<string, unknown>;
  [k: string]: unknown;
}

/** One cell (nbformat 4). */
export interface NotebookCell {
  cell_type: string;
  source: string | string[];
  metadata: Record<string, unknown>;
  outputs?: NotebookOutput[];
  execution_count?: number | null;
  [k: string]: unknown;
}

/** A notebook (nbformat 4). */
export interface Notebook {
  cells: NotebookCell[];
  metadata: Record<string, unknown>;
  nbformat: number;
  nbformat_minor: number;
}

/** Text of a multi-line notebook field (a string or a list of lines). */
export function joined(v: string | string[] | undefined): string {
  return Array.isArray(v) ? v.join('') : (v ?? '');
}

/**
 * The notebook with everything that changes from run to run removed: cell `execution` metadata
 * (timestamps), execution counts renumbered in cell order (also in execute_result outputs).
 */
export function normaliseNotebook(nb: Notebook): Notebook {
  let count = 0;
  const cells = nb.cells.map((c) => {
    const { execution: _timestamps, ...metadata } = c.metadata as Record<string, unknown>;
    if (c.cell_type !== 'code') return { ...c, metadata };
    count++;
    const n = count;
    const outputs = (c.outputs ?? []).map((o) => {
      const data = o.data && o.data['image/svg+xml'] !== undefined ? withoutHtmlTwin(o.data) : o.data;
      return { ...o, ...(data ? { data } : {}), ...(o.output_type === 'execute_result' ? { execution_count: n } : {}) };
    });
    return { ...c, metadata, execution_count: n, outputs };
  });
  return { ...nb, cells };
}

/** A chart's data without its text/html `<img>` twin: the same SVG again in base64, twice the bytes. */
function withoutHtmlTwin(data: Record<string, string | string[]>): Record<string, string | string[]> {
  const { 'text/html': html, ...rest } = data;
  return html !== undefined && joined(html).startsWith('<img ') ? rest : data;
}

/** The notebook as Jupyter writes it: JSON with one-space indent and a final newline. */
export function notebookJson(nb: Notebook): string {
  return `${JSON.stringify(nb, null, 1)}\n`;
}

/** The shipped notebooks, sorted. */
export function shippedNotebooks(): string[] {
  const dir = join(ROOT, 'notebooks');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ipynb'))
    .sort()
    .map((f) => join(dir, f));
}

/** True for a setup cell: nothing but imports and comments (it has no value to show). */
function isSetupCell(source: string | string[] | undefined): boolean {
  return joined(source)
    .split('\n')
    .map((l) => l.trim())
    .every((l) => l === '' || l.startsWith('//') || /^import\b.*;$/.test(l) || /^[}\w ,{]*} from '.*';$/.test(l) || /^\w+,?$/.test(l));
}

/** Code cells other than setup cells (imports only) that saved no output. */
export function cellsWithoutOutput(nb: Notebook): number[] {
  const out: number[] = [];
  nb.cells
    .filter((c) => c.cell_type === 'code')
    .forEach((c, i) => {
      if ((c.outputs ?? []).length === 0 && !isSetupCell(c.source)) out.push(i + 1);
    });
  return out;
}

/** Executions of one notebook before giving up on a complete set of outputs. */
const ATTEMPTS = 4;

/**
 * Execute `nb` (a path) with the committed kernel spec into `outDir`; returns the executed,
 * normalised notebook. Deno's kernel can report a cell idle before its last output reaches
 * nbconvert, which then saves the cell without it (seen on a loaded machine, about one cell in
 * twenty); a run that lost an output is executed again, up to {@link ATTEMPTS} times.
 * Throws with nbconvert's message when a cell fails, or when every attempt lost an output (unless
 * `requireComplete` is false: then the attempt that lost the fewest is returned).
 */
export function executeNotebook(nb: string, outDir: string, opts: { requireComplete?: boolean } = {}): Notebook {
  let best: Notebook | undefined;
  let missing: number[] = [];
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const run = executeOnce(nb, outDir);
    const lost = cellsWithoutOutput(run);
    if (lost.length === 0) return run;
    if (!best || lost.length < missing.length) [best, missing] = [run, lost];
  }
  if (opts.requireComplete === false && best) return best;
  throw new Error(`${nb}: code cells ${missing.join(', ')} saved no output in ${ATTEMPTS} executions`);
}

function executeOnce(nb: string, outDir: string): Notebook {
  const name = basename(nb, '.ipynb');
  const env = {
    ...process.env,
    JUPYTER_PATH: [join(ROOT, 'notebooks', '.jupyter'), process.env.JUPYTER_PATH].filter(Boolean).join(':'),
    PYDEVD_DISABLE_FILE_VALIDATION: '1',
  };
  const r = spawnSync(
    'jupyter',
    [
      'nbconvert',
      '--to',
      'notebook',
      '--execute',
      '--ExecutePreprocessor.timeout=600',
      '--ExecutePreprocessor.kernel_name=goodhart',
      // A chart's output can be a megabyte and arrive after the cell's reply on a busy machine:
      // wait for it, and fail rather than save the notebook without it.
      '--ExecutePreprocessor.iopub_timeout=120',
      '--ExecutePreprocessor.raise_on_iopub_timeout=True',
      '--output-dir',
      outDir,
      '--output',
      `${name}.ipynb`,
      nb,
    ],
    { cwd: ROOT, env, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`${nb}: execution failed\n${(r.stderr ?? '').split('\n').slice(-30).join('\n')}`);
  return normaliseNotebook(JSON.parse(readFileSync(join(outDir, `${name}.ipynb`), 'utf8')) as Notebook);
}

/** Execute every given notebook (default: all shipped ones) and write each back in place, atomically. */
export function buildNotebooks(paths: readonly string[] = shippedNotebooks()): void {
  const tmp = mkdtempSync(join(tmpdir(), 'goodhart-notebooks-'));
  try {
    for (const nb of paths) {
      const t0 = Date.now();
      const executed = executeNotebook(resolve(nb), tmp);
      const part = `${resolve(nb)}.part`;
      writeFileSync(part, notebookJson(executed));
      renameSync(part, resolve(nb));
      console.log(`built ${nb} (${Math.round((Date.now() - t0) / 1000)} s)`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    buildNotebooks(process.argv.length > 2 ? process.argv.slice(2) : undefined);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
