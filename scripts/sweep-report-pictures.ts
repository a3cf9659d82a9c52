/**
 * The pictures of docs/sweep-report.md: two charts of the sweep report drawn from the synthetic
 * fixture sweep of the report's tests (a 2 × 3 grid × 3 seeds with made-up values; no simulation),
 * until reports of real sweeps are published. Run: npx tsx scripts/sweep-report-pictures.ts
 */
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderChart } from '../src/charts/render.js';
import { loadSweep } from '../src/sweep/report/load.js';
import { sweepCharts } from '../src/sweep/report/page.js';
import { gridFixture, writeFixtureSweep } from '../tests/sweep/report/fixtures.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The tests' fixture, with made-up values kept inside each measure's range (ρ below 1).
const fixture = gridFixture();
const dir = writeFixtureSweep({
  ...fixture,
  value: (p, seed, scorer, measure, tick) => fixture.value(p, seed, scorer, measure, tick) - (measure === 'spearman' ? 0.25 : 0),
});
try {
  const charts = sweepCharts(await loadSweep(dir));
  const wanted: Record<string, string> = {
    'line--spearman--roles.gamer': 'sweep-report-line.png',
    'heatmap--spearman': 'sweep-report-heatmap.png',
  };
  for (const c of charts) {
    const file = wanted[c.name];
    if (!file) continue;
    const { png } = await renderChart(c.spec, { scale: 1.5 });
    writeFileSync(join(root, 'docs', 'img', file), png);
    console.log(`docs/img/${file}`);
  }
} finally {
  rmSync(dirname(dir), { recursive: true, force: true });
}
