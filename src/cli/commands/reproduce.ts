/**
 * `goodhart reproduce [--fast] [--only ID,...] [--fresh-seeds A..B] [--out DIR]`: regenerate every figure the docs
 * quote (the registry in src/reproduce/quoted/) through the library API, on the seeds quoted and on
 * fresh seeds, and write reproduce.md and reproduce.csv (src/reproduce/report.ts).
 *
 *   argv ─▶ 1. check (seeds, --out) ─▶ 2. run every world (progress, time left) ─▶ 3. judge ─▶ 4. write
 */
import type { Command } from '../args.js';
import { progress } from '../progress.js';
import { ParameterError } from '../../errors.js';
import { FORCE_OPTION, OUT_RULES, checkOutDir, outTarget, writeResult } from '../../pipeline/out-dir.js';
import { parseSeeds } from '../../pipeline/seed-list.js';
import { packageDocs } from '../../reproduce/docs.js';
import { FAST_IDS, QUOTED, REPRODUCED } from '../../reproduce/quoted.js';
import { reproduceCsv, reproduceMarkdown } from '../../reproduce/report.js';
import { FRESH_SEEDS, reproduce } from '../../reproduce/run.js';

/** Fresh seeds of `--fast` (CI): fewer than the full run's ten. */
const FAST_FRESH = '7001..7003';

export const reproduceCommand: Command = {
  name: 'reproduce',
  summary: 'regenerate every figure the docs quote, on the quoted seeds and fresh ones; write reproduce.md',
  options: {
    fast: {
      kind: 'bool',
      description: `only a few cheap figures (${FAST_IDS.length}) and ${FAST_FRESH} as fresh seeds: the CI subset`,
      default: false,
    },
    only: {
      kind: 'text',
      description: 'only the figures whose id starts with one of these (comma-separated), e.g. calibrated-',
      placeholder: 'ID,...',
    },
    'fresh-seeds': {
      kind: 'text',
      description: `seeds no doc quotes, for the interval: a range or list (default ${FRESH_SEEDS[0]}..${FRESH_SEEDS[FRESH_SEEDS.length - 1]})`,
      placeholder: 'A..B',
    },
    out: { kind: 'text', description: `output directory (default: results/reproduce); ${OUT_RULES}`, placeholder: 'DIR' },
    force: FORCE_OPTION,
    quiet: { kind: 'bool', description: 'no progress bar', default: false, short: 'q' },
  },
  examples: [
    'goodhart reproduce',
    'goodhart reproduce --fast --out /tmp/reproduce',
    'goodhart reproduce --only calibrated-,lesson- --out /tmp/some',
    'npm run reproduce',
  ],
  async run(args) {
    // 1. Check everything before any work.
    const fast = args.options.fast === true;
    const rawFresh = args.options['fresh-seeds'] as string | undefined;
    const fresh = rawFresh !== undefined ? parseSeeds(rawFresh) : fast ? parseSeeds(FAST_FRESH) : [...FRESH_SEEDS];
    const rawOnly = args.options.only as string | undefined;
    const only = rawOnly
      ?.split(',')
      .map((x) => x.trim())
      .filter((x) => x.length > 0);
    const chosen = fast ? REPRODUCED.filter((f) => FAST_IDS.includes(f.id)) : REPRODUCED;
    const figures = only === undefined ? chosen : chosen.filter((f) => only.some((p) => f.id.startsWith(p)));
    if (only !== undefined && figures.length === 0)
      throw new ParameterError('--only', rawOnly, 'prefixes of figure ids in the registry (src/reproduce/quoted/), e.g. calibrated-');
    // Fresh means no doc quotes it for any figure (not only for those of this run).
    const quotedSeeds = new Set(REPRODUCED.flatMap((f) => f.seeds));
    const clash = fresh.filter((s) => quotedSeeds.has(s));
    if (clash.length > 0)
      throw new ParameterError(
        '--fresh-seeds',
        rawFresh,
        `seeds the docs never quote (${clash.join(', ')} ${clash.length > 1 ? 'are' : 'is'} quoted)`,
      );
    if (fresh.length < 2) throw new ParameterError('--fresh-seeds', rawFresh, 'at least 2 seeds (an interval needs a spread)');
    const target = outTarget(args.options, 'reproduce', 'results/reproduce');
    checkOutDir(target);
    // 2-3. Run every world, then judge every figure.
    const bar = progress('reproduce', args.options.quiet as boolean);
    const start = Date.now();
    const results = reproduce(figures, {
      fresh,
      onProgress: (done, total) => {
        const left = ((Date.now() - start) / done) * (total - done);
        bar.update(done, total, `worlds, ~${Math.ceil(left / 1000)} s left`);
      },
    });
    bar.stop();
    // 4. Write.
    const read = packageDocs();
    const command = [
      'goodhart reproduce',
      ...(fast ? ['--fast'] : []),
      ...(rawOnly !== undefined ? [`--only ${rawOnly}`] : []),
      ...(rawFresh !== undefined ? [`--fresh-seeds ${rawFresh}`] : []),
    ].join(' ');
    const others = fast || only !== undefined ? [] : QUOTED.filter((f) => f.kind !== 'reproduced');
    const files = new Map([
      ['reproduce.md', reproduceMarkdown(results, others, read, command, fresh)],
      ['reproduce.csv', reproduceCsv(results, read)],
    ]);
    const written = writeResult(target, files);
    const ok = results.filter((r) => r.reproduced).length;
    const inside = results.filter((r) => r.quoteInInterval).length;
    console.log(`${results.length} figures: same seed reproduced ${ok}, quote in the fresh seeds' interval ${inside}`);
    console.log(`wrote ${written}`);
    return 0;
  },
};
