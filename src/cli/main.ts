/**
 * `goodhart` entry point: finds the sub-command, parses its options, runs it, and turns
 * Goodhart errors into one clear message and a non-zero exit code.
 *
 *   argv ─▶ command lookup ─▶ parseCommandArgs (checks every option) ─▶ command.run ─▶ exit code
 */
import { GoodhartError } from '../errors.js';
import { commandHelp, parseCommandArgs, wrapText } from './args.js';
import { COMMANDS } from './commands/index.js';
import { VERSION } from '../version.js';

/** Top-level help: every command with its summary (wrapped at HELP_WIDTH columns under the summary column). */
export function mainHelp(): string {
  // Every command, then each of its sub-commands (`sweep merge`) under it.
  const entries = COMMANDS.flatMap((c) => [c, ...(c.subcommands ?? []).map((s) => ({ ...s, name: `${c.name} ${s.name}` }))]);
  const width = Math.max(...entries.map((c) => c.name.length)) + 4;
  return [
    `goodhart ${VERSION}: a seeded simulator of influence-metric gaming`,
    '',
    'Usage: goodhart <command> [options]      (goodhart <command> --help for its options)',
    '',
    'Commands:',
    ...entries.flatMap((c) => wrapText(c.summary, width + 2).map((l, i) => (i === 0 ? `  ${c.name.padEnd(width)}${l}` : l))),
    '',
    'Every run is seeded: the same --seed and options give byte-identical output files.',
  ].join('\n');
}

/** Run the CLI on argv (without `node` and the script); resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(mainHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    console.log(VERSION);
    return 0;
  }
  const top = COMMANDS.find((c) => c.name === name);
  if (!top) {
    console.error(`goodhart: unknown command ${JSON.stringify(name)} (allowed: ${COMMANDS.map((c) => c.name).join(', ')})`);
    return 2;
  }
  // `goodhart sweep merge ...`: a sub-command word picks the command that parses the rest.
  const sub = top.subcommands?.find((c) => c.name === rest[0]);
  const cmd = sub ? { ...sub, name: `${top.name} ${sub.name}` } : top;
  if (sub) rest.shift();
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(commandHelp(cmd));
    return 0;
  }
  try {
    return await cmd.run(parseCommandArgs(cmd, rest));
  } catch (e) {
    if (e instanceof GoodhartError) {
      console.error(`goodhart ${cmd.name}: ${e.message}`);
      return e.exitCode;
    }
    throw e;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
