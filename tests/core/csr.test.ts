import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCsr, findEdge, transposeCsr } from '../../src/graph/csr.js';
import { followGraphFromEdges } from '../../src/model/follow-graph.js';

describe('buildCsr', () => {
  it('sorts rows, drops self-loops and duplicates (hand example)', () => {
    const c = buildCsr(3, [0, 0, 2, 0, 1, 1], [2, 1, 0, 2, 1, 0]);
    expect(Array.from(c.offsets)).toEqual([0, 2, 3, 4]);
    expect(Array.from(c.targets)).toEqual([1, 2, 0, 0]);
    expect(findEdge(c, 0, 2)).toBe(1);
    expect(findEdge(c, 1, 2)).toBe(-1);
  });
  it('transpose mirrors every edge (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(30), fc.nat(30)), { maxLength: 200 }), (pairs) => {
        const g = followGraphFromEdges(
          31,
          pairs.map((p) => p[0]),
          pairs.map((p) => p[1]),
        );
        const set = new Set(pairs.filter(([a, b]) => a !== b).map(([a, b]) => `${a}>${b}`));
        expect(g.m).toBe(set.size);
        for (let v = 0; v < g.n; v++) {
          for (let s = g.followers.offsets[v]!; s < g.followers.offsets[v + 1]!; s++) {
            const u = g.followers.targets[s]!;
            expect(set.has(`${u}>${v}`)).toBe(true);
            expect(g.following.targets[g.followersToFollowing[s]!]).toBe(v);
          }
        }
        const back = transposeCsr(g.followers).csr;
        expect(Array.from(back.targets)).toEqual(Array.from(g.following.targets));
      }),
    );
  });
});
