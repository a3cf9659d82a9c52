/**
 * Benchmark: the full gauntlet suite v1 for one scorer on its default worlds, timed.
 * Target: under 2 minutes on a 2-core machine. Usage: npx tsx bench/gauntlet.ts [scorer] [suite]
 */
import { runGauntlet } from '../src/gauntlet/run.js';
import { loadScorerRef, parseScorerRef } from '../src/gauntlet/scorer-ref.js';
import { getSuite } from '../src/gauntlet/suites/registry.js';

const scorerArg = process.argv[2] ?? 'pagerank';
const suite = getSuite(process.argv[3] ?? 'v1');
const ref = parseScorerRef(scorerArg);
const info = await loadScorerRef(ref);
const t0 = performance.now();
const [r] = await runGauntlet(suite, [{ ref, info }], { concurrency: 2 });
const s = (performance.now() - t0) / 1000;
const cells = suite.worlds.length * suite.seeds.length * suite.attacks.reduce((n, a) => n + a.budgets.length, 0);
console.log(`gauntlet ${suite.id} (${cells} cells) for ${info.id}: ${s.toFixed(1)} s (target < 120 s); failures: ${r!.failures.length}`);
