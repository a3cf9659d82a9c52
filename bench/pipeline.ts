/**
 * Pipeline benchmark (issue 19.1): `goodhart run` end to end — simulation, truth at every snapshot
 * with its noise ceiling, every scenario scorer, every drift measure, the budget sweep, the
 * claims, the tables (CSV, and Parquet above 5,000 accounts), the charts, the report and the
 * atomic write — at several world sizes, each in its own process, printing per phase its wall
 * time, CPU time (all threads of the process) and the process's peak RSS when the phase ended,
 * then the bytes written, the report and chart sizes, and the growth exponent between sizes
 * (b in cost ∝ nᵇ: 1 grows as the world, 0 not at all).
 *
 *   npm run bench -- pipeline                                   # 10,000, 100,000, 1,000,000 × 50 ticks
 *   npm run bench -- pipeline --sizes 10000,100000 --ticks 50 --scenario attention-vs-influence
 *   npm run bench -- pipeline --sizes 1000000 --progress   # each phase's figures on stderr as it ends
 *
 * Each size runs the CLI's own `main(['run', ...])` in a child process with a phase listener
 * (src/pipeline/phases.ts) set: the same code path as a user's `goodhart run`, and the files it
 * writes are the same bytes as without the listener. The results folder goes to a temporary
 * directory and is removed after it is measured.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const option = (name: string, def: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : def;
};

/** What one size measured. */
interface SizeResult {
  agents: number;
  ticks: number;
  exitCode: number;
  /** Per phase, in first-seen order: wall and CPU seconds (summed over its occurrences), peak RSS bytes at its last end. */
  phases: { name: string; wall: number; cpu: number; rss: number }[];
  total: { wall: number; cpu: number; rss: number };
  bytes: { total: number; report: number; charts: number; parquet: number; csv: number; files: number };
}

function sizeOf(dir: string): SizeResult['bytes'] {
  const out = { total: 0, report: 0, charts: 0, parquet: 0, csv: 0, files: 0 };
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p, r);
      else {
        const s = statSync(p).size;
        out.total += s;
        out.files++;
        if (r === 'report.html') out.report += s;
        if (r.startsWith('charts/')) out.charts += s;
        if (r.endsWith('.parquet')) out.parquet += s;
        if (r.endsWith('.csv')) out.csv += s;
      }
    }
  };
  walk(dir, '');
  return out;
}

/** Child: one `goodhart run` with the phase listener; writes its SizeResult as JSON to `--result`. */
async function child(): Promise<void> {
  const agents = Number(option('agents', '10000'));
  const ticks = Number(option('ticks', '50'));
  const scenario = option('scenario', 'attention-vs-influence');
  const { onPhases } = await import('../src/pipeline/phases.js');
  const { main } = await import('../src/cli/main.js');
  const phases = new Map<string, { wall: number; cpu: number; rss: number }>();
  let started = { wall: 0, cpu: 0 };
  const cpuNow = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  onPhases((event, name) => {
    if (event === 'start') started = { wall: performance.now(), cpu: cpuNow() };
    else {
      const p = phases.get(name) ?? { wall: 0, cpu: 0, rss: 0 };
      p.wall += (performance.now() - started.wall) / 1000;
      p.cpu += cpuNow() - started.cpu;
      p.rss = process.resourceUsage().maxRSS * 1024;
      phases.set(name, p);
      if (process.argv.includes('--progress'))
        console.error(
          `[pipeline ${agents}] ${name}: ${fmtS(p.wall)} s wall, ${fmtS(p.cpu)} s CPU, peak RSS ${fmtB(p.rss)}, heap ${fmtB(process.memoryUsage().heapUsed)}, array buffers ${fmtB(process.memoryUsage().arrayBuffers)}`,
        );
    }
  });
  const dir = mkdtempSync(join(tmpdir(), 'goodhart-bench-pipeline-'));
  const out = join(dir, 'run');
  const t0 = performance.now();
  const c0 = cpuNow();
  try {
    const exitCode = await main([
      'run',
      scenario,
      '--agents',
      String(agents),
      '--ticks',
      String(ticks),
      '--seed',
      '1',
      '--out',
      out,
      '--quiet',
    ]);
    const result: SizeResult = {
      agents,
      ticks,
      exitCode,
      phases: [...phases].map(([name, p]) => ({ name, ...p })),
      total: { wall: (performance.now() - t0) / 1000, cpu: cpuNow() - c0, rss: process.resourceUsage().maxRSS * 1024 },
      bytes: exitCode === 0 ? sizeOf(out) : { total: 0, report: 0, charts: 0, parquet: 0, csv: 0, files: 0 },
    };
    writeFileSync(option('result', join(dir, 'result.json')), JSON.stringify(result));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmtS = (s: number) => (s >= 100 ? s.toFixed(0) : s >= 10 ? s.toFixed(1) : s.toFixed(2));
const fmtB = (b: number) =>
  b >= 1e9 ? `${(b / 1e9).toFixed(2)} GB` : b >= 1e6 ? `${(b / 1e6).toFixed(1)} MB` : `${(b / 1e3).toFixed(0)} kB`;
/** Growth exponent b of cost ∝ nᵇ between two sizes. */
const growth = (c1: number, c2: number, n1: number, n2: number) =>
  c1 > 0.01 && c2 > 0.01 ? Math.log(c2 / c1) / Math.log(n2 / n1) : Number.NaN;

function printSize(r: SizeResult): void {
  console.log(`\n${r.agents.toLocaleString('en-US')} accounts × ${r.ticks} ticks (exit ${r.exitCode})`);
  console.log('| phase | wall s | CPU s | peak RSS at end |');
  console.log('|---|---:|---:|---:|');
  for (const p of r.phases) console.log(`| ${p.name} | ${fmtS(p.wall)} | ${fmtS(p.cpu)} | ${fmtB(p.rss)} |`);
  const inPhases = r.phases.reduce((s, p) => s + p.wall, 0);
  console.log(
    `| other (start-up, plan, checks) | ${fmtS(r.total.wall - inPhases)} | ${fmtS(r.total.cpu - r.phases.reduce((s, p) => s + p.cpu, 0))} | |`,
  );
  console.log(`| **total** | **${fmtS(r.total.wall)}** | **${fmtS(r.total.cpu)}** | **${fmtB(r.total.rss)}** |`);
  const b = r.bytes;
  console.log(
    `written: ${fmtB(b.total)} in ${b.files} files (report.html ${fmtB(b.report)}, charts/ ${fmtB(b.charts)}, CSV ${fmtB(b.csv)}, Parquet ${fmtB(b.parquet)}); ` +
      `peak RSS per account ${(r.total.rss / r.agents / 1024).toFixed(1)} kB`,
  );
}

async function parent(): Promise<void> {
  const sizes = option('sizes', '10000,100000,1000000')
    .split(',')
    .map((s) => Number(s.replace(/_/g, '')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 100)) {
    console.error(`bench pipeline: --sizes must be whole numbers of accounts ≥ 100, comma-separated (given ${option('sizes', '')})`);
    process.exit(2);
  }
  const ticks = option('ticks', '50');
  const scenario = option('scenario', 'attention-vs-influence');
  console.log(`pipeline: goodhart run ${scenario} --ticks ${ticks}, sizes ${sizes.join(', ')}; each size in its own process`);
  const results: SizeResult[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'goodhart-bench-results-'));
  try {
    for (const n of sizes) {
      const file = join(dir, `${n}.json`);
      const r = spawnSync(
        process.execPath,
        [
          '--max-old-space-size=20000',
          '--import',
          'tsx',
          import.meta.filename,
          '--child',
          '--agents',
          String(n),
          '--ticks',
          ticks,
          '--scenario',
          scenario,
          '--result',
          file,
          ...(process.argv.includes('--progress') ? ['--progress'] : []),
        ],
        { stdio: ['ignore', 'ignore', 'inherit'] },
      );
      if (r.status !== 0) {
        console.error(`bench pipeline: the run of ${n} accounts failed (exit ${r.status ?? r.signal}); stopping`);
        break;
      }
      const res = JSON.parse(readFileSync(file, 'utf8')) as SizeResult;
      results.push(res);
      printSize(res);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (let i = 1; i < results.length; i++) {
    const a = results[i - 1]!;
    const b = results[i]!;
    const g = (x: number, y: number) => growth(x, y, a.agents, b.agents).toFixed(2);
    console.log(`\ngrowth exponent ${a.agents.toLocaleString('en-US')} → ${b.agents.toLocaleString('en-US')} (cost ∝ n^b):`);
    console.log(
      `  total wall ${g(a.total.wall, b.total.wall)}, CPU ${g(a.total.cpu, b.total.cpu)}, peak RSS ${g(a.total.rss, b.total.rss)}, ` +
        `bytes written ${g(a.bytes.total, b.bytes.total)}, report.html ${g(a.bytes.report, b.bytes.report)}, charts/ ${g(a.bytes.charts, b.bytes.charts)}`,
    );
    const per = b.phases.map((p) => {
      const q = a.phases.find((x) => x.name === p.name);
      return `${p.name} ${q ? `${g(q.wall, p.wall)} / ${g(q.cpu, p.cpu)}` : 'new'}`;
    });
    console.log(`  by phase, wall / CPU: ${per.join(', ')}`);
  }
  if (results.some((r) => r.exitCode !== 0) || results.length < sizes.length) process.exit(1);
}

if (process.argv.includes('--child')) await child();
else await parent();
