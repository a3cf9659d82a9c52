/**
 * Benchmark (issue 17.11): load the same follow graph from CSV, GraphML and GEXF with the
 * project's readers, side by side in one run, at 10,000 and 1,000,000 edges.
 *
 *   npx tsx bench/graph-io.ts [--edges 10000,1000000] [--seed 1] [--repeat 3]
 *   npm run bench -- graph-io
 *
 * 1. generate: n = edges/10 accounts, each edge a uniformly drawn follower → followee pair
 *    (self-follows and repeats kept: every reader drops and counts them alike), labels the
 *    account numbers in a shuffled order; written as `follower,followee` CSV, GraphML (nodes
 *    declared, then `<edge source target/>`) and GEXF to a temporary folder.
 * 2. each file is loaded with `readGraphFile` (read bytes, strict UTF-8 check, parse, build the
 *    follow graph) --repeat times; the best CPU and wall time are kept.
 * 3. the three graphs are checked equal (labels, follows), and the time ratios to CSV printed.
 * Fails (exit 1) when the largest GraphML takes more than 3x the CSV's CPU time.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ParameterError } from '../src/errors.js';
import { readGraphFile, type LoadedGraph } from '../src/graph/io/index.js';
import { SeedTree } from '../src/rng.js';

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const sizes = option('edges', '10000,1000000').split(',').map(Number);
const seed = Number(option('seed', '1'));
const repeat = Number(option('repeat', '3'));
if (sizes.some((s) => !Number.isInteger(s) || s < 10))
  throw new ParameterError('--edges', option('edges', ''), 'comma-separated integers >= 10');
if (!Number.isInteger(repeat) || repeat < 1) throw new ParameterError('--repeat', repeat, 'an integer >= 1');

/** The three files of one graph with `m` edges. */
function writeFiles(dir: string, m: number): Record<'csv' | 'graphml' | 'gexf', string> {
  const rng = new SeedTree(seed).stream(`bench/graph-io-${m}`);
  const n = Math.max(2, Math.floor(m / 10));
  const perm = Uint32Array.from({ length: n }, (_, i) => i);
  rng.shuffle(perm);
  const src = new Uint32Array(m);
  const dst = new Uint32Array(m);
  for (let e = 0; e < m; e++) {
    src[e] = perm[rng.int(n)]!;
    dst[e] = perm[rng.int(n)]!;
  }
  const csv: string[] = ['follower,followee\n'];
  const ml: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n<graph id="G" edgedefault="directed">\n',
  ];
  const gx: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph defaultedgetype="directed">\n<nodes>\n',
  ];
  for (let i = 0; i < n; i++) {
    ml.push(`<node id="${perm[i]}"/>\n`);
    gx.push(`<node id="${perm[i]}"/>\n`);
  }
  gx.push('</nodes>\n<edges>\n');
  for (let e = 0; e < m; e++) {
    csv.push(`${src[e]},${dst[e]}\n`);
    ml.push(`<edge source="${src[e]}" target="${dst[e]}"/>\n`);
    gx.push(`<edge id="${e}" source="${src[e]}" target="${dst[e]}"/>\n`);
  }
  ml.push('</graph>\n</graphml>\n');
  gx.push('</edges>\n</graph>\n</gexf>\n');
  const files = { csv: join(dir, `g${m}.csv`), graphml: join(dir, `g${m}.graphml`), gexf: join(dir, `g${m}.gexf`) };
  writeFileSync(files.csv, csv.join(''));
  writeFileSync(files.graphml, ml.join(''));
  writeFileSync(files.gexf, gx.join(''));
  return files;
}

/** Follow count and an order-free checksum of the follows by label (labels are numbers here). */
function signature(g: LoadedGraph): string {
  const { offsets, targets } = g.graph.following;
  const num = g.labels.map(Number);
  let h = 0;
  for (let u = 0; u < g.graph.n; u++) {
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      let x = Math.imul(num[u]! + 0x9e3779b9, 0x85ebca6b) ^ Math.imul(num[targets[k]!]! + 0x7f4a7c15, 0xc2b2ae35);
      x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d);
      h = (h + ((x ^ (x >>> 12)) >>> 0)) % 4294967291;
    }
  }
  return `${g.graph.m} follows, ${g.stats.edgesRead} read, checksum ${h}`;
}

const dir = mkdtempSync(join(tmpdir(), 'goodhart-bench-graph-io-'));
let failed = false;
try {
  console.log(
    `graph-io: seed ${seed}, best of ${repeat}; load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  console.log('edges      format   size MB   CPU s    wall s   CPU vs CSV');
  for (const m of sizes) {
    const files = writeFiles(dir, m);
    const best: Record<string, { cpu: number; wall: number }> = {};
    const sig: Record<string, string> = {};
    for (const fmt of ['csv', 'graphml', 'gexf'] as const) {
      let c = Infinity;
      let w = Infinity;
      let g: LoadedGraph | null = null;
      for (let r = 0; r < repeat; r++) {
        const c0 = cpu();
        const w0 = performance.now();
        g = readGraphFile(files[fmt]);
        c = Math.min(c, cpu() - c0);
        w = Math.min(w, (performance.now() - w0) / 1000);
      }
      best[fmt] = { cpu: c, wall: w };
      sig[fmt] = signature(g!);
      const ratio = fmt === 'csv' ? '' : `${(c / best.csv!.cpu).toFixed(2)}x`;
      console.log(
        `${String(m).padEnd(10)} ${fmt.padEnd(8)} ${(statSync(files[fmt]).size / 1e6).toFixed(1).padStart(7)} ${c.toFixed(3).padStart(7)} ${w.toFixed(3).padStart(9)}   ${ratio}`,
      );
    }
    if (sig.graphml !== sig.csv || sig.gexf !== sig.csv) {
      console.log(`  MISMATCH: the three files did not load as the same graph at ${m} edges`);
      failed = true;
    } else console.log(`  same graph from all three: ${sig.csv}`);
    if (m === Math.max(...sizes) && best.graphml!.cpu > 3 * best.csv!.cpu) {
      console.log(`  FAIL: GraphML took ${(best.graphml!.cpu / best.csv!.cpu).toFixed(2)}x the CSV (limit 3x)`);
      failed = true;
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
