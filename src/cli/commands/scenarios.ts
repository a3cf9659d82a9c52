/** `goodhart scenarios`: list the scenarios with a one-line description each. */
import type { Command } from '../args.js';
import { DEFAULT_SCENARIO, SCENARIOS } from '../../scenarios/registry.js';

export const scenariosCommand: Command = {
  name: 'scenarios',
  summary: 'list the scenarios with a one-line description each',
  options: {},
  async run() {
    const w = Math.max(...SCENARIOS.map((s) => s.id.length)) + 2;
    for (const s of SCENARIOS) console.log(`${s.id.padEnd(w)}${s.summary}${s.id === DEFAULT_SCENARIO ? ' (default)' : ''}`);
    return 0;
  },
};
