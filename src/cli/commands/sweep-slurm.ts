/**
 * `goodhart sweep slurm <experiment.json|.yaml> --shards N`: write a ready sbatch array script that runs
 * the sweep in N shards on a Slurm cluster (one array task per shard, src/sweep/slurm-script.ts),
 * and print how to submit it and merge the shards.
 *
 *   argv ─▶ 1. check (experiment file, --shards, sbatch options, --out, --script) ─▶ 2. the script
 *        ─▶ 3. write the cluster folder atomically (src/pipeline/out-dir.ts): logs/ (Slurm does not
 *        create the folder of --output: a task whose log folder is missing fails without a word),
 *        and sweep.sbatch unless --script names another file ─▶ 4. print submit and merge commands
 *
 * The folder `--out DIR` (default results/sweeps/<experiment name>-slurm) then receives each task's
 * shard (DIR/shard-i) and the merge (DIR/merged). The tasks run the same node and goodhart as this
 * command (absolute paths), from the working directory this command ran in.
 */
import { closeSync, existsSync, fsyncSync, lstatSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from '../args.js';
import { ParameterError } from '../../errors.js';
import { parseDecimalInt } from '../../params.js';
import { FORCE_OPTION, OUT_RULES, checkOutDir, outTarget, writeResult } from '../../pipeline/out-dir.js';
import { MAX_SHARDS } from '../../sweep/shard.js';
import { readExperimentFile } from '../../sweep/run.js';
import { SLURM_SCRIPT_SIGNATURE, shellQuote, slurmScript } from '../../sweep/slurm-script.js';

/** The marker's command for the cluster folder. */
const COMMAND = 'sweep-slurm';

/**
 * The argv that starts this same goodhart: the running node and, from a checkout, bin/goodhart.mjs
 * (runs the sources through tsx); from the installed package, dist/cli/bin.js. `npx goodhart` is
 * not used: in a checkout it finds no bin (dist/ is built only by `npm pack`), and on a cluster
 * node it may resolve another version than the one that wrote the script.
 */
export function goodhartArgv(): string[] {
  const here = fileURLToPath(import.meta.url);
  const bin = here.endsWith('.ts')
    ? resolve(dirname(here), '..', '..', '..', 'bin', 'goodhart.mjs')
    : resolve(dirname(here), '..', 'bin.js');
  return [process.execPath, bin];
}

/** Write the script to a file of its own (--script), crash-safely; an existing file only with --force and only one of ours. */
function writeScriptFile(file: string, text: string, force: boolean): void {
  if (existsSync(file) || isLink(file)) {
    const st = lstatSync(file);
    const ours =
      st.isFile() &&
      readFileSync(file, 'utf8')
        .split('\n', 6)
        .some((l) => l.startsWith(SLURM_SCRIPT_SIGNATURE));
    if (!ours) throw new ParameterError('--script', file, 'a new file, or a script goodhart sweep slurm wrote (with --force)');
    if (!force)
      throw new ParameterError('--script', file, 'a new file (it holds a script goodhart sweep slurm wrote: add --force to replace it)');
  }
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    const fd = openSync(tmp, 'wx', 0o644);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new ParameterError('--script', file, `a file that can be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

function optionalText(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export const sweepSlurmCommand: Command = {
  name: 'slurm',
  summary: 'write a ready sbatch array script that runs a sweep in N shards on a Slurm cluster, and print how to merge them',
  positionals: [{ name: 'experiment', description: 'the experiment file (JSON or YAML) of the sweep (see docs/cluster.md)' }],
  options: {
    shards: { kind: 'text', description: `number of shards = Slurm array tasks, 1 to ${MAX_SHARDS} (required)`, placeholder: 'N' },
    out: {
      kind: 'text',
      description: `the cluster folder: logs/, the script, then shard-<i>/ and merged/ (default: results/sweeps/<experiment name>-slurm); ${OUT_RULES}`,
      placeholder: 'DIR',
    },
    partition: { kind: 'text', description: 'sbatch --partition (default: the cluster default)', placeholder: 'P' },
    time: { kind: 'text', description: 'sbatch --time per task (minutes, HH:MM:SS, D-HH:MM:SS)', placeholder: 'HH:MM:SS' },
    'cpus-per-task': { kind: 'text', description: 'sbatch --cpus-per-task; each shard then runs with --workers C', placeholder: 'C' },
    mem: { kind: 'text', description: 'sbatch --mem per task (e.g. 4G)', placeholder: 'M' },
    script: { kind: 'text', description: 'write the script to FILE instead of DIR/sweep.sbatch', placeholder: 'FILE' },
    force: FORCE_OPTION,
  },
  examples: [
    'goodhart sweep slurm experiment.json --shards 50',
    'goodhart sweep slurm experiment.json --shards 200 --partition short --time 00:30:00 --mem 8G',
  ],
  async run(args) {
    // 1. Check everything before writing anything.
    const experiment = args.positionals[0]!;
    // The experiment is read and checked in full, as `goodhart sweep` will on each node (JSON or YAML).
    readExperimentFile(experiment);
    const rawShards = args.options.shards;
    if (rawShards === undefined)
      throw new ParameterError('--shards', undefined, `the number of shards, 1 to ${MAX_SHARDS} (one Slurm array task each)`);
    const shards = parseDecimalInt(
      '--shards',
      rawShards,
      1,
      MAX_SHARDS,
      `a whole number from 1 to ${MAX_SHARDS.toLocaleString('en-US')} (one Slurm array task per shard)`,
    );
    const cpus = args.options['cpus-per-task'];
    const cpusPerTask = cpus === undefined ? undefined : parseDecimalInt('--cpus-per-task', cpus, 1, 1024);
    const name = basename(experiment, extname(experiment));
    const target = outTarget(args.options, COMMAND, join('results', 'sweeps', `${name}-slurm`));
    const dir = resolve(target.dir);
    const scriptOption = optionalText(args.options.script);
    const scriptFile = scriptOption === undefined ? join(dir, 'sweep.sbatch') : resolve(scriptOption);
    // 2. The script (checks the sbatch options).
    const text = slurmScript({
      experiment: resolve(experiment),
      dir,
      shards,
      goodhart: goodhartArgv(),
      workdir: process.cwd(),
      jobName: `goodhart-${name.replace(/[^A-Za-z0-9_.+-]/g, '_').slice(0, 80) || 'sweep'}`,
      partition: optionalText(args.options.partition),
      time: optionalText(args.options.time),
      cpusPerTask,
      mem: optionalText(args.options.mem),
    });
    checkOutDir(target);
    if (scriptOption !== undefined && (scriptFile === dir || scriptFile.startsWith(`${dir}/`)))
      throw new ParameterError(
        '--script',
        scriptOption,
        `a file outside --out (${target.dir}), or no --script (the script then goes to ${join(target.dir, 'sweep.sbatch')})`,
      );
    // 3. Write: the script file first (a refusal leaves nothing), then the folder.
    if (scriptOption !== undefined) writeScriptFile(scriptFile, text, args.options.force === true);
    const files = new Map<string, string>([
      ['logs/README.md', `Slurm writes the log of array task i here, as shard-i.out (sbatch --output in ${scriptFile}).\n`],
    ]);
    if (scriptOption === undefined) files.set('sweep.sbatch', text);
    writeResult(target, files);
    // 4. Tell the user what to do next.
    const mergeLine = text.trimEnd().split('\n').at(-1)!.slice(2);
    console.log(
      `wrote ${scriptFile}: a Slurm array of ${shards} task${shards === 1 ? '' : 's'}, task i runs shard i/${shards} into ${join(dir, 'shard-<i>')}`,
    );
    console.log(`submit: sbatch ${shellQuote(scriptFile)}`);
    console.log(`watch:  squeue --me   (logs: ${join(dir, 'logs', 'shard-<i>.out')})`);
    console.log(`merge, when no task is left: ${mergeLine}`);
    return 0;
  },
};
