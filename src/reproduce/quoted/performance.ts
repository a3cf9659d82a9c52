/**
 * The figures docs/performance.md quotes, registered by their exact text (src/reproduce/figure.ts).
 * Every number is a machine timing or size of the pipeline benchmark: measured, not reproduced.
 */
import { figureBuilders } from './builders.js';

const { measured } = figureBuilders('docs/performance.md');
const BENCH = 'npm run bench -- pipeline --sizes 10000,100000 --ticks 50';

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
  measured('finished after 45 minutes, 9.2', BENCH), // line 149
];
