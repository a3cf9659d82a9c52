/**
 * Declarative command-line options: each option is a {@link ParamSpec} plus CLI details, so
 * `--help` text, defaults and error messages come from one declaration.
 */
import { parseArgs } from 'node:util';
import { ParameterError } from '../errors.js';
import { describeAllowed, resolveParam, type ParamShape } from '../params.js';

/** One CLI option: a parameter spec (or a free string) plus an optional one-letter alias. */
export type OptionSpec = (
  | ParamShape
  | {
      kind: 'text';
      description: string;
      default?: string;
      placeholder?: string;
      /** Repeatable (`--set a=1 --set b=2`): the value is the list of every occurrence, in order. */
      multiple?: boolean;
    }
) & { short?: string };

/** The options of a command, keyed by long name (kebab-case, without `--`). */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** A sub-command of `goodhart`. Register new ones in src/cli/commands/index.ts. */
export interface Command {
  readonly name: string;
  /** One line for `goodhart --help`. */
  readonly summary: string;
  /** Positional arguments, e.g. `<scenario>`; `optional` ones may be omitted; a `variadic` last one takes every remaining argument. */
  readonly positionals?: readonly { name: string; description: string; optional?: boolean; variadic?: boolean }[];
  /** Sub-commands by their first word (`goodhart sweep merge ...`): the word selects the command that parses the rest. */
  readonly subcommands?: readonly Command[];
  readonly options: OptionSpecs;
  /** Extra help text (examples) printed after the options. */
  readonly examples?: readonly string[];
  /** Run the command; returns the exit code. */
  run(args: ParsedArgs): Promise<number>;
}

/** Parsed arguments: resolved option values (strings for `text` options) and positionals. */
export interface ParsedArgs {
  readonly options: Readonly<Record<string, string | number | boolean | readonly string[] | undefined>>;
  readonly positionals: readonly string[];
  /** The exact argv the command was called with (for "reproduce with" lines). */
  readonly argv: readonly string[];
}

/** True when `--<name>` (or its short form `-<short>`) was typed, as opposed to taking its default. */
export function optionTyped(args: Pick<ParsedArgs, 'argv'>, name: string, short?: string): boolean {
  return args.argv.some(
    (a) =>
      a === `--${name}` ||
      a.startsWith(`--${name}=`) ||
      (short !== undefined && (a === `-${short}` || (a.startsWith(`-${short}`) && !a.startsWith('--')))),
  );
}

/** Parse and check argv for one command; unknown options and bad values raise ParameterError. */
export function parseCommandArgs(cmd: Command, argv: readonly string[]): ParsedArgs {
  const config: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const [name, spec] of Object.entries(cmd.options)) {
    config[name] = {
      type: spec.kind === 'bool' ? 'boolean' : 'string',
      ...(spec.short ? { short: spec.short } : {}),
      ...(spec.kind === 'text' && spec.multiple ? { multiple: true } : {}),
    };
  }
  // `--agents -5`: keep a dash-led value with its option so the value check can name it.
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = argv[i + 1];
    const name = a.startsWith('--') ? a.slice(2) : undefined;
    if (name !== undefined && config[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      args.push(`${a}=${next}`);
      i++;
    } else args.push(a);
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options: config, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = (e as Error).message;
    const m = /Unknown option '([^']+)'/.exec(msg);
    if (m)
      throw new ParameterError(
        'option',
        m[1],
        `one of ${Object.keys(cmd.options)
          .map((o) => `--${o}`)
          .join(', ')} (see goodhart ${cmd.name} --help)`,
      );
    const a = /Option '([^']+)' argument missing/.exec(msg);
    if (a) throw new ParameterError(`option ${a[1]!.split(',')[0]}`, undefined, 'a value after the option');
    throw new ParameterError('arguments', argv.join(' '), msg);
  }
  const options: Record<string, string | number | boolean | readonly string[] | undefined> = {};
  for (const [name, spec] of Object.entries(cmd.options)) {
    const raw = parsed.values[name] as string | boolean | string[] | undefined;
    if (spec.kind === 'text' && spec.multiple) options[name] = raw as string[] | undefined;
    else if (spec.kind === 'text') options[name] = (raw as string | undefined) ?? spec.default;
    else options[name] = resolveParam(`--${name}`, spec as ParamShape, raw);
  }
  const positionals = parsed.positionals;
  const allowed = cmd.positionals ?? [];
  const required = allowed.filter((p) => !p.optional).length;
  if (positionals.length > allowed.length && !allowed[allowed.length - 1]?.variadic)
    throw new ParameterError(
      'arguments',
      positionals.slice(allowed.length).join(' '),
      allowed.length ? `at most: ${allowed.map((p) => `<${p.name}>`).join(' ')}` : 'no positional arguments',
    );
  if (positionals.length < required)
    throw new ParameterError(`<${allowed[positionals.length]!.name}>`, undefined, allowed[positionals.length]!.description);
  return { options, positionals, argv };
}

/** Widest line of any help text, in columns. */
export const HELP_WIDTH = 100;
/** Column where option and argument descriptions start. */
const DESC_COLUMN = 32;

/**
 * Wrap `text` at spaces into lines of at most `width` columns; every line after the first is
 * indented by `indent` spaces. A word longer than a line is kept whole on its own line.
 */
export function wrapText(text: string, indent: number, width = HELP_WIDTH, firstIndent = indent): string[] {
  const lines: string[] = [];
  let cur = '';
  let room = width - firstIndent;
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (cur === '') cur = word;
    else if (cur.length + 1 + word.length <= room) cur += ` ${word}`;
    else {
      lines.push(cur);
      cur = word;
      room = width - indent;
    }
  }
  if (cur !== '') lines.push(cur);
  return lines.map((l, i) => (i === 0 ? l : `${' '.repeat(indent)}${l}`));
}

/** A two-column help entry: `label` then its description from DESC_COLUMN, wrapped; a long label gets the description on the next line. */
function entry(label: string, description: string): string[] {
  const head = `  ${label}`;
  const body = wrapText(description, DESC_COLUMN, HELP_WIDTH);
  if (head.length < DESC_COLUMN - 1) return [`${head.padEnd(DESC_COLUMN)}${body[0] ?? ''}`, ...body.slice(1)];
  return [head, `${' '.repeat(DESC_COLUMN)}${body[0] ?? ''}`, ...body.slice(1)];
}

/** The flag part of an option's help line: `-s, --seed <int>`. */
export function optionFlag(name: string, spec: OptionSpec): string {
  return `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.kind === 'bool' ? '' : ` <${spec.kind === 'text' ? (spec.placeholder ?? 'value') : spec.kind}>`}`;
}

/**
 * Help text of one command: usage, positionals, every option with its default, examples; every
 * line at most {@link HELP_WIDTH} columns (descriptions wrapped under their column).
 */
export function commandHelp(cmd: Command): string {
  const pos = (cmd.positionals ?? []).map((p) => `${p.optional ? `[${p.name}]` : `<${p.name}>`}${p.variadic ? '...' : ''}`).join(' ');
  const lines = [`Usage: goodhart ${cmd.name}${pos ? ` ${pos}` : ''} [options]`, '', ...wrapText(cmd.summary, 0), ''];
  if (cmd.positionals?.length) {
    lines.push('Arguments:');
    for (const p of cmd.positionals) lines.push(...entry(p.optional ? `[${p.name}]` : `<${p.name}>`, p.description));
    lines.push('');
  }
  lines.push('Options:');
  for (const [name, spec] of Object.entries(cmd.options)) {
    const allowed = spec.kind === 'text' || spec.kind === 'bool' ? '' : ` (${describeAllowed(spec)})`;
    const def = spec.default === undefined || spec.default === '' || spec.kind === 'bool' ? '' : ` [default: ${spec.default}]`;
    lines.push(...entry(optionFlag(name, spec), `${spec.description}${allowed}${def}`));
  }
  lines.push(...entry('    --help', 'show this help'));
  if (cmd.subcommands?.length) lines.push('', 'Sub-commands:', ...cmd.subcommands.flatMap((c) => entry(c.name, c.summary)));
  // Examples are never wrapped (a wrapped command would not paste whole); the help test keeps them short.
  if (cmd.examples?.length) lines.push('', 'Examples:', ...cmd.examples.map((e) => `  ${e}`));
  return lines.join('\n');
}
