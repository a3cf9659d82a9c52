/**
 * Prints the adaptive-dominance table: per built-in scorer, the seed-mean rank lift of the adaptive
 * attacker and of every fixed attack at one budget, on the smoke suite's 300-person world (the set-up
 * of tests/gauntlet/adaptive-dominance.test.ts).
 * Usage: npx tsx scripts/adaptive-dominance.ts [budget=200] [seeds=1,2,…,48] [scorer,...]
 */
import { SCORERS } from '../src/metrics/registry.js';
import { dominanceVerdict, measureDominance } from '../tests/gauntlet/adaptive-measure.js';

const budget = Number(process.argv[2] ?? 200);
const seeds = (process.argv[3] ?? Array.from({ length: 48 }, (_, i) => i + 1).join(',')).split(',').map(Number);
const only = process.argv[4]?.split(',');
const t0 = performance.now();
const rows = measureDominance(
  SCORERS.filter((s) => !only || only.includes(s.id)),
  budget,
  seeds,
);
const ids = Object.keys(rows[0]?.fixed ?? {});
console.log(['scorer', 'adaptive', 'best fixed', 'attack', 'adaptive − best', 'paired s.e.', 'holds', 'runner-up', ...ids].join('\t'));
for (const r of rows) {
  const v = dominanceVerdict(r, 0.02);
  const second = Object.values(r.fixed).sort((a, b) => b - a)[1]!;
  console.log(
    [
      r.scorer,
      r.adaptive.toFixed(3),
      v.bestLift.toFixed(3),
      v.best,
      v.diff.toFixed(3),
      v.se.toFixed(3),
      v.holds ? 'yes' : 'NO',
      second.toFixed(3),
      ...ids.map((i) => r.fixed[i]!.toFixed(3)),
    ].join('\t'),
  );
}
console.log(`budget ${budget}, seeds ${seeds.join(',')}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
