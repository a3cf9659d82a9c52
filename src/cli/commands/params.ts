/**
 * `goodhart params [scenario] [--json]`: every model parameter a run can set (`--set NAME=VALUE`,
 * `--config FILE`), with its default in that scenario, what is allowed and its source (a citation
 * or `illustrative`). Without a scenario: the declared defaults, every generator and every attack.
 * docs/model.md's parameter table is {@link parameterMarkdown} of the same rows (`npm run docs:params`).
 */
import { listParameters, type ParameterRow } from '../../engine/settings.js';
import { SCENARIOS, getScenario } from '../../scenarios/registry.js';
import type { Command, ParsedArgs } from '../args.js';

const shown = (v: ParameterRow['default']) => (v === null ? '—' : String(v));

/** The rows as aligned text lines: name, default, allowed, source, description. */
export function parameterTable(rows: readonly ParameterRow[]): string[] {
  const cells = rows.map((r) => [r.name, shown(r.default), r.allowed, r.source, r.description]);
  const head = ['name', 'default', 'allowed', 'source', 'description'];
  const w = head.map((h, j) => Math.max(h.length, ...cells.map((c) => c[j]!.length)));
  const fmt = (c: string[]) => c.map((x, j) => (j < 4 ? x.padEnd(w[j]!) : x)).join('  ');
  return [fmt(head), ...cells.map(fmt)];
}

/** The rows as a Markdown table (pipes in cells escaped), for docs/model.md. */
export function parameterMarkdown(rows: readonly ParameterRow[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return [
    '| name | default | allowed | source | description |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| \`${r.name}\` | ${esc(shown(r.default))} | ${esc(r.allowed)} | ${esc(r.source)} | ${esc(r.description)} |`),
  ].join('\n');
}

export const paramsCommand: Command = {
  name: 'params',
  summary: 'list every model parameter (name, default in a scenario, range, source) that --set and --config take',
  positionals: [
    {
      name: 'scenario',
      description: `a scenario id, to show its defaults and its attacks' parameters (${SCENARIOS.map((s) => s.id).join(', ')}); default: all, with the declared defaults`,
      optional: true,
    },
  ],
  options: {
    json: { kind: 'bool', description: 'print the same rows as JSON', default: false },
  },
  examples: [
    'goodhart params',
    'goodhart params bought-vs-engaging',
    'goodhart params attention-vs-influence --json',
    'goodhart run baseline --set influence.audienceTie=0.2 --set roles.gamer=0.05',
  ],
  async run(args: ParsedArgs): Promise<number> {
    const id = args.positionals[0];
    const rows = listParameters(id === undefined ? undefined : getScenario(id));
    if (args.options.json) console.log(JSON.stringify(rows, null, 2));
    else console.log(parameterTable(rows).join('\n'));
    return 0;
  },
};
