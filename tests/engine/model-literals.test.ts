/**
 * Nothing that shapes the model stays a bare constant: every numeric literal in src/agents,
 * src/model and src/engine is either inside a parameter declaration (which carries a source), one
 * of 0, 1, 2 (zero, unit, halves, indices), or listed below with the reason it is structural
 * (array strides, codes, buffer sizes, limits). A new number that shapes the model fails this test:
 * declare it as a parameter (src/params.ts form, with a source) instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelLiterals } from './model-literals.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DIRS = ['src/agents', 'src/model', 'src/engine'];
/** Allowed everywhere: zero, one, two (halves, pairs, indices, `2 *` growth of buffers). */
const ANYWHERE = new Set([0, 1, 2]);

/** Structural literals by file: literal text → [how many times it occurs, why it is not a model parameter]. */
const ALLOWED: Record<string, Record<string, [number, string]>> = {
  'src/agents/agent-kind.ts': { '0.5': [1, 'mean-one log-normal: μ = −σ²/2 is what makes the mean 1 (algebra, not a choice)'] },
  'src/model/observation.ts': { '3': [1, 'reaction kind code of `mention`'] },
  'src/model/roles.ts': { '3': [1, 'role code'], '4': [1, 'role code'], '5': [1, 'role code'] },
  'src/model/ties.ts': {
    '3': [1, 'follow reason code'],
    '4': [1, 'follow reason code'],
    '5': [1, 'follow reason code'],
    '6': [1, 'follow reason code'],
    '7': [1, 'follow reason code'],
  },
  'src/engine/cascade-worker.ts': { '4096': [1, 'initial reaction buffer capacity (grows as needed)'] },
  'src/engine/cascade.ts': {
    '3': [4, 'APPEAL field index; 3 words per logged reaction (post, actor, kind)'],
    '4': [5, 'stride of the per-person cascade record (4 fields)'],
    '1024': [1, 'initial reaction buffer capacity (grows as needed)'],
  },
  'src/engine/config.ts': {
    '10_000_000': [1, 'MAX_AGENTS: a memory limit, not a model quantity'],
    '100_000': [1, 'MAX_TICKS: a run-length limit'],
    '1e-12': [1, 'floating-point tolerance when checking that shares add up to at most 1'],
    '1000': [1, 'the "per 1,000 real accounts" of budgetPer1000'],
  },
  'src/engine/dynamic-follows.ts': {
    '4': [3, 'bytes per Uint32 entry; smallest row capacity'],
    '8': [2, 'bytes per follow slot (follower id + tie)'],
    '1.1': [1, 'arena head-room at build (memory only; no output depends on it)'],
    '1.5': [1, 'arena growth factor (memory only)'],
    '1024': [1, 'arena minimum slack in slots (memory only)'],
    '0.25': [1, 'compaction slack threshold (memory only)'],
    '32': [1, 'longest row freeze() sorts by insertion (speed only; same order either way)'],
    '64': [1, 'initial key buffer of freeze() (grows as needed)'],
    '53': [1, 'exact float64 integers below 2^53 (freeze() sort keys)'],
  },
  'src/engine/logs.ts': { '1024': [6, 'initial log capacities (grow as needed)'] },
  'src/engine/simulate.ts': { '16': [1, 'smallest discovery buffer length'] },
  'src/engine/tick-cascades.ts': {
    '16': [1, 'CASCADE_CHUNKS: fixed chunking of a tick, the same for any thread count'],
    '100_000': [1, 'worlds of this many accounts use several threads by default (speed only)'],
    '8': [2, 'at most 8 default threads; bytes per Float64 record entry'],
    '4': [1, 'stride of the per-person cascade record'],
    '3': [1, 'words per logged reaction (post, actor, kind)'],
  },
};

/** Every numeric literal not allowed, as `file:line: literal` (counts above the allowed ones reported too). */
function violations(sources: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [file, src] of sources) {
    const seen = new Map<string, number[]>();
    for (const l of modelLiterals(src)) {
      if (ANYWHERE.has(l.value)) continue;
      const lines = seen.get(l.text) ?? [];
      lines.push(l.line);
      seen.set(l.text, lines);
    }
    for (const [text, lines] of seen) {
      const allowed = ALLOWED[file]?.[text]?.[0] ?? 0;
      if (lines.length !== allowed)
        out.push(
          `${file}:${lines.join(',')}: ${text} (${lines.length} found, ${allowed} allowed as structural: declare it as a parameter with a source)`,
        );
    }
    for (const [text, [n]] of Object.entries(ALLOWED[file] ?? {}))
      if (!seen.has(text)) out.push(`${file}: allow-list entry ${text} ×${n} no longer needed: remove it`);
  }
  return out;
}

function modelSources(): Map<string, string> {
  const m = new Map<string, string>();
  for (const dir of DIRS)
    for (const f of readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.ts'))
      .sort())
      m.set(`${dir}/${f}`, readFileSync(join(ROOT, dir, f), 'utf8'));
  return m;
}

describe('no bare model constants in src/agents, src/model, src/engine', () => {
  it('every numeric literal is declared, 0/1/2, or allow-listed with its reason', () => {
    expect(violations(modelSources())).toEqual([]);
  });

  it('fails when a number that shapes the model is added (a trait × 0.7)', () => {
    const src = modelSources();
    const honest = src.get('src/agents/honest.ts')!;
    const mutated = honest.replace('followRate: p.honestFollowRate,', 'followRate: p.honestFollowRate * 0.7,');
    expect(mutated).not.toBe(honest);
    src.set('src/agents/honest.ts', mutated);
    expect(violations(src)).toEqual([expect.stringMatching(/^src\/agents\/honest\.ts:\d+: 0\.7 \(1 found, 0 allowed/)]);
  });

  it('fails when an allow-listed structural number is used once more, and ignores comments, strings and declarations', () => {
    const src = new Map([['src/engine/cascade.ts', `${modelSources().get('src/engine/cascade.ts')!}\nconst x = 1024;`]]);
    expect(violations(src)).toEqual([expect.stringMatching(/^src\/engine\/cascade\.ts:[\d,]+: 1024 \(2 found, 1 allowed/)]);
    const quiet = [
      '// 0.7 in a comment',
      "const s = 'a 0.7 in a string';",
      'const P = { a: { kind: "number", default: 0.7, source: "illustrative" } } as const satisfies ParamSpecs;',
      'const re = /0.7/;',
    ].join('\n');
    expect(violations(new Map([['src/agents/x.ts', quiet]]))).toEqual([]);
  });
});
