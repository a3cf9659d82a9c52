/**
 * The CI example of docs/gauntlet.md ("In your CI"), run exactly as written: the script between
 * the `ci-example` markers is taken from the doc and run by bash in a fresh project folder that
 * has goodhart as its local `npx goodhart` command, the example scorer in src/my-scorer.ts and the
 * committed baseline made with it on the smoke suite (tests/gauntlet/fixtures/ci), with
 * GAUNTLET_SUITE=smoke. The scorer the baseline was made with holds (exit 0, a JUnit file without
 * failures, "Holds" in the job summary); a deliberately worse change of it (every follower counts)
 * fails with exit 1, the regressions as JUnit failures (read by a real XML parser) and in the summary.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

const REPO = resolve('.');
const FIXTURES = join(REPO, 'tests/gauntlet/fixtures/ci');

/** The documented CI script: the ```sh block between the ci-example markers of docs/gauntlet.md. */
function documentedScript(): string {
  const doc = readFileSync(join(REPO, 'docs/gauntlet.md'), 'utf8');
  const m = /<!-- ci-example:start -->\n```sh\n([\s\S]*?)```\n<!-- ci-example:end -->/.exec(doc);
  if (!m) throw new Error('docs/gauntlet.md has no ci-example block');
  return m[1]!;
}

/** A user's project: package.json, `npx goodhart` (this repository's CLI), the scorer and the committed baseline. */
function project(scorer: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gauntlet-ci-'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "my-scorer-project", "private": true, "type": "module" }\n');
  mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
  const bin = join(dir, 'node_modules/.bin/goodhart');
  writeFileSync(bin, `#!/bin/sh\nexec node ${JSON.stringify(join(REPO, 'bin/goodhart.mjs'))} "$@"\n`);
  chmodSync(bin, 0o755);
  mkdirSync(join(dir, 'src'));
  copyFileSync(join(FIXTURES, scorer), join(dir, 'src/my-scorer.ts'));
  mkdirSync(join(dir, 'gauntlet'));
  copyFileSync(join(FIXTURES, 'baseline-smoke.json'), join(dir, 'gauntlet/baseline-smoke.json'));
  return dir;
}

/** Run the documented script in `dir` as a CI runner would; the job summary goes to summary.md. */
function runScript(dir: string) {
  const summary = join(dir, 'summary.md');
  writeFileSync(summary, '');
  const env = { ...process.env, GAUNTLET_SUITE: 'smoke', GITHUB_STEP_SUMMARY: summary, npm_config_update_notifier: 'false' };
  const r = spawnSync('bash', ['-c', documentedScript()], { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 24 });
  return { code: r.status, out: r.stdout, err: r.stderr, summary: readFileSync(summary, 'utf8') };
}

type Case = { '@name': string; failure?: { '@message': string } };
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => ['testsuite', 'testcase'].includes(n) });

function junit(dir: string): { failures: number; failed: string[] } {
  const xml = readFileSync(join(dir, 'gauntlet-results/gauntlet.junit.xml'), 'utf8');
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parser.parse(xml).testsuites as { '@failures': string; testsuite: { '@name': string; testcase: Case[] }[] };
  const failed = doc.testsuite.flatMap((s) => s.testcase.filter((c) => c.failure).map((c) => `${s['@name']}: ${c.failure!['@message']}`));
  return { failures: Number(doc['@failures']), failed };
}

describe('the CI example of docs/gauntlet.md, run as written', () => {
  it('the documented script runs the gauntlet against the committed baseline with JUnit and Markdown output', () => {
    const script = documentedScript();
    expect(script).toContain('npx goodhart gauntlet');
    expect(script).toMatch(/--baseline "gauntlet\/baseline-\$suite.json"/);
    expect(script).toContain('--format junit,markdown');
  });

  it('holds (exit 0) for the scorer the baseline was made with', () => {
    const dir = project('my-scorer.ts');
    const r = runScript(dir);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/holds against the baseline gauntlet\/baseline-smoke.json/);
    expect(junit(dir)).toEqual({ failures: 0, failed: [] });
    expect(r.summary).toMatch(/✅ \*\*Holds against the baseline\*\*/);
  });

  it('fails (exit 1) for a deliberately worse scorer: the regressions in the console, the JUnit file and the summary', () => {
    const dir = project('worse-scorer.ts');
    const r = runScript(dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/REGRESSION: \d+ measure\(s\) worse than the baseline/);
    const { failures, failed } = junit(dir);
    expect(failures).toBeGreaterThan(0);
    expect(failures).toBe(failed.length);
    // Bought followers are what the worse scorer counts: its AUC there falls, old → new value in the message.
    expect(failed.join('\n')).toMatch(/bought-followers: bought-followers: auc at budget 200: 0\.\d+ → 0\.\d+ \(worse by/);
    expect(r.summary).toMatch(/❌ \*\*Regression: \d+ measure\(s\) worse than the baseline beyond tolerance\*\*/);
    expect(r.summary).toContain('### Regressions');
  });
});
