/**
 * `goodhart gauntlet --list-suites`: every suite with its version, worlds, seeds, budget unit, each
 * attack's budget ladder, and what changed from the version before (the suite file's `changes`).
 */
import { getAttack } from '../../attacks/registry.js';
import type { Suite } from '../suite.js';

/** Lines describing `suites`, one block per suite separated by a blank line. */
export function describeSuites(suites: readonly Suite[]): string[] {
  const out: string[] = [];
  for (const s of suites) {
    if (out.length) out.push('');
    out.push(`${s.id} (version ${s.version}): ${s.description}`);
    out.push(`  changes: ${s.changes}`);
    out.push(
      `  worlds: ${s.worlds.map((w) => `${w.id} (${w.agents} people, ${w.ticks} ticks)`).join(', ')}; seeds ${s.seeds.join(', ')}; top k ${s.k}`,
    );
    out.push(
      `  budgets: ${s.budgetsPer1000 ? 'per 1,000 real accounts (works with --graph)' : "absolute, for the suite's own world"}; breakdown: AUC < ${s.thresholds.auc} or overlap < ${s.thresholds.overlap}`,
    );
    const width = Math.max(...s.attacks.map((a) => a.id.length));
    for (const a of s.attacks) out.push(`    ${a.id.padEnd(width)}  ${a.budgets.join(' / ')}  ${getAttack(a.id).costUnit}`);
  }
  return out;
}
