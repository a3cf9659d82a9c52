/**
 * Benchmark: the rank correlations of src/drift beside scipy.stats in the same run, on the same
 * vectors (heavy ties: true-influence-like log-normal values rounded to 2 decimals, and a noisy
 * integer score), plus all measures of one tidy-rows frame.
 *
 *   npx tsx bench/drift.ts [--n 1000000] [--repeat 3]
 *
 * Reports best-of-repeat seconds for ours and scipy (Debian's /usr/bin/python3), their ratio and
 * the absolute difference of the values; then the wall and CPU time of driftRows() for 6 scorers
 * × all measures at that n, and the targets of issue 19 (Spearman and Kendall τ-b at least as
 * fast as scipy; all measures for 6 scorers under 5 s CPU at 1,000,000). Absolute times are noisy on a shared machine; ratios are measured together.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kendallTauB } from '../src/drift/kendall-tau-b.js';
import { spearman } from '../src/stats/spearman.js';
import { driftRows } from '../src/drift/tidy.js';
import { weightedTau } from '../src/drift/weighted-tau.js';
import { ParameterError } from '../src/errors.js';
import { Role } from '../src/model/roles.js';
import { SeedTree } from '../src/rng.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return dflt;
  const v = Number(args[i + 1]);
  if (!Number.isInteger(v) || v < 2) throw new ParameterError(`--${name}`, args[i + 1], 'an integer ≥ 2');
  return v;
};
const n = opt('n', 1_000_000);
const repeat = opt('repeat', 3);

const rng = new SeedTree(1).stream('bench/drift');
const truth = new Float64Array(n);
const score = new Float64Array(n);
for (let i = 0; i < n; i++) {
  truth[i] = Math.round(rng.lognormal(0, 1.2) * 100) / 100;
  score[i] = Math.round((truth[i] as number) * 3 + rng.lognormal(0, 1) * 4);
}

const best = (f: () => number): { s: number; value: number } => {
  let s = Infinity;
  let value = NaN;
  for (let r = 0; r < repeat; r++) {
    const t = performance.now();
    value = f();
    s = Math.min(s, (performance.now() - t) / 1000);
  }
  return { s, value };
};

const ours = {
  spearman: best(() => spearman(score, truth)),
  kendallTauB: best(() => kendallTauB(score, truth)),
  weightedTau: best(() => weightedTau(score, truth)),
};

const dir = mkdtempSync(join(tmpdir(), 'goodhart-bench-drift-'));
let scipy = null as Record<string, { s: number; value: number }> | null;
try {
  const file = join(dir, 'xy.f64');
  const both = new Float64Array(2 * n);
  both.set(score, 0);
  both.set(truth, n);
  writeFileSync(file, new Uint8Array(both.buffer));
  const p = spawnSync('/usr/bin/python3', [join(here, 'drift_scipy.py'), file, String(n), String(repeat)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (p.status === 0) scipy = JSON.parse(p.stdout) as typeof scipy;
  else console.error(`scipy run failed: ${p.stderr}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(`n = ${n.toLocaleString('en')}, best of ${repeat}, load average ${loadavg()[0]?.toFixed(2)}`);
console.log('measure        ours (s)   scipy (s)   ours/scipy   |ours − scipy|');
for (const [name, o] of Object.entries(ours)) {
  const s = scipy?.[name];
  console.log(
    `${name.padEnd(14)} ${o.s.toFixed(3).padStart(8)}   ${s ? s.s.toFixed(3).padStart(9) : '        –'}   ${s ? (o.s / s.s).toFixed(2).padStart(10) : '         –'}   ${s ? Math.abs(o.value - s.value).toExponential(1) : '–'}`,
  );
}

const role = Uint8Array.from({ length: n }, (_, i) => (i % 20 === 0 ? Role.gamer : i % 25 === 0 ? Role.bot : Role.honest));
const scores = new Map([
  ['a', score],
  ['b', truth.map((v) => v + 1)],
  ['c', score.map((v) => -v)],
  ['d', score.map((v, i) => v + (i % 7))],
  ['e', truth.map((v, i) => v * (1 + (i % 3)))],
  ['f', score.map((v) => Math.sqrt(v))],
]);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const rows = driftRows({ scenario: 'bench', seed: 1, tick: 0, role, truth, scores, versions: [{ from: 'a', to: 'c' }] });
const cpu = process.cpuUsage(cpu0);
const cpuS = (cpu.user + cpu.system) / 1e6;
console.log(
  `driftRows: ${rows.length} rows (6 scorers × all measures + churn) in ${((performance.now() - t0) / 1000).toFixed(2)} s wall, ${cpuS.toFixed(2)} s CPU (target < 5 s at 1,000,000)`,
);
if (scipy) {
  for (const name of ['spearman', 'kendallTauB'] as const) {
    const ratio = ours[name].s / (scipy[name]?.s ?? Number.NaN);
    console.log(`target ${name} ≤ 1.00 × scipy: ${ratio.toFixed(2)} ${ratio <= 1 ? 'met' : 'NOT met'}`);
  }
}
