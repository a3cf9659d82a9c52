/**
 * The figures docs/performance.md quotes, registered by their exact text (src/reproduce/figure.ts).
 * Every number is a machine timing or size of the pipeline benchmark: measured, not reproduced.
 */
import { figureBuilders } from './builders.js';

const { measured } = figureBuilders('docs/performance.md');
const BENCH = 'npm run bench -- pipeline --sizes 10000,100000 --ticks 50';
const SNAPSHOT_MEMORY = 'npm run bench -- snapshot-memory';
const ONE_MILLION = 'npm run bench -- pipeline --sizes 1000000 --ticks 50 --progress';
const AFTER_100K = 'npm run bench -- pipeline --sizes 100000 --ticks 50 --progress';

/** The registered figures of docs/performance.md. */
export const PERFORMANCE_DOC = [
  measured('| simulation | 16.6 | 2.13', BENCH), // line 52
  measured('| truth | 69.6 | 3.85', BENCH), // line 53
  measured('| scorers | 50.0 | 2.97', BENCH), // line 54
  measured('| drift | 82.7 | 4.41', BENCH), // line 55
  measured('| budget sweep | 38.3 | 4.52', BENCH), // line 56
  measured('| claims | 16.4 | 1.20', BENCH), // line 57
  measured('| tables | 7.12 | 0.60', BENCH), // line 58
  measured('| parquet | 39.2 | 1.74', BENCH), // line 59
  measured('| charts | 82.4 | 6.34', BENCH), // line 60
  measured('| report | 2.04 | 0.09', BENCH), // line 61
  measured('| write | 2.76 | 0.14', BENCH), // line 62
  measured('(start-up, plan, checks) | 4.33 | 0.22', BENCH), // line 63
  measured('**total** | **411** | **28.2', BENCH), // line 64
  measured('Written: 7.5 MB in 32 files: report.html 1.0 MB, charts/ 2.1 MB, CSV 3.6 MB, Parquet 0.8', BENCH), // line 66
  measured('Peak memory 34.5', BENCH), // line 67
  measured('| simulation | 402 | 35.9', BENCH), // line 74
  measured('| truth | 442 | 79.0 | 1.07', BENCH), // line 75
  measured('| scorers | 165 | 32.5 | 1.07', BENCH), // line 76
  measured('| drift | 210 | 47.2 | 1.15', BENCH), // line 77
  measured('| budget sweep | 273 | 80.2 | 1.15', BENCH), // line 78
  measured('| claims | 23.3 | 10.2 | 1.15', BENCH), // line 79
  measured('| tables | 7.26 | 3.30 | 1.44', BENCH), // line 80
  measured('| parquet | 6.56 | 4.46 | 1.44', BENCH), // line 81
  measured('| charts | 8.26 | 4.37 | 1.44', BENCH), // line 82
  measured('| report | 0.14 | 0.06 | 1.44', BENCH), // line 83
  measured('| write | 1.22 | 0.46 | 1.44', BENCH), // line 84
  measured('(start-up, plan, checks) | 2.35 | 0.94', BENCH), // line 85
  measured('| **1540** | **299** | **1.44', BENCH), // line 86
  measured('Written: 51.0 MB in 32 files: **report.html 1.2 MB, charts/ 3.7 MB**, CSV 37.2 MB, Parquet 8.8', BENCH), // line 88
  measured('and 104 MB of charts, and 1.97 GB peak memory (now 1.44', BENCH), // line 90
  measured('nᵇ), by CPU time: total 1.03', BENCH), // line 92
  measured('simulation 1.23, truth 1.31, scorers 1.04, drift 1.03, budget sweep 1.25, claims 0.93', BENCH), // line 93
  measured('0.74, Parquet 0.41, charts −0.16, report −0.18, write 0.52. Peak memory 0.61; bytes written 0.83', BENCH), // line 94
  measured('of which report.html 0.08 and charts/ 0.26', BENCH), // line 95
  measured('Memory per account: 14.0', BENCH), // line 99
  measured('100,000 the peak grew by 1.09', BENCH), // line 100
  measured('this path; issue 19 saw 9.2', BENCH), // line 102
  measured('(rendering SVG and PNG, 6.3', BENCH), // line 106
  measured('phase, then the budget sweep (4.5', BENCH), // line 107
  measured('of the scenario), drift (4.4', BENCH), // line 107
  measured('truth (3.9 s) and the scorers (3.0 s). The Parquet copies cost 1.7', BENCH), // line 108
  measured('run): report.html 0.95 MB, charts/ 1.5', BENCH), // line 132
  measured('200,000) gives less than 2.5', BENCH), // line 137
  measured('| 20,000 | 326,498 | 2.63 | 7.87 |', 'npm run bench -- sim-truth'), // line 154
  measured('| 100,000 | 1,633,872 | 17.5 | 60.5 |', 'npm run bench -- sim-truth'), // line 155
  measured('Growth exponents 20,000 \u2192 100,000: simulation 1.18, truth 1.27.', 'npm run bench -- sim-truth'), // line 157
  measured("(src/truth/ic.ts) 70%, the cascades (src/engine/cascade.ts) 10%, sorting the truth's rows", 'npm run bench -- sim-truth'), // line 160
  measured("(`sortedFollowingRows`) 5%, the snapshot's move probabilities 2%, freezing the follow graph", 'npm run bench -- sim-truth'), // line 161
  measured('(`buildCsr`) 2%, garbage collection 1.5%, the graph generator 1%. No per-tick sort, Map or', 'npm run bench -- sim-truth'), // line 162
  measured('| 20,000 | 495,360 | 17.9 | 2.8 | 1.5 |', 'npm run bench -- sim-truth'), // line 169
  measured('| 100,000 | 1,423,207 | 33.7 | 6.0 | 3.4 to 6.1 (load) |', 'npm run bench -- sim-truth'), // line 170
  measured(
    'The estimator needs fewer sets per account as spreads grow (\u00d72.9 sets for \u00d75 accounts), but each',
    'npm run bench -- sim-truth',
  ), // line 172
  measured(
    "set is larger (\u00d71.9 draws): the sampled work is \u221d n^1.05, as the model's own spreads grow with",
    'npm run bench -- sim-truth',
  ), // line 173
  measured(
    'not faster (3.4 to 5.8 \u00b5s per set against 3.4 to 3.6 in id order, same load), so it was not kept.',
    'npm run bench -- sim-truth',
  ), // line 177
  measured('--sizes 20000` after the changes gave simulation 3.35 and truth 8.45 CPU s, above the 2.63 and', 'npm run bench -- sim-truth'), // line 209
  measured(
    '7.87 measured before at load 15 \u2014 at this load CPU seconds swing by more than the changes save',
    'npm run bench -- sim-truth',
  ), // line 210
  measured("(the profile's parts they touch are about 5% of truth and a few % of the simulation, and the", 'npm run bench -- sim-truth'), // line 211
  measured(
    '100000 --ticks 50`, load 20 to 30, `nice`d), against the table above: simulation 30.2 CPU s',
    'npm run bench -- pipeline --sizes 100000 --ticks 50',
  ), // line 216
  measured(
    '(35.9 before), truth 79.4 (79.0), scorers 34.3, drift 48.3, **budget sweep 50.2 (80.2)**, claims',
    'npm run bench -- pipeline --sizes 100000 --ticks 50',
  ), // line 217
  measured(
    '10.1 (10.2), total 264 (299); peak memory 1.64 GB (1.44 GB), written 51.1 MB, report.html 1.2 MB,',
    'npm run bench -- pipeline --sizes 100000 --ticks 50',
  ), // line 218
  measured(
    'charts/ 3.9 MB. The load differed between the two runs (the sweep ran at a quieter moment: wall',
    'npm run bench -- pipeline --sizes 100000 --ticks 50',
  ), // line 219
  measured(
    "72.7 s against 273 s), so only part of these differences is the code's.",
    'npm run bench -- pipeline --sizes 100000 --ticks 50',
  ), // line 220
  measured('| `driftRows`, 6 scorers, CPU | 54.6 s | 9.8 s (12.2 s in `npm run bench -- drift`) |', 'npm run bench -- drift'), // line 243
  measured('| Spearman / scipy (wall, same run) | 1.55\u00d7 slower | 1.28\u00d7 slower |', 'npm run bench -- drift'), // line 244
  measured('| Kendall \u03c4-b / scipy (wall, same run) | 2.44\u00d7 slower | 1.52\u00d7 slower |', 'npm run bench -- drift'), // line 245
  measured('Targets not yet met: all drift measures for 6 scorers under 5 s (9.8\u201312.2 s CPU here), and', 'npm run bench -- drift'), // line 248
  // Memory (issue 19, items 2 and 4): the snapshot-memory benchmark and the partial runs at 1,000,000 accounts.
  measured('| 20,000 | 326,498 | 9 | 128.6 | 6.43 |', SNAPSHOT_MEMORY),
  measured('| 20,000 | 326,498 | 1 | 19.0 | 0.95 | 0.69 |', SNAPSHOT_MEMORY),
  measured('| 100,000 | 1,633,872 | 9 | 655.6 | 6.56 |', SNAPSHOT_MEMORY),
  measured('| 100,000 | 1,633,872 | 1 | 92.1 | 0.92 | 0.70 |', SNAPSHOT_MEMORY),
  measured('So each snapshot costs 0.69 to 0.70 kB per account, and the nine of a run 6.4 to 6.6 kB of the', SNAPSHOT_MEMORY),
  measured('Why the 100,000-account peak rose from 1.44 to 1.64 GB', 'npm run bench -- pipeline --sizes 100000 --ticks 50'),
  measured('rose from 1.44 to 1.64 GB** between the two measured', 'npm run bench -- pipeline --sizes 100000 --ticks 50'),
  measured('3.05 CPU minutes; resident memory 1.83 GB', ONE_MILLION),
  // The Slurm estimate: arithmetic on the 100,000-account phase CPU times measured above.
  measured('(after the changes: simulation 30.2, truth 79.4, scorers', 'npm run bench -- pipeline --sizes 100000 --ticks 50'),
  measured('34.3, drift 48.3 and claims 10.1 CPU s)', 'npm run bench -- pipeline --sizes 100000 --ticks 50'),
  measured('100,000 s, about 27.8 hours | 32 rounds: 6,400 s, about 1.8 hours |', 'npm run bench -- pipeline --sizes 100000 --ticks 50'),
  measured('10,000 s, about 2.8 hours |', 'npm run bench -- pipeline --sizes 100000 --ticks 50'),
  measured('1 round: 200 s, about 3.3 minutes |', 'npm run bench -- pipeline --sizes 100000 --ticks 50'),
  // <generated: partial runs>
  measured('| simulation | 342 | 25.9 | 540.1 MB |', AFTER_100K),
  measured('| truth | 1535 | 110 | 540.1 MB |', AFTER_100K),
  measured('| scorers | 799 | 41.7 | 540.1 MB |', AFTER_100K),
  measured('| drift | 144 | 10.8 | 556.4 MB |', AFTER_100K),
  measured('| budget sweep | 1260 | 97.6 | 556.4 MB |', AFTER_100K),
  measured('| claims | 284 | 23.6 | 556.4 MB |', AFTER_100K),
  measured('| tables | 29.8 | 2.78 | 864.4 MB |', AFTER_100K),
  measured('| parquet | 49.1 | 4.90 | 864.4 MB |', AFTER_100K),
  measured('| charts | 43.1 | 5.07 | 864.4 MB |', AFTER_100K),
  measured('| report | 0.66 | 0.06 | 864.4 MB |', AFTER_100K),
  measured('| write | 5.85 | 0.59 | 864.4 MB |', AFTER_100K),
  measured('| other (start-up, plan, checks) | 20.3 | 1.62 | |', AFTER_100K),
  measured('| **total** | **4513** | **325** | **864.4 MB** |', AFTER_100K),
  measured(
    'Written: 51.1 MB in 36 files (report.html 1.2 MB, charts/ 3.9 MB, CSV 37.2 MB, Parquet 8.8 MB); peak RSS per account 8.4 kB.',
    AFTER_100K,
  ),
  measured('**After them** (started at 12:50 UTC): after 24 minutes and 1.6 CPU minutes it was still', ONE_MILLION),
  measured('building the world and running the first 6 ticks (no snapshot recorded yet), at 1.0 GB resident; where it got to', ONE_MILLION),
  measured(
    'at 13:47 UTC: phases so far (each summed over its occurrences) simulation 147 CPU s (1999 s wall); truth 150 CPU s (1264 s wall); peak resident memory 2.24 GB, 2.13 GB resident then.',
    ONE_MILLION,
  ),
  measured('6.1 kB per account above the fixed 250 MB of Node, the renderer and DuckDB. If that scales with', AFTER_100K),
  measured('node with more memory. Before the changes the same run peaked at 1.64 GB.', AFTER_100K),
  // </generated>
];
