/**
 * `goodhart scorers`: list the registered scorers (id, family, version, description, source) and
 * the features a `formula:<expression>` scorer may use.
 */
import { FEATURES } from '../../metrics/features.js';
import { FORMULA_CONSTANTS, FORMULA_FUNCTIONS } from '../../metrics/formula.js';
import { SCORERS } from '../../metrics/registry.js';
import type { Command, ParsedArgs } from '../args.js';
import { hangingTable, wrapWords } from '../text-table.js';

/** The scorer table as text lines (one row per scorer, the description wrapped to fit 100 columns). */
export function scorerTable(): string[] {
  return hangingTable([['id', 'family', 'version', 'description'], ...SCORERS.map((s) => [s.id, s.family, s.version, s.description])]);
}

export const scorersCommand: Command = {
  name: 'scorers',
  summary: 'list the registered scorers and the features formula scorers can use',
  options: {
    format: { kind: 'enum', choices: ['text', 'json'], default: 'text', description: 'output format' },
  },
  examples: ['goodhart scorers', 'goodhart scorers --format json'],
  async run(args: ParsedArgs): Promise<number> {
    if (args.options.format === 'json') {
      const scorers = SCORERS.map(({ id, family, version, description, source }) => ({ id, family, version, description, source }));
      const features = FEATURES.map(({ name, unit, description }) => ({ name, unit, description }));
      console.log(JSON.stringify({ scorers, features, functions: FORMULA_FUNCTIONS, constants: FORMULA_CONSTANTS }, null, 2));
      return 0;
    }
    const lines = [...scorerTable(), '', 'Formula scorers: --scorers "formula:<expression>" over these per-agent features:'];
    lines.push(...hangingTable(FEATURES.map((f) => ['', f.name, `${f.description} [${f.unit}]`])));
    lines.push(...wrapWords(`functions: ${FORMULA_FUNCTIONS.join(', ')}; constants: ${FORMULA_CONSTANTS.join(', ')}`, '  '));
    lines.push('  example: formula:10*log10(1 + followers) + 5*amplification');
    lines.push('', 'Your own scorer: --scorers ./my-scorer.ts in run, score and gauntlet (see docs/scorers.md).');
    console.log(lines.join('\n'));
    return 0;
  },
};
