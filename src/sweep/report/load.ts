/**
 * Reading a finished sweep folder for its report: `experiment.json` (the resolved experiment) and
 * `rows.csv` (tidy rows `cell, <swept parameters…>, seed, tick, scorer, measure, value`), streamed
 * row by row through the one rows.csv reader (src/sweep/read-rows.ts, which checks the header,
 * field counts and quoting). Only each cell's rows at its last tick are kept (a sweep with `"ticks": "all"`
 * keeps every snapshot in rows.csv; the report reads the final one), one number per
 * point × scorer × measure × seed, so memory grows with the final-tick rows, not the file.
 *
 *   rows.csv ──line by line──> one cell's rows buffered ──its last tick──> values[point, scorer, measure][seed]
 *
 * Design: the shared sweep design of issue 13 (sweep folder layout); CSV quoting per RFC 4180.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputFormatError, ParameterError } from '../../errors.js';
import { openRowsCsv, ROWS_TAIL } from '../read-rows.js';

/** A swept parameter's value: a number, or text for a named choice. */
export type ParamValue = number | string;

/** One point of the sweep (one setting of the swept parameters), over every seed. */
export interface SweepPoint {
  /** Values of the swept parameters, in {@link SweepData.params} order. */
  readonly values: readonly ParamValue[];
  /** The last tick of this point's rows (the tick the report reads). */
  readonly tick: number;
}

/** What the report reads of a sweep folder. */
export interface SweepData {
  /** The resolved experiment (experiment.json as parsed). */
  readonly experiment: Readonly<Record<string, unknown>>;
  /** Scenario id (experiment.json `scenario`). */
  readonly scenario: string;
  /** Swept parameter names, in the rows' column order. */
  readonly params: readonly string[];
  /** Points in order of first appearance in rows.csv. */
  readonly points: readonly SweepPoint[];
  /** Seeds in order of first appearance. */
  readonly seeds: readonly number[];
  /** Scorer ids in order of first appearance (claims, whose scorer is empty, left out). */
  readonly scorers: readonly string[];
  /** Measure ids in order of first appearance (claims left out). */
  readonly measures: readonly string[];
  /** Claim ids (the part after `claim:`) in order of first appearance. */
  readonly claims: readonly string[];
  /** True when the experiment samples a Latin hypercube (points are not on a grid). */
  readonly lhs: boolean;
  /** Cells found in rows.csv. */
  readonly cells: number;
  /** Rows read from rows.csv (every tick). */
  readonly rows: number;
  /** Cells whose parameters made the model fail (files in failed/). */
  readonly failed: number;
  /** Final-tick values by {@link valueKey}: one number per seed index (NaN where missing). */
  readonly values: ReadonlyMap<string, Float64Array>;
}

/** Key of one point × scorer × measure in {@link SweepData.values} (claims: scorer ''). */
export function valueKey(point: number, scorer: string, measure: string): string {
  return `${point}\t${scorer}\t${measure}`;
}

/** The values per seed of one point × scorer × measure (all NaN when absent). */
export function seedValues(data: SweepData, point: number, scorer: string, measure: string): Float64Array {
  return data.values.get(valueKey(point, scorer, measure)) ?? new Float64Array(data.seeds.length).fill(NaN);
}

/** A number cell: empty or NaN is NaN; anything else must be a decimal number or ±Inf. */
function parseNumber(s: string, file: string, lineNo: number, column: string): number {
  if (s === '' || s === 'NaN') return NaN;
  if (s === 'Inf') return Infinity;
  if (s === '-Inf') return -Infinity;
  const x = Number(s);
  if (!Number.isFinite(x)) throw new InputFormatError(file, lineNo, `${column} ${JSON.stringify(s)} is not a number`);
  return x;
}

/** A parameter cell: a number when it reads as one, else the text (a named choice). */
function parseParam(s: string): ParamValue {
  const x = Number(s);
  return s !== '' && Number.isFinite(x) ? x : s;
}

/** Read experiment.json; refuse a folder that is not a finished sweep. */
function readExperiment(dir: string): Record<string, unknown> {
  const file = join(dir, 'experiment.json');
  if (!existsSync(file))
    throw new ParameterError('sweep folder', dir, 'a sweep folder holding experiment.json and rows.csv (no experiment.json here)');
  let exp: unknown;
  try {
    exp = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new InputFormatError(file, null, `not valid JSON (${(e as Error).message})`);
  }
  if (exp === null || typeof exp !== 'object' || Array.isArray(exp)) throw new InputFormatError(file, null, 'expected a JSON object');
  const scenario = (exp as Record<string, unknown>).scenario;
  if (typeof scenario !== 'string' || scenario === '') throw new InputFormatError(file, null, 'field "scenario" must be a scenario id');
  return exp as Record<string, unknown>;
}

/** One buffered row of the cell being read. */
interface PendingRow {
  readonly tick: number;
  readonly scorer: string;
  readonly measure: string;
  readonly value: number;
}

/** Read a sweep folder's experiment.json and rows.csv (streamed). */
export async function loadSweep(dir: string): Promise<SweepData> {
  const experiment = readExperiment(dir);
  const csv = openRowsCsv(dir);
  const file = csv.file;
  const params = csv.params;
  const pointIndex = new Map<string, number>();
  const points: { values: ParamValue[]; tick: number }[] = [];
  const seedIndex = new Map<number, number>();
  const seeds: number[] = [];
  const scorers = new Set<string>();
  const measures = new Set<string>();
  const claims = new Set<string>();
  const raw = new Map<string, number[]>();
  const doneCells = new Set<string>();
  let cell: string | null = null;
  let cellPoint = -1;
  let cellSeed = -1;
  let pending: PendingRow[] = [];
  let rows = 0;

  const flush = (): void => {
    if (cell === null) return;
    let last = -Infinity;
    for (const r of pending) if (r.tick > last) last = r.tick;
    const p = points[cellPoint]!;
    if (last > p.tick) p.tick = last;
    for (const r of pending) {
      if (r.tick !== last) continue;
      const key = valueKey(cellPoint, r.scorer, r.measure);
      let arr = raw.get(key);
      if (!arr) {
        arr = [];
        raw.set(key, arr);
      }
      arr[cellSeed] = r.value;
    }
    doneCells.add(cell);
    pending = [];
  };

  for (const { fields: f, lineNo } of csv.rows) {
    rows++;
    const id = f[0]!;
    const n = f.length;
    if (id !== cell) {
      flush();
      if (doneCells.has(id))
        throw new InputFormatError(file, lineNo, `the rows of cell ${id} are not together (rows.csv lists each cell's rows in one run)`);
      cell = id;
      const pv = f.slice(1, n - ROWS_TAIL.length);
      const pkey = pv.join('\t');
      let pi = pointIndex.get(pkey);
      if (pi === undefined) {
        pi = points.length;
        pointIndex.set(pkey, pi);
        points.push({ values: pv.map(parseParam), tick: -Infinity });
      }
      cellPoint = pi;
      const seed = parseNumber(f[n - 5]!, file, lineNo, 'seed');
      if (!Number.isInteger(seed)) throw new InputFormatError(file, lineNo, `seed ${JSON.stringify(f[n - 5])} is not an integer`);
      let si = seedIndex.get(seed);
      if (si === undefined) {
        si = seeds.length;
        seedIndex.set(seed, si);
        seeds.push(seed);
      }
      cellSeed = si;
    }
    const tick = parseNumber(f[n - 4]!, file, lineNo, 'tick');
    if (!Number.isFinite(tick)) throw new InputFormatError(file, lineNo, `tick ${JSON.stringify(f[n - 4])} is not a number`);
    const scorer = f[n - 3]!;
    const measure = f[n - 2]!;
    if (measure === '') throw new InputFormatError(file, lineNo, 'the measure is empty');
    if (measure.startsWith('claim:')) claims.add(measure.slice('claim:'.length));
    else {
      scorers.add(scorer);
      measures.add(measure);
    }
    pending.push({ tick, scorer, measure, value: parseNumber(f[n - 1]!, file, lineNo, 'value') });
  }
  flush();
  if (rows === 0) throw new InputFormatError(file, 2, 'no rows: every cell of this sweep failed (see failed/)');
  const values = new Map<string, Float64Array>();
  for (const [k, arr] of raw) {
    const v = new Float64Array(seeds.length).fill(NaN);
    for (let i = 0; i < arr.length; i++) if (arr[i] !== undefined) v[i] = arr[i]!;
    values.set(k, v);
  }
  const failedDir = join(dir, 'failed');
  const failed = existsSync(failedDir) ? readdirSync(failedDir).filter((n) => n.endsWith('.json')).length : 0;
  return {
    experiment,
    scenario: experiment.scenario as string,
    params,
    points,
    seeds,
    scorers: [...scorers],
    measures: [...measures],
    claims: [...claims],
    lhs: experiment.lhs !== undefined && experiment.lhs !== null,
    cells: doneCells.size,
    rows,
    failed,
    values,
  };
}
