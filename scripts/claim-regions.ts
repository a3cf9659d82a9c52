/**
 * `npm run regions -- <sweep folder>...`: write each scenario's claim regions,
 * `src/scenarios/regions/<scenario>.json`, and their index `src/scenarios/regions/index.ts`, from
 * finished one-parameter sweep folders (src/sweep/regions.ts). Every scenario the folders cover is
 * rewritten whole; a scenario they do not cover keeps its file. Run it after the sweeps:
 *
 *   for f in experiments/claims-*-*.json; do goodhart sweep $f --workers 2; done   # not claims-by-size
 *   npm run regions -- results/sweeps/claims-*
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { writeFileAtomic } from '../src/sweep/files.js';
import { loadSweep } from '../src/sweep/report/load.js';
import { scenarioRegions, type LoadedSweep } from '../src/sweep/regions.js';

const OUT = join(import.meta.dirname, '..', 'src', 'scenarios', 'regions');

const dirs = process.argv.slice(2).filter((d) => existsSync(join(d, 'rows.csv')));
const sweeps: LoadedSweep[] = [];
for (const dir of dirs) {
  const data = await loadSweep(dir);
  if (data.params.length !== 1) {
    console.log(`skipped ${basename(dir)}: sweeps ${data.params.length} parameters`);
    continue;
  }
  sweeps.push({ dir, data });
}
for (const [scenario, regions] of scenarioRegions(sweeps)) {
  writeFileAtomic(join(OUT, `${scenario}.json`), `${JSON.stringify(regions, null, 2)}\n`);
  console.log(`wrote src/scenarios/regions/${scenario}.json (${Object.keys(regions.claims).length} claims)`);
}
const files = readdirSync(OUT)
  .filter((f) => f.endsWith('.json'))
  .sort();
const ident = (f: string) => f.replace(/\.json$/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const index = [
  '// Written by `npm run regions` (scripts/claim-regions.ts): the claim region files of this folder. Do not edit.',
  "import type { ScenarioRegions } from '../claims/region.js';",
  ...files.map((f) => `import ${ident(f)} from './${f}' with { type: 'json' };`),
  '',
  '/** Claim regions by scenario id (src/scenarios/claims/region.ts); a scenario without a file has no measured region. */',
  'export const CLAIM_REGIONS: Readonly<Record<string, ScenarioRegions>> = {',
  ...files.map((f) => `  '${f.replace(/\.json$/, '')}': ${ident(f)} as ScenarioRegions,`),
  '};',
  '',
].join('\n');
writeFileAtomic(join(OUT, 'index.ts'), index);
console.log(`wrote src/scenarios/regions/index.ts (${files.length} scenarios)`);
