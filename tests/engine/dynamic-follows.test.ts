/**
 * The engine's mutable follow graph (src/engine/dynamic-follows.ts) against a plain Map model:
 * random sequences of follows and unfollows — enough to relocate rows and grow the arena — must
 * leave both arenas (followees and followers) holding exactly the model's edges with their ties,
 * and freeze() must give the same graph in CSR form.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DynamicFollows } from '../../src/engine/dynamic-follows.js';

type Op = { add: boolean; u: number; v: number; tie: number };

function check(n: number, initial: [number, number][], ops: Op[]): void {
  // Initial edges grouped by follower, deduplicated, no self-loops (the constructor's contract).
  const model = new Map<string, number>();
  const rows: number[][] = Array.from({ length: n }, () => []);
  for (const [u, v] of initial) {
    if (u === v || model.has(`${u},${v}`)) continue;
    model.set(`${u},${v}`, Math.fround((u + 1) / (v + 2) / 10));
    rows[u]!.push(v);
  }
  const offsets = new Uint32Array(n + 1);
  rows.forEach((r, u) => {
    offsets[u + 1] = offsets[u]! + r.length;
  });
  const targets = Uint32Array.from(rows.flat());
  const tie = Float64Array.from(rows.flatMap((r, u) => r.map((v) => model.get(`${u},${v}`)!)));
  const g = new DynamicFollows(n, offsets, targets, tie, 0); // no slack: rows relocate early

  for (const { add, u, v, tie: t } of ops) {
    const key = `${u},${v}`;
    if (add) {
      expect(g.add(u, v, t, 1)).toBe(u !== v && !model.has(key));
      if (u !== v && !model.has(key)) model.set(key, Math.fround(t));
    } else {
      expect(g.remove(u, v)).toBe(model.has(key));
      model.delete(key);
    }
  }

  expect(g.m).toBe(model.size);
  const fromOut = new Map<string, number>();
  const fromIn = new Map<string, number>();
  for (let u = 0; u < n; u++) {
    for (let i = g.out.start[u]!; i < g.out.start[u]! + g.out.len[u]!; i++) fromOut.set(`${u},${g.out.neighbour(i)}`, g.out.tieAt(i));
    for (let i = g.inn.start[u]!; i < g.inn.start[u]! + g.inn.len[u]!; i++) fromIn.set(`${g.inn.neighbour(i)},${u}`, g.inn.tieAt(i));
    const expected = [...model.keys()].filter((k) => k.startsWith(`${u},`)).map((k) => Number(k.split(',')[1]));
    expect([...g.out.row(u)].sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
  }
  expect(fromOut).toEqual(model);
  expect(fromIn).toEqual(model);

  const frozen = g.freeze();
  expect(frozen.graph.m).toBe(model.size);
  const { offsets: fo, targets: ft } = frozen.graph.following;
  for (let u = 0; u < n; u++) {
    for (let e = fo[u]!; e < fo[u + 1]!; e++) expect(frozen.tie[e]).toBe(model.get(`${u},${ft[e]}`));
  }
}

describe('DynamicFollows', () => {
  it('a hand-made sequence: add, duplicate, self-follow, remove, re-add', () => {
    check(
      4,
      [
        [0, 1],
        [1, 0],
        [2, 1],
      ],
      [
        { add: true, u: 0, v: 2, tie: 0.5 },
        { add: true, u: 0, v: 2, tie: 0.9 }, // duplicate: refused, tie unchanged
        { add: true, u: 3, v: 3, tie: 0.5 }, // self-follow: refused
        { add: false, u: 0, v: 1, tie: 0 },
        { add: false, u: 0, v: 1, tie: 0 }, // already gone
        { add: true, u: 0, v: 1, tie: 0.25 },
        { add: true, u: 3, v: 0, tie: 0.125 },
      ],
    );
  });

  it('one account gaining 3,000 followers relocates its row past the arena and grows it', () => {
    const n = 3001;
    const ops: Op[] = Array.from({ length: n - 1 }, (_, i) => ({ add: true, u: i + 1, v: 0, tie: (i % 7) / 7 }));
    ops.push(...ops.filter((_, i) => i % 3 === 0).map((o) => ({ ...o, add: false })));
    check(
      n,
      [
        [0, 1],
        [2, 0],
      ],
      ops,
    );
  });

  it('matches a Map model under random follows and unfollows (rows relocate, the arena grows)', () => {
    const n = 12;
    const node = fc.integer({ min: 0, max: n - 1 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(node, node), { maxLength: 40 }),
        fc.array(fc.record({ add: fc.boolean(), u: node, v: node, tie: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 400 }),
        (initial, ops) => check(n, initial, ops),
      ),
      { seed: 20261126, numRuns: 200 },
    );
  });
});
