/**
 * One grammar for every command (issue 16.6): walk every registered command's `--help`, parse the
 * options it documents, check each one is accepted with a valid value (and its short form), that
 * shared options mean the same everywhere, and proofread the text (line width, words run together,
 * descriptions' punctuation). In-process: each child process costs seconds of start-up.
 */
import { describe, expect, it, vi } from 'vitest';
import { parseCommandArgs, HELP_WIDTH, type OptionSpec } from '../../src/cli/args.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { main } from '../../src/cli/main.js';

/** stdout of `goodhart ...argv`, run in this process. */
async function helpOf(argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => {
    out += `${a.join(' ')}\n`;
  });
  try {
    return { code: await main(argv), out };
  } finally {
    log.mockRestore();
  }
}

/** The options a help text documents: long name, short letter, placeholder (none for a flag). */
function documentedOptions(help: string): { name: string; short?: string; placeholder?: string }[] {
  const out: { name: string; short?: string; placeholder?: string }[] = [];
  for (const line of help.split('\n')) {
    const m = /^ {2}(?:-([a-zA-Z]), | {4})--([a-z][a-z0-9-]*)(?: <([^>]+)>)?(?: {2,}|$)/.exec(line);
    if (m) out.push({ name: m[2]!, ...(m[1] ? { short: m[1] } : {}), ...(m[3] ? { placeholder: m[3] } : {}) });
  }
  return out;
}

/** A value the option accepts: its default, its smallest value, its first choice, or a sample text. */
function validValue(spec: OptionSpec): string {
  if (spec.kind === 'enum' || spec.kind === 'int' || spec.kind === 'number' || spec.kind === 'string') return String(spec.default);
  return 'x';
}

/** Every command and every sub-command (`sweep merge`), by the words a user types. */
const EVERY = COMMANDS.flatMap((c) => [[c.name, c] as const, ...(c.subcommands ?? []).map((s) => [`${c.name} ${s.name}`, s] as const)]);

describe('every command documents and accepts the same options alike', () => {
  it('goodhart --help lists every registered command', async () => {
    const { code, out } = await helpOf(['--help']);
    expect(code).toBe(0);
    for (const c of COMMANDS) expect(out).toMatch(new RegExp(`^ {2}${c.name}\\s{2,}\\S`, 'm'));
    for (const line of out.trimEnd().split('\n')) expect(line.length, line).toBeLessThanOrEqual(HELP_WIDTH);
  });

  it.each(EVERY)('%s: every documented option is accepted with a valid value', async (name, cmd) => {
    const { code, out } = await helpOf([...name.split(' '), '--help']);
    expect(code).toBe(0);
    const documented = documentedOptions(out);
    // help documents exactly the declared options, plus --help
    expect(documented.map((o) => o.name).sort()).toEqual([...Object.keys(cmd.options), 'help'].sort());
    // required positionals get a placeholder value (the parser checks their count, the command their names)
    const pos = (cmd.positionals ?? []).filter((p) => !p.optional).map(() => 'x');
    for (const o of documented) {
      if (o.name === 'help') continue;
      const spec = cmd.options[o.name]!;
      expect(o.placeholder === undefined, `--${o.name}: a flag has no <value> in help, an option has one`).toBe(spec.kind === 'bool');
      const argv = [...pos, ...(spec.kind === 'bool' ? [`--${o.name}`] : [`--${o.name}`, validValue(spec)])];
      expect(() => parseCommandArgs(cmd, argv), `${name} ${argv.join(' ')}`).not.toThrow();
      if (o.short) {
        const short = [...pos, ...(spec.kind === 'bool' ? [`-${o.short}`] : [`-${o.short}`, validValue(spec)])];
        const parsed = parseCommandArgs(cmd, short);
        expect(parsed.options[o.name], `${name} ${short.join(' ')}`).toEqual(parseCommandArgs(cmd, argv).options[o.name]);
      }
    }
    // and an option it does not document is refused, naming the option
    expect(() => parseCommandArgs(cmd, [...pos, '--no-such-option'])).toThrow(/--no-such-option/);
  });

  it.each(EVERY)('%s: the help text is proofread', async (name, cmd) => {
    const { out } = await helpOf([...name.split(' '), '--help']);
    for (const line of out.trimEnd().split('\n')) {
      expect(line.length, `line over ${HELP_WIDTH} columns: ${line}`).toBeLessThanOrEqual(HELP_WIDTH);
      expect(line, 'trailing space').not.toMatch(/\s$/);
      // words run together: a placeholder, bracket or sentence end glued to the next word
      expect(line, `words run together: ${line}`).not.toMatch(/[>)\]][A-Za-z]|[a-z][.;:][A-Z]/);
    }
    for (const [opt, spec] of Object.entries(cmd.options)) {
      expect(spec.description, `--${opt} has a description`).not.toBe('');
      expect(spec.description, `--${opt}: descriptions end without a period, like all the others`).not.toMatch(/\.$/);
      expect(spec.description, `--${opt}: descriptions start in lower case, like all the others`).toMatch(/^[a-z(]/);
    }
  });

  /** Options shared by several commands, by name. */
  const sharing = (name: string) => COMMANDS.filter((c) => name in c.options);

  it('--seed defaults to 1 wherever a world is simulated from a seed', () => {
    // lessons: each lesson has its own seed (the one its point is tested at), said in their help
    for (const c of sharing('seed').filter((x) => x.name !== 'lesson' && x.name !== 'lessons')) {
      expect(parseCommandArgs(c, []).options.seed, c.name).toBe(1);
      expect(c.options.seed!.short, `${c.name} -s`).toBe('s');
    }
    expect(sharing('seed').map((c) => c.name)).toEqual(expect.arrayContaining(['run', 'truth', 'score']));
  });

  it('-q is --quiet in every command that has --quiet, and every writing command has it', () => {
    for (const c of sharing('quiet')) expect(c.options.quiet!.short, c.name).toBe('q');
    for (const c of sharing('out')) expect(Object.keys(c.options), c.name).toContain('quiet');
  });

  it("every writing command's default --out is under results/", () => {
    const writers = sharing('out');
    expect(writers.map((c) => c.name).sort()).toEqual([
      'explore',
      'gauntlet',
      'lesson',
      'lessons',
      'reproduce',
      'run',
      'score',
      'sweep',
      'truth',
    ]);
    for (const c of writers) expect(c.options.out!.description, c.name).toMatch(/^output directory \(default: results\//);
  });

  it('--scorers reads the same in run, score and gauntlet (ids, formulas and files)', () => {
    const users = sharing('scorers');
    expect(users.map((c) => c.name).sort()).toEqual(['gauntlet', 'run', 'score']);
    const head = (c: (typeof users)[number]) => c.options.scorers!.description.split('; default:')[0];
    for (const c of users) {
      expect(head(c), c.name).toBe(head(users[0]!));
      expect(head(c)).toMatch(/registered ids.*formula:<expr>.*files/);
    }
  });
});
