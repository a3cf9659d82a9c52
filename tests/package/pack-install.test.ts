/**
 * The published package, as a user gets it: `npm pack` (which builds dist/ through `prepack`),
 * `npm install <tarball>` into an empty project, then the public API imported with plain node and
 * `npx goodhart run` from the installed bin. tsx is deleted from the installed tree first, so
 * nothing at run time may need it (it stays a dependency only for loading user `.ts` scorers).
 * The installed CLI must write the same bytes as the checkout's CLI.
 * The install resolves dependencies through npm's cache first (`--prefer-offline`), the registry
 * otherwise.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodhart, ROOT } from '../helpers/cli.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(cmd: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    timeout: 400_000,
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' },
  });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** A user scorer file as docs/scorers.md shows it: TypeScript, its types from the package. */
const USER_SCORER = `import type { Observation, Scorer } from 'goodhart';
const scorer: Scorer = {
  id: 'mine', family: 'user', version: 'v1', description: 'twice the followers', source: 'pack test',
  score(obs: Observation): Float64Array {
    const out = new Float64Array(obs.n);
    const { offsets } = obs.follows.followers;
    for (let v = 0; v < obs.n; v++) out[v] = 2 * (offsets[v + 1]! - offsets[v]!);
    return out;
  },
};
export default scorer;
`;

describe('npm pack, npm install, run', () => {
  let tmp = '';
  let proj = '';
  let pkg = '';
  let tarball = '';
  let userScorer: SpawnSyncReturns<string> | undefined;

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'goodhart-pack-'));
    run(NPM, ['pack', '--pack-destination', tmp], ROOT);
    tarball = join(tmp, readdirSync(tmp).find((f) => f.endsWith('.tgz'))!);
    proj = join(tmp, 'project');
    mkdirSync(proj);
    writeFileSync(join(proj, 'package.json'), JSON.stringify({ name: 'pack-test', version: '1.0.0', private: true, type: 'module' }));
    run(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], proj);
    pkg = join(proj, 'node_modules', 'goodhart');
    // A user's TypeScript scorer, typed against the package, loads through tsx (the one run-time use of tsx).
    writeFileSync(join(proj, 'edges.csv'), 'follower,followee\n1,0\n2,0\n3,0\n0,1\n2,1\n');
    writeFileSync(join(proj, 'mine.ts'), USER_SCORER);
    userScorer = spawnSync(
      NPX,
      ['goodhart', 'score', '--graph', 'edges.csv', '--scorers', 'follower-count', '--scorer', './mine.ts', '--out', 'S'],
      { cwd: proj, encoding: 'utf8', timeout: 300_000 },
    );
    rmSync(join(proj, 'node_modules', 'tsx'), { recursive: true, force: true });
  }, 600_000);

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('ships the build with declarations and no TypeScript sources, tests or tsx shims', () => {
    const files = filesUnder(pkg).map((f) => relative(pkg, f));
    expect(files).toContain('dist/api.js');
    expect(files).toContain('dist/api.d.ts');
    expect(files).toContain('dist/gauntlet/vitest.d.ts');
    expect(files).toContain('dist/cli/bin.js');
    expect(
      files.filter((f) => /^(src|tests|bench|notebooks)\//.test(f) || f.endsWith('.mjs') || (f.endsWith('.ts') && !f.endsWith('.d.ts'))),
    ).toEqual([]);
    // Only the lazy loader of user .ts scorers names tsx.
    const namingTsx = files.filter((f) => f.endsWith('.js') && readFileSync(join(pkg, f), 'utf8').includes("'tsx"));
    expect(namingTsx).toEqual(['dist/metrics/import-module.js']);
    expect(existsSync(join(proj, 'node_modules', 'tsx'))).toBe(false);
  });

  it('loads a user TypeScript scorer through tsx, registered only for that file', () => {
    expect(userScorer!.status, userScorer!.stderr).toBe(0);
    const [header, ...rows] = readFileSync(join(proj, 'S', 'scores.csv'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    const [scorerCol, scoreCol] = [header!.indexOf('scorer'), header!.indexOf('score')];
    const values = (id: string) => rows.filter((r) => r[scorerCol] === id).map((r) => Number(r[scoreCol]));
    expect(values('mine')).toHaveLength(4);
    expect(values('mine')).toEqual(values('follower-count').map((v) => 2 * v));
    expect(values('mine').some((v) => v > 0)).toBe(true);
  });

  it('type-checks a consumer against the shipped declarations (NodeNext resolution through exports)', () => {
    writeFileSync(
      join(proj, 'use.ts'),
      [
        "import { world, score, getSuite, runGauntlet, type GauntletResult, type Scorer } from 'goodhart';",
        "import { expectScorerHolds } from 'goodhart/vitest';",
        "const s: Map<string, Float64Array> = score(world('baseline', { agents: 100 }).final.observation, ['pagerank']);",
        'const holds: (scorer: string, baseline: string) => Promise<{ regressions: readonly unknown[] }> = expectScorerHolds;',
        'const run: typeof runGauntlet = runGauntlet;',
        'let result: GauntletResult | undefined; let mine: Scorer | undefined;',
        '// @ts-expect-error the scenario is an id string',
        'world(42);',
        "console.log(s.size, getSuite('smoke').id, holds, run, result, mine);",
      ].join('\n'),
    );
    const tsconfig = {
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noEmit: true,
        types: ['node'],
        typeRoots: [join(ROOT, 'node_modules', '@types')],
      },
      files: ['use.ts'],
    };
    writeFileSync(join(proj, 'tsconfig.json'), JSON.stringify(tsconfig));
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], {
      cwd: proj,
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  }, 300_000);

  it('imports the public API and the vitest helper with plain node', () => {
    const script = [
      "const g = await import('goodhart');",
      "const { expectScorerHolds } = await import('goodhart/vitest');",
      "const r = g.world('attention-vs-influence', { agents: 150, ticks: 3 });",
      "const s = g.score(r.final.observation, ['pagerank', 'follower-count']);",
      'const t = g.truth(r.final, { precision: 0.3 });',
      "const suite = g.getSuite('smoke');",
      "console.log(JSON.stringify({ n: r.final.hidden.n, scored: [...s.keys()], truth: t.estimate.length, suite: suite.id, gauntlet: typeof g.runGauntlet, holds: typeof expectScorerHolds, version: (await import('goodhart/package.json', { with: { type: 'json' } })).default.version }));",
    ].join('\n');
    const r = run(process.execPath, ['--input-type=module', '-e', script], proj);
    const out = JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, unknown>;
    expect(out).toEqual({
      n: out.n,
      scored: ['pagerank', 'follower-count'],
      truth: out.n,
      suite: 'smoke',
      gauntlet: 'function',
      holds: 'function',
      version: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
    });
    expect(out.n).toBeGreaterThan(150);
  });

  it('runs `npx goodhart run` from the installed bin, writing the same bytes as the checkout', () => {
    const r = spawnSync(NPX, ['goodhart', 'run', '--agents', '150', '--ticks', '3', '--quiet', '--out', 'X'], {
      cwd: proj,
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const here = join(tmp, 'from-checkout');
    expect(goodhart(['run', '--agents', '150', '--ticks', '3', '--quiet', '--out', here]).code).toBe(0);
    for (const f of ['agents.csv', 'truth.csv', 'scores.csv', 'drift.csv']) {
      expect(readFileSync(join(proj, 'X', f), 'utf8'), f).toBe(readFileSync(join(here, f), 'utf8'));
    }
    const manifest = JSON.parse(readFileSync(join(proj, 'X', 'manifest.json'), 'utf8')) as { git: unknown; version: string };
    expect(manifest.git, 'an installed package records no commit (not the enclosing project’s)').toBeNull();
  }, 600_000);
});
