/**
 * gauntlet.md and leaderboard.md (`--format markdown`): a summary for a pull-request comment, in
 * GitHub-flavoured Markdown: the verdict against the baseline in one line, one table row per
 * attack (breakdown budget, the measures at the largest budget, what regressed), then every
 * regression and failed cell. Like the JUnit file it agrees with the exit code.
 */
import { formatRegression, type Regression } from './baseline.js';
import { breakdownText, leaderboardRows } from './report.js';
import type { GauntletResult } from './result.js';

/** A table cell: `|` escaped, line breaks flattened. */
const cell = (s: string | number) =>
  String(s)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
const fmt = (v: number | null | undefined) => (v === null || v === undefined ? '–' : Number.isInteger(v) ? String(v) : v.toFixed(3));
const row = (cells: readonly (string | number)[]) => `| ${cells.map(cell).join(' | ')} |`;

/** The largest-budget mean of a measure, with the baseline's when there is one: "0.812 (was 0.950)". */
function withBase(v: number | null, b: number | null | undefined): string {
  return b === undefined || b === v ? fmt(v) : `${fmt(v)} (was ${fmt(b)})`;
}

/**
 * gauntlet.md for one result. `baseline` and `regressions` come from the `--baseline` comparison
 * (undefined and [] without one).
 */
export function gauntletMarkdown(r: GauntletResult, baseline: GauntletResult | undefined, regressions: readonly Regression[]): string {
  const out = [`## Gauntlet ${r.suite.id} (version ${r.suite.version}): \`${r.scorer.id}\``, ''];
  if (!baseline) out.push('No baseline given (`--baseline`): measures only, nothing to regress.');
  else if (regressions.length === 0)
    out.push(`✅ **Holds against the baseline** (made with \`${baseline.scorer.id}\`): no measure worse beyond the suite's tolerance.`);
  else {
    const attacks = [...new Set(regressions.map((x) => x.attack))];
    out.push(
      `❌ **Regression: ${regressions.length} measure(s) worse than the baseline beyond tolerance**, in ${attacks.map((a) => `\`${a}\``).join(', ')}.`,
    );
  }
  if (r.failures.length > 0) out.push('', `⚠️ **The scorer failed in ${r.failures.length} cell(s)** (listed below and in gauntlet.json).`);
  if (r.truth) out.push('', `> ${r.truth}`);
  const unit = r.budgetUnit === 'per1000' ? ' per 1,000 accounts' : '';
  out.push(
    '',
    row(['attack', `largest budget${unit}`, 'breakdown budget', 'AUC', 'top-k overlap', 'Spearman ρ', 'rank lift', 'vs baseline']),
    row(['---', '---:', '---', '---:', '---:', '---:', '---:', '---']),
  );
  for (const a of r.attacks) {
    const top = a.rows[a.rows.length - 1]!;
    const bTop = baseline?.attacks.find((x) => x.id === a.id)?.rows[a.rows.length - 1]?.measures;
    const mine = regressions.filter((x) => x.attack === a.id).length;
    const failed = a.rows.reduce((s, x) => s + x.failed, 0);
    const status = !baseline ? '–' : mine > 0 ? `❌ ${mine} worse` : '✅ holds';
    out.push(
      row([
        `\`${a.id}\``,
        `${top.budget} ${a.costUnit}`,
        breakdownText(a, r.thresholds),
        withBase(top.measures.auc.mean, bTop?.auc.mean),
        withBase(top.measures.overlap.mean, bTop?.overlap.mean),
        withBase(top.measures.spearman.mean, bTop?.spearman.mean),
        withBase(top.measures.lift.mean, bTop?.lift.mean),
        failed > 0 ? `${status}, ⚠️ ${failed} failed cell(s)` : status,
      ]),
    );
  }
  if (regressions.length > 0) out.push('', '### Regressions', '', ...regressions.map((x) => `- ${formatRegression(x)}`));
  if (r.failures.length > 0) {
    out.push('', '### Failed cells', '');
    for (const f of r.failures.slice(0, 20)) out.push(`- ${f.attack}, budget ${f.budget}, seed ${f.seed}: ${cell(f.reason)}`);
    if (r.failures.length > 20) out.push(`- … and ${r.failures.length - 20} more (gauntlet.json lists them all)`);
  }
  out.push(
    '',
    `Breakdown budget: the first budget where the mean AUC < ${r.thresholds.auc} or the top-${r.k} overlap with truth < ${r.thresholds.overlap}. ` +
      `Seeds ${r.seeds.join(', ')}; goodhart ${r.goodhartVersion}.`,
    '',
  );
  return out.join('\n');
}

/**
 * leaderboard.md: one row per scorer, best first; `named` (the scorers the user named) are marked,
 * and each row lists the attacks under which the scorer already fails a threshold with no attack.
 */
export function leaderboardMarkdown(results: readonly GauntletResult[], named: readonly string[] = []): string {
  const r0 = results[0]!;
  const rows = leaderboardRows(results, named);
  const out = [
    `## Gauntlet ${r0.suite.id} (version ${r0.suite.version}) leaderboard`,
    '',
    `Robustness: mean over the ${r0.attacks.length} attacks of the AUC at each attack's largest budget.`,
    ...(r0.truth ? ['', `> ${r0.truth}`] : []),
    '',
    row(['rank', 'scorer', 'family', 'robustness (AUC)', 'attacks held', 'fails with no attack', 'failed cells']),
    row(['---:', '---', '---', '---:', '---:', '---', '---:']),
  ];
  for (const [i, x] of rows.entries())
    out.push(
      row([
        i + 1,
        `\`${x.scorer}\`${x.named ? ' (named)' : ''}`,
        x.family,
        fmt(x.robustness),
        `${x.held} / ${r0.attacks.length}`,
        x.brokenWithoutAttack.length ? x.brokenWithoutAttack.join(', ') : '–',
        x.failed,
      ]),
    );
  out.push('');
  return out.join('\n');
}
