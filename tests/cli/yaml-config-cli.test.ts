// YAML from the command line, as a user types it: `goodhart run --config x.yaml` makes the run of
// `--config x.json` with the same data (manifest.json the same bytes but for the file name in the
// recorded command, and every table the same bytes), and a YAML experiment with a syntax error is
// one line naming the file, line and column, exit 2, nothing written. Two CLI spawns; the refusal
// runs the same entry, main(), in this process.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { goodhart } from '../helpers/cli.js';
import { goodhartInProcess } from '../helpers/cli-in-process.js';

const tmp = mkdtempSync(join(tmpdir(), 'goodhart-yaml-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('YAML files on the command line', () => {
  it('run --config x.yaml equals run --config x.json byte for byte (manifest.json and every table)', () => {
    const json = join(tmp, 'x.json');
    const yaml = join(tmp, 'x.yaml');
    writeFileSync(
      json,
      JSON.stringify({
        scenario: 'baseline',
        seed: 5,
        'world.agents': 200,
        'world.ticks': 4,
        influence: { audienceTie: 0.2 },
        'roles.gamer': 0.05,
      }),
    );
    writeFileSync(
      yaml,
      [
        '# the same settings as x.json',
        'scenario: baseline',
        'seed: 5',
        'world.agents: 200',
        'world.ticks: 4',
        'influence:',
        '  audienceTie: 0.2',
        'roles.gamer: 0.05',
        '',
      ].join('\n'),
    );
    const outs = { json: join(tmp, 'from-json'), yaml: join(tmp, 'from-yaml') };
    for (const [kind, file] of [
      ['json', json],
      ['yaml', yaml],
    ] as const) {
      const r = goodhart([
        'run',
        '--config',
        file,
        '--scorers',
        'follower-count',
        '--measures',
        'spearman',
        '--quiet',
        '--out',
        outs[kind],
      ]);
      expect(r.stderr, kind).toBe('');
      expect(r.code, kind).toBe(0);
    }
    const manifest = (dir: string) => readFileSync(join(dir, 'manifest.json'), 'utf8');
    expect(manifest(outs.yaml)).toContain('x.yaml');
    expect(manifest(outs.yaml).replaceAll('x.yaml', 'x.json')).toBe(manifest(outs.json));
    const m = JSON.parse(manifest(outs.yaml));
    expect(m.parameters['influence.audienceTie']).toBe(0.2);
    expect(m.parameters['roles.gamer']).toBe(0.05);
    expect(m.seed).toBe(5);
    const tables = readdirSync(outs.json).filter((f) => f.endsWith('.csv'));
    expect(tables).toContain('drift.csv');
    for (const f of tables) expect(readFileSync(join(outs.yaml, f)), f).toEqual(readFileSync(join(outs.json, f)));
  });

  it('sweep x.yaml with a syntax error: one line with the file, line and column, exit 2, nothing written', async () => {
    const bad = join(tmp, 'bad.yaml');
    writeFileSync(bad, 'scenario: silent-majority\ngrid:\n  roles.gamer: [0.01, 0.05\nseeds: [1, 2]\n');
    const out = join(tmp, 'never');
    const r = await goodhartInProcess(['sweep', bad, '--out', out, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      new RegExp(`^goodhart sweep: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4: column 1: .*\\(not valid YAML\\)`),
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });
});
