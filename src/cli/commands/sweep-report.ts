/**
 * `goodhart sweep report DIR`: (re)write the report of an existing sweep folder —
 * `sweep-report.html` and `charts/` — from its experiment.json and rows.csv, through the same
 * `writeSweepReport` that `goodhart sweep` calls when its last cell is done. The `sweep` command
 * hands its arguments after the word `report` to this command.
 */
import { relative, resolve } from 'node:path';
import type { Command } from '../args.js';
import { ParameterError } from '../../errors.js';
import { writeSweepReport } from '../../sweep/report/index.js';
import { isSweepFolder } from '../../sweep/folder.js';
import { acquireSweepLock } from '../../sweep/lock.js';

export const sweepReportCommand: Command = {
  name: 'report',
  summary: 'write (or rewrite) the report of a finished sweep folder: sweep-report.html and charts/',
  positionals: [{ name: 'dir', description: 'a folder written by goodhart sweep (holding experiment.json and rows.csv)' }],
  options: {},
  examples: ['goodhart sweep report results/sweeps/tiny'],
  async run(args) {
    const dir = args.positionals[0];
    if (dir === undefined || dir === '') throw new ParameterError('sweep folder', dir, 'the path of a folder written by goodhart sweep');
    // the folder's lock: never rewrite the report while a sweep or merge writes the folder
    const abs = resolve(dir);
    const lock = isSweepFolder(abs) ? acquireSweepLock(abs, (line) => console.error(line)) : undefined;
    let files: string[];
    try {
      files = await writeSweepReport(dir);
    } finally {
      lock?.release();
    }
    const charts = files.filter((f) => f.endsWith('.vl.json')).length;
    console.log(`wrote ${relative(process.cwd(), files[0]!) || files[0]} and ${charts} chart${charts === 1 ? '' : 's'} in ${dir}/charts`);
    return 0;
  },
};
