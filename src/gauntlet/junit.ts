/**
 * gauntlet.junit.xml (`--format junit`): the gauntlet as JUnit XML, the test-report format CI
 * systems display (GitHub Actions test reporters, GitLab, Jenkins).
 *
 *   <testsuites>                 one per run (scorer × suite)
 *     <testsuite name=attack>    one per attack
 *       <testcase name="budget B: measure">   one per attack × budget × measure
 *       <testcase name="breakdown budget">    one per attack
 *
 * The file agrees with the exit code: a `<failure>` is a regression against the baseline (exit 1),
 * its message the old and new values, by how much and the tolerance; an `<error>` is a budget
 * where the scorer failed in some cell (exit 3), with the first reason. Without `--baseline`
 * nothing can regress, so no test case fails: the thresholds locate the breakdown budget (a
 * scorer is expected to give way at some budget of the ladder), they are not pass marks. Every
 * test case carries its values (mean, min, max over replicates; the baseline's mean) in
 * `<system-out>`. No timestamps or durations: the same run gives the same bytes.
 * Format reference: the JUnit XML schema as read by Jenkins and Ant (testsuites / testsuite /
 * testcase / failure / error / system-out, counts as attributes).
 */
import { formatRegression, type Regression } from './baseline.js';
import { MEASURE_NAMES, MEASURE_LABELS } from './measures.js';
import type { AttackResult, GauntletResult } from './result.js';
import { verdictText } from './result.js';

/** XML text of `s` for an attribute or element: the five special characters escaped, characters XML 1.0 forbids dropped. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const num = (v: number | null | undefined) => (v === null || v === undefined ? 'none' : Number.isInteger(v) ? String(v) : v.toFixed(4));

interface Case {
  readonly name: string;
  readonly out: string;
  readonly failure?: string | undefined;
  readonly error?: string | undefined;
}

/** The test cases of one attack: budget × measure, then the breakdown budget. */
function cases(r: GauntletResult, a: AttackResult, base: GauntletResult | undefined, regs: readonly Regression[]): Case[] {
  const ba = base?.attacks.find((x) => x.id === a.id);
  const out: Case[] = [];
  a.rows.forEach((row, i) => {
    const reps = row.measures.auc.values.length;
    const reason = r.failures.find((f) => f.attack === a.id && f.budget === row.budget)?.reason;
    for (const m of MEASURE_NAMES) {
      const s = row.measures[m];
      const b = ba?.rows[i]?.measures[m].mean;
      const reg = regs.find((x) => x.attack === a.id && x.budget === row.budget && x.measure === m);
      out.push({
        name: `budget ${row.budget}: ${m}`,
        out:
          `${MEASURE_LABELS[m]} at budget ${row.budget} (${a.costUnit}): mean ${num(s.mean)} (min ${num(s.min)}, max ${num(s.max)}) ` +
          `over ${reps - row.failed} of ${reps} replicates${base ? `; baseline mean ${num(b)}` : ''}`,
        failure: reg ? formatRegression(reg) : undefined,
        error: row.failed > 0 ? `the scorer failed in ${row.failed} of ${reps} cells at budget ${row.budget}: ${reason ?? ''}` : undefined,
      });
    }
  });
  const reg = regs.find((x) => x.attack === a.id && x.measure === 'breakdown');
  out.push({
    name: 'breakdown budget',
    out:
      `breakdown budget ${verdictText(a.breakdown)} (AUC < ${r.thresholds.auc} or top-${r.k} overlap < ${r.thresholds.overlap})` +
      (ba ? `; baseline ${verdictText(ba.breakdown)}` : ''),
    failure: reg ? formatRegression(reg) : undefined,
    error: a.breakdown.verdict === 'failed' ? 'the scorer did not run in every budget: no verdict' : undefined,
  });
  return out;
}

/**
 * gauntlet.junit.xml for one result. `baseline` and `regressions` come from the `--baseline`
 * comparison (compareWithBaseline); without a baseline pass undefined and [] (no failures).
 */
export function gauntletJunit(r: GauntletResult, baseline: GauntletResult | undefined, regressions: readonly Regression[]): string {
  const suites = r.attacks.map((a) => ({ a, cases: cases(r, a, baseline, regressions) }));
  const count = (cs: readonly Case[], k: 'failure' | 'error') => cs.filter((c) => c[k] !== undefined).length;
  const all = suites.flatMap((s) => s.cases);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xmlEscape(`goodhart gauntlet ${r.suite.id} (version ${r.suite.version}): ${r.scorer.id}`)}" tests="${all.length}" failures="${count(all, 'failure')}" errors="${count(all, 'error')}">`,
  ];
  for (const { a, cases: cs } of suites) {
    lines.push(
      `  <testsuite name="${xmlEscape(a.id)}" tests="${cs.length}" failures="${count(cs, 'failure')}" errors="${count(cs, 'error')}" skipped="0">`,
      '    <properties>',
      `      <property name="suite" value="${xmlEscape(`${r.suite.id} version ${r.suite.version}`)}"/>`,
      `      <property name="scorer" value="${xmlEscape(`${r.scorer.id} ${r.scorer.version}`)}"/>`,
      `      <property name="cost unit" value="${xmlEscape(a.costUnit + (r.budgetUnit === 'per1000' ? ' per 1,000 real accounts' : ''))}"/>`,
      ...(r.graph ? [`      <property name="graph" value="${xmlEscape(`${r.graph.path} (sha256 ${r.graph.sha256})`)}"/>`] : []),
      '    </properties>',
    );
    for (const c of cs) {
      lines.push(`    <testcase classname="${xmlEscape(`gauntlet.${r.suite.id}.${a.id}`)}" name="${xmlEscape(c.name)}">`);
      if (c.failure !== undefined)
        lines.push(`      <failure type="regression" message="${xmlEscape(c.failure)}">${xmlEscape(c.failure)}</failure>`);
      if (c.error !== undefined)
        lines.push(`      <error type="scorer-failed" message="${xmlEscape(c.error)}">${xmlEscape(c.error)}</error>`);
      lines.push(`      <system-out>${xmlEscape(c.out + (r.truth ? `\n${r.truth}` : ''))}</system-out>`, '    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>', '');
  return lines.join('\n');
}
