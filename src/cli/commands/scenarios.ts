/** `goodhart scenarios`: list the scenarios with a one-line description each. */
import type { Command } from '../args.js';
import { hangingTable } from '../text-table.js';
import { DEFAULT_SCENARIO, SCENARIOS } from '../../scenarios/registry.js';

export const scenariosCommand: Command = {
  name: 'scenarios',
  summary: 'list the scenarios with a one-line description each',
  options: {},
  async run() {
    const rows = SCENARIOS.map((s) => [s.id, `${s.summary}${s.id === DEFAULT_SCENARIO ? ' (default)' : ''}`]);
    console.log(hangingTable(rows).join('\n'));
    return 0;
  },
};
