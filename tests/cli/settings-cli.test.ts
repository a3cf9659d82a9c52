/**
 * Parameters from the command line, as a user types them: `--set NAME=VALUE`, `--config FILE`
 * (JSON, or a run's manifest.json, which reproduces the run), and `goodhart params`.
 * One call of each command starts the real binary (`goodhart`); the rest run through the same
 * entry, `main()`, in this process (`goodhartInProcess`), which saves ~2 s of start-up each.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { goodhart } from '../helpers/cli.js';
import { goodhartInProcess } from '../helpers/cli-in-process.js';
import { parseJsonText } from '../../src/io/json-text.js';
import { InputFormatError } from '../../src/errors.js';

const tmp = mkdtempSync(join(tmpdir(), 'goodhart-settings-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const small = ['--agents', '300', '--ticks', '4', '--quiet'];
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

describe('goodhart run --set / --config', () => {
  const first = join(tmp, 'first');
  it('--set values reach the run and manifest.json records every resolved value by name', () => {
    const r = goodhart([
      'run',
      'bought-vs-engaging',
      '--seed',
      '4',
      ...small,
      '--set',
      'influence.audienceTie=0.2',
      '--set',
      'attacks.engaging-bots.bots=12',
      '--out',
      first,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const p = manifestOf(first).parameters;
    expect(p['influence.audienceTie']).toBe(0.2);
    expect(p['attacks.engaging-bots.bots']).toBe(12);
    expect(p['attacks.bought-followers.budgetPer1000']).toBe(1500);
    expect(p['world.agents']).toBe(300);
    expect(p['roles.gamerAppeal']).toBe(0.5);
  });

  it("--config <a run's manifest.json> writes the same files byte for byte (only the recorded command differs)", async () => {
    const again = join(tmp, 'again');
    const r = await goodhartInProcess(['run', '--config', join(first, 'manifest.json'), '--quiet', '--out', again]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(files(again)).toEqual(files(first));
    for (const f of files(first)) {
      if (f === 'manifest.json' || f === 'report.html') continue;
      expect(readFileSync(join(again, f)), f).toEqual(readFileSync(join(first, f)));
    }
    const { command: c1, ...m1 } = manifestOf(first);
    const { command: c2, ...m2 } = manifestOf(again);
    expect(m2).toEqual(m1);
    expect(c2).toContain('--config');
    expect(c1).not.toBe(c2);
  });

  it('a JSON file of names (flat or nested) with scenario and seed; --set wins over it', async () => {
    const cfg = join(tmp, 'experiment.json');
    writeFileSync(
      cfg,
      JSON.stringify({
        scenario: 'baseline',
        seed: 9,
        'roles.gamer': 0.02,
        influence: { beta: 0.3 },
        'world.agents': 300,
        'world.ticks': 4,
      }),
    );
    const out = join(tmp, 'cfg');
    const r = await goodhartInProcess(['run', '--config', cfg, '--set', 'influence.beta=0.4', '--quiet', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const m = manifestOf(out);
    expect(m.seed).toBe(9);
    expect(m.scenario).toBe('baseline');
    expect(m.parameters['roles.gamer']).toBe(0.02);
    expect(m.parameters['influence.beta']).toBe(0.4);
  });

  it('a config file with a syntax error: one message with the file, line and column, exit 2', () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, '{\n  "influence.beta": 0.3,\n  "roles.gamer": ,\n}\n');
    const r = goodhart(['run', 'baseline', '--config', bad, ...small, '--out', join(tmp, 'nope')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      `goodhart run: ${bad}:3: column 18: a value (object, array, string, number, true, false or null), found "," (not valid JSON)`,
    );
  });

  it('unknown names and bad values: one line naming the field, the value and what is allowed; nothing written', async () => {
    const out = join(tmp, 'never');
    const u = await goodhartInProcess(['run', 'baseline', ...small, '--set', 'roles.gamr=0.1', '--out', out]);
    expect(u.code).toBe(2);
    expect(u.stderr).toMatch(/^goodhart run: invalid parameter: "roles\.gamr" \(allowed: a declared parameter; nearest: roles\.gamer/);
    const v = await goodhartInProcess(['run', 'baseline', ...small, '--set', 'influence.pMax=1.5', '--out', out]);
    expect(v.stderr.trim()).toBe('goodhart run: invalid influence.pMax: "1.5" (allowed: a number from 0 to 1)');
    const w = await goodhartInProcess(['run', 'baseline', ...small, '--set', 'influence.pMax', '--out', out]);
    expect(w.stderr).toMatch(/invalid --set: "influence\.pMax" \(allowed: name=value/);
    const x = await goodhartInProcess(['run', 'baseline', ...small, '--set', 'world.agents=500', '--out', out]);
    expect(x.stderr).toMatch(/invalid --set world\.agents: "500" \(allowed: nothing when --agents is given/);
    for (const r of [u, v, w, x]) expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(() => readdirSync(out)).toThrow();
  });
});

describe('goodhart score --set / --config (the same settings path as run)', () => {
  const runDir = join(tmp, 'first');
  const lines = (file: string, scorer: string) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.split(',')[1] === scorer);

  it("--set reaches the world: scores equal run's with the same settings; scores.meta.json records every value", () => {
    const out = join(tmp, 'score-set');
    const r = goodhart([
      'score',
      'bought-vs-engaging',
      '--seed',
      '4',
      '--agents',
      '300',
      '--ticks',
      '4',
      '--set',
      'influence.audienceTie=0.2',
      '--set',
      'attacks.engaging-bots.bots=12',
      '--scorers',
      'follower-count',
      '-q',
      '--out',
      out,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const meta = JSON.parse(readFileSync(join(out, 'scores.meta.json'), 'utf8'));
    expect(meta.parameters).toEqual(manifestOf(runDir).parameters);
    const mine = lines(join(out, 'scores.csv'), 'follower-count');
    expect(mine.length).toBeGreaterThan(300);
    expect(mine).toEqual(lines(join(runDir, 'scores.csv'), 'follower-count'));
  });

  it("--config <a run's manifest.json> scores that run's world; --set with --graph and an unknown name are refused", async () => {
    const out = join(tmp, 'score-config');
    const r = await goodhartInProcess([
      'score',
      '--config',
      join(runDir, 'manifest.json'),
      '--scorers',
      'follower-count',
      '-q',
      '--out',
      out,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(lines(join(out, 'scores.csv'), 'follower-count')).toEqual(lines(join(runDir, 'scores.csv'), 'follower-count'));
    const g = await goodhartInProcess([
      'score',
      '--graph',
      join(tmp, 'none.csv'),
      '--set',
      'roles.gamer=0.1',
      '--out',
      join(tmp, 'never-g'),
    ]);
    expect(g.code).toBe(2);
    expect(g.stderr.trim()).toBe('goodhart score: invalid --set: roles.gamer=0.1 (allowed: no value with --graph (nothing is simulated))');
    const u = await goodhartInProcess(['score', 'baseline', '--set', 'roles.gamerShare=0.05', '--out', join(tmp, 'never-u')]);
    expect(u.code).toBe(2);
    expect(u.stderr).toMatch(
      /^goodhart score: invalid parameter: "roles\.gamerShare" \(allowed: a declared parameter; nearest: roles\.gamer,/,
    );
    for (const x of [g, u]) expect(x.stderr).not.toMatch(/\n\s+at /);
    expect(() => readdirSync(join(tmp, 'never-u'))).toThrow();
  });
});

describe('goodhart run goodhart-decay --set (an experiment of several runs)', () => {
  it('world settings reach every run and dynamics.* every intervention; the manifest records them', async () => {
    const out = join(tmp, 'decay');
    const r = await goodhartInProcess([
      'run',
      'goodhart-decay',
      '--agents',
      '200',
      '--ticks',
      '22',
      '--quiet',
      '--set',
      'dynamics.topShare=0.2',
      '--set',
      'influence.audienceTie=0.3',
      '--out',
      out,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const p = manifestOf(out).parameters;
    expect(p.world.influence.audienceTie).toBe(0.3);
    expect(p.dynamics.topShare).toBe(0.2);
    expect(p.dynamicsDefaults.topShare).toBe(0.05);
  });
  it('dynamics.* for another scenario, or an unknown dynamics name, is one clear error', async () => {
    const a = await goodhartInProcess(['run', 'baseline', ...small, '--set', 'dynamics.topShare=0.2', '--out', join(tmp, 'x1')]);
    expect(a.code).toBe(2);
    expect(a.stderr.trim()).toBe(
      'goodhart run: invalid parameter: "dynamics.topShare" (allowed: a parameter of baseline (dynamics.* applies to goodhart-decay only))',
    );
    const b = await goodhartInProcess([
      'run',
      'goodhart-decay',
      '--agents',
      '200',
      '--ticks',
      '22',
      '--quiet',
      '--set',
      'dynamics.topShar=0.2',
      '--out',
      join(tmp, 'x2'),
    ]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/^goodhart run: invalid dynamics\.topShar: "0\.2" \(allowed: a known parameter: .*topShare/);
  });
});

describe('goodhart params', () => {
  it('lists every parameter with a source (a citation or "illustrative"), and --json gives the same rows', async () => {
    const t = goodhart(['params', 'bought-vs-engaging']);
    expect(t.code).toBe(0);
    const j = await goodhartInProcess(['params', 'bought-vs-engaging', '--json']);
    const rows = JSON.parse(j.stdout) as { name: string; source: string; default: unknown }[];
    const lines = t.stdout.trim().split('\n');
    expect(lines[0]).toBe(`${rows.length} parameters, defaults in bought-vs-engaging (--json gives them as data)`);
    expect(lines.filter((l) => /^[a-z][\w.-]* = /.test(l)).length, 'one block per parameter').toBe(rows.length);
    for (const r of rows) {
      expect(r.source.trim(), r.name).not.toBe('');
      const at = lines.findIndex((l) => l.startsWith(`${r.name} = ${r.default ?? '—'}`));
      expect(at, r.name).toBeGreaterThan(0);
      const block = lines.slice(at + 1, at + 6);
      expect(
        block.some((l) => l === `    source: ${r.source}`),
        r.name,
      ).toBe(true);
    }
    expect(Math.max(...lines.map((l) => l.length)), 'fits 100 columns').toBeLessThanOrEqual(100);
    expect(rows.find((r) => r.name === 'activity.lurkerShare')!.source).toMatch(/Nielsen 2006/);
    expect(rows.find((r) => r.name === 'roles.gamerAppeal')!.default).toBe(0.5);
    expect(rows.some((r) => r.name.startsWith('dynamics.'))).toBe(false);
    const decay = JSON.parse((await goodhartInProcess(['params', 'goodhart-decay', '--json'])).stdout) as {
      name: string;
      source: string;
    }[];
    expect(decay.find((r) => r.name === 'dynamics.topShare')!.source.length).toBeGreaterThan(0);
  });
  it('refuses an unknown scenario in one line', async () => {
    const r = await goodhartInProcess(['params', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^goodhart params: invalid scenario: "nope"/);
  });
});

describe('parseJsonText', () => {
  it('names line and column of a syntax error, and refuses a key given twice', () => {
    expect(() => parseJsonText('{"a": 1,\n "b" 2}', 'f.json')).toThrow(
      'f.json:2: column 6: \':\' after the property name, found "2" (not valid JSON)',
    );
    expect(() => parseJsonText('{"a": 1, "a": 2}', 'f.json')).toThrow(/f\.json:1: column 10: each key once \("a" is given twice\)/);
    expect(() => parseJsonText('[1,]', 'f.json')).toThrow(InputFormatError);
    expect(() => parseJsonText('', 'f.json')).toThrow(/column 1: a value .* found the end of the file/);
    expect(parseJsonText('\ufeff{"a": [1, 2.5e3, "x\\n", true, null, {}]}', 'f.json')).toEqual({ a: [1, 2500, 'x\n', true, null, {}] });
  });
});
