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
  /** Positional arguments, e.g. `<scenario>`; `optional` ones may be omitted. */
  readonly positionals?: readonly { name: string; description: string; optional?: boolean }[];
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
  if (positionals.length > allowed.length)
    throw new ParameterError(
      'arguments',
      positionals.slice(allowed.length).join(' '),
      allowed.length ? `at most: ${allowed.map((p) => `<${p.name}>`).join(' ')}` : 'no positional arguments',
    );
  if (positionals.length < required)
    throw new ParameterError(`<${allowed[positionals.length]!.name}>`, undefined, allowed[positionals.length]!.description);
  return { options, positionals, argv };
}

/** Help text of one command: usage, positionals, every option with its default, examples. */
export function commandHelp(cmd: Command): string {
  const pos = (cmd.positionals ?? []).map((p) => (p.optional ? `[${p.name}]` : `<${p.name}>`)).join(' ');
  const lines = [`Usage: goodhart ${cmd.name}${pos ? ` ${pos}` : ''} [options]`, '', cmd.summary, ''];
  if (cmd.positionals?.length) {
    lines.push('Arguments:');
    for (const p of cmd.positionals) lines.push(`  ${(p.optional ? `[${p.name}]` : `<${p.name}>`).padEnd(26)}${p.description}`);
    lines.push('');
  }
  lines.push('Options:');
  for (const [name, spec] of Object.entries(cmd.options)) {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.kind === 'bool' ? '' : ` <${spec.kind === 'text' ? (spec.placeholder ?? 'value') : spec.kind}>`}`;
    const allowed = spec.kind === 'text' || spec.kind === 'bool' ? '' : ` (${describeAllowed(spec)})`;
    const def = spec.default === undefined || spec.default === '' ? '' : ` [default: ${spec.default}]`;
    lines.push(`  ${flag.padEnd(30)}${spec.description}${allowed}${def}`);
  }
  lines.push(`      ${'--help'.padEnd(26)}show this help`);
  if (cmd.examples?.length) lines.push('', 'Examples:', ...cmd.examples.map((e) => `  ${e}`));
  return lines.join('\n');
}
