/**
 * `goodhart sweep slurm`: the place of the Slurm job-script writer. This build has none; it says so
 * and exits non-zero. Shards run anywhere with `goodhart sweep X --shard i/n` (or a Slurm array's
 * environment) and are united by `goodhart sweep merge` (docs/sweeps.md).
 */
import type { Command } from '../args.js';

export const sweepSlurmCommand: Command = {
  name: 'slurm',
  summary: 'write a Slurm array job for a sweep (not available in this build)',
  options: {},
  async run() {
    console.error(
      'goodhart sweep slurm: not available in this build; run shards with goodhart sweep <experiment.json> --shard i/n and unite them with goodhart sweep merge',
    );
    return 2;
  },
};
