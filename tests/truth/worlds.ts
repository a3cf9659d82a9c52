/** Random small hidden layers for truth tests (few enough uncertain edges to enumerate exactly). */
import type { HiddenLayer } from '../../src/model/hidden.js';
import type { Rng } from '../../src/rng.js';
import { hiddenFromEdges, type ProbEdge } from '../../src/truth/synthetic.js';

/**
 * 5–9 agents, up to `maxUncertain` follow edges with p in (0.05, 0.95), occasionally a certain
 * edge (p = 1), about one agent in six a bot (edges into a bot get p = 0: bots cannot be moved).
 */
export function randomSmallWorld(rng: Rng, maxUncertain: number): HiddenLayer {
  const n = 5 + rng.int(5);
  const real: number[] = [];
  for (let i = 0; i < n; i++) if (i === 0 || rng.next() > 1 / 6) real.push(i);
  const isReal = new Set(real);
  const edges: ProbEdge[] = [];
  const seen = new Set<number>();
  let uncertain = 0;
  for (let tries = 0; tries < 200 && uncertain < maxUncertain; tries++) {
    const u = rng.int(n);
    const v = rng.int(n);
    if (u === v || seen.has(u * n + v)) continue;
    seen.add(u * n + v);
    if (!isReal.has(u)) {
      edges.push([u, v, 0]);
      continue;
    }
    const p = rng.next() < 0.05 ? 1 : rng.uniform(0.05, 0.95);
    if (p < 1) uncertain++;
    edges.push([u, v, p]);
  }
  return hiddenFromEdges(n, edges, real);
}
