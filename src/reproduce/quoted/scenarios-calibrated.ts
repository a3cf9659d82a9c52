/**
 * The "k of n" figures of docs/scenarios.md (src/reproduce/figure.ts): the claims re-checked on the
 * `calibrated` preset (§ The claims on the calibrated world: `goodhart run <scenario> --preset
 * calibrated --seeds 1..3`) and attention-vs-influence's claims by world size (`goodhart sweep
 * experiments/claims-by-size.json`: 2,000–50,000 people, 30 ticks, seeds 101–103), each a claim's
 * verdict counted over the quoted seeds through the API's `claims`.
 */
import type { QuotedFigure } from '../figure.js';
import { figureBuilders } from './builders.js';

const { reproduced } = figureBuilders('docs/scenarios.md');

/** "k of 3" on seeds 1–3 of the calibrated world, at the report's precision. */
const calibrated = (id: string, text: string, scenario: string, claim: string, k: number): QuotedFigure =>
  reproduced(
    `calibrated-${id}`,
    text,
    { kind: 'holds', scenario, claim, precision: 'report', preset: 'calibrated' },
    { seeds: [1, 2, 3], rule: 'k-of-n', quoted: [k, 3], digits: 2, interval: 'wilson' },
  );

/** "k of 3" on seeds 101–103 of attention-vs-influence at `agents` people (the by-size sweep's world: 30 ticks, the report's precision). */
const bySize = (claim: string, agents: number, text: string, k: number): QuotedFigure =>
  reproduced(
    `by-size-${claim}-${agents}`,
    text,
    { kind: 'holds', scenario: 'attention-vs-influence', claim, precision: 'report', agents, set: { 'world.ticks': 30 } },
    { seeds: [101, 102, 103], rule: 'k-of-n', quoted: [k, 3], digits: 2, interval: 'wilson' },
  );

const C2 = 'generator. Claim 2 holds on 3 of 3';
const C3 = 'weight). Claim 3 holds on 3 of 3 at every size but 20,000 (2 of 3';

/** The registered k-of-n figures of docs/scenarios.md. */
export const SCENARIOS_K_OF_N: readonly QuotedFigure[] = [
  bySize('top-decile-gap', 2000, '2 of 3 seeds at 2,000 and 3 of 3', 2),
  bySize('top-decile-gap', 5000, '2 of 3 seeds at 2,000 and 3 of 3', 3),
  ...[10000, 20000, 50000].map((n) => bySize('top-decile-gap', n, 'on none at 10,000, 20,000 or 50,000', 0)),
  ...[2000, 5000, 10000, 20000, 50000].map((n) => bySize('bought-into-top10', n, C2, 3)),
  ...[2000, 5000, 10000, 50000].map((n) => bySize('broadcasters-over-ranked', n, C3, 3)),
  bySize('broadcasters-over-ranked', 20000, C3, 2),
  calibrated('attention-top-decile', 'range restriction gives | 0 of 3', 'attention-vs-influence', 'top-decile-gap', 0),
  calibrated('attention-bought', 'follower-count top 10 | 1 of 3', 'attention-vs-influence', 'bought-into-top10', 1),
  calibrated('attention-broadcasters', 'over-ranks broadcasters | 3 of 3', 'attention-vs-influence', 'broadcasters-over-ranked', 3),
  calibrated('silent-moved', 'reactions three to one | 0 of 3', 'silent-majority', 'moved-outnumber-reactions', 0),
  calibrated('silent-reactions', 'less than follower count | 3 of 3', 'silent-majority', 'reactions-below-followers', 3),
  calibrated('silent-invisible', 'outside the reactions top 10% | 3 of 3', 'silent-majority', 'influential-but-invisible', 3),
  calibrated('pod-lifts', 'under engagement scores | 3 of 3', 'engagement-pod', 'pod-lifts-engagement', 3),
  calibrated('pod-reciprocal', 'reciprocal-ties lifts them | 3 of 3', 'engagement-pod', 'reciprocal-ties-blind', 3),
  calibrated('pod-truth', 'not raise true influence | 1 of 3', 'engagement-pod', 'truth-barely-rises', 1),
  calibrated('farming-pagerank', 'PageRank lifts the farmers | 3 of 3', 'follow-back-farming', 'pagerank-lifts-farmers', 3),
  calibrated('farming-collusionrank', 'pushes the farmers down | 3 of 3', 'follow-back-farming', 'collusionrank-pushes-farmers-down', 3),
  calibrated('farming-capitalists', 'capitalists with them | 3 of 3', 'follow-back-farming', 'capitalists-pushed-down', 3),
  calibrated('bought-klout', 'barely move Klout-like | 3 of 3', 'bought-vs-engaging', 'bought-moves-followers-only', 3),
  calibrated('bought-bots', 'bots raise Klout-like | 3 of 3', 'bought-vs-engaging', 'engaging-bots-lift-both', 3),
  calibrated('bought-truth', 'raises true influence | 1 of 3', 'bought-vs-engaging', 'truth-barely-rises', 1),
  calibrated('perks-lift', 'reactor-weighted scores | 2 of 3', 'perks', 'reactor-weighted-lift', 2),
  calibrated('perks-truth', "brands' true influence does not rise | 2 of 3", 'perks', 'truth-barely-rises', 2),
  calibrated('algorithm-overtakes', 'overtakes real bloggers | 1 of 3', 'algorithm-change', 'nephew-overtakes', 1),
  calibrated('algorithm-climbs', 'nephew climbs under v2 | 1 of 3', 'algorithm-change', 'nephew-climbs', 1),
  calibrated('algorithm-churns', 'change churns the ranking | 0 of 3', 'algorithm-change', 'ranking-churns', 0),
  calibrated('alister-lift', 'A-listers lifts the gamers | 3 of 3', 'alister-bait', 'reactor-weighted-lift', 3),
  calibrated('alister-truth', 'their true influence does not rise | 3 of 3', 'alister-bait', 'truth-barely-rises', 3),
  calibrated('algorithm-nephew-text', 'algorithm-change (1 of 3', 'algorithm-change', 'nephew-climbs', 1),
  calibrated('attention-bought-text', 'attention-vs-influence (1 of 3', 'attention-vs-influence', 'bought-into-top10', 1),
  calibrated('perks-lift-text', 'perks lift (2 of 3', 'perks', 'reactor-weighted-lift', 2),
  reproduced(
    'calibrated-attention-rho-overall',
    'the calibrated world ρ is 0.77–0.80 overall and 0.18–0.20',
    { scenario: 'attention-vs-influence', claim: 'top-decile-gap', key: 'overall', precision: 'report', preset: 'calibrated' },
    { seeds: [1, 2, 3], rule: 'range', quoted: [0.77, 0.8], digits: 2, interval: 'fisher-z' },
  ),
  reproduced(
    'calibrated-attention-rho-top10',
    'the calibrated world ρ is 0.77–0.80 overall and 0.18–0.20',
    { scenario: 'attention-vs-influence', claim: 'top-decile-gap', key: 'atTop', precision: 'report', preset: 'calibrated' },
    { seeds: [1, 2, 3], rule: 'range', quoted: [0.18, 0.2], digits: 2, interval: 'fisher-z' },
  ),
  ...(['moved', 'reactions'] as const).map((key, i) =>
    reproduced(
      `calibrated-silent-count-${key}`,
      'people are moved at all: 67–166 moved against 355–440',
      { scenario: 'silent-majority', claim: 'moved-outnumber-reactions', key, precision: 'report', preset: 'calibrated' },
      { seeds: [1, 2, 3], rule: 'range', quoted: i === 0 ? [67, 166] : [355, 440], digits: 0, interval: 'bootstrap' },
    ),
  ),
  reproduced(
    'calibrated-churn-kendall',
    '(Kendall distance 0.11–0.16 on seeds 1–3',
    { scenario: 'algorithm-change', claim: 'ranking-churns', key: 'kendall', precision: 'report', preset: 'calibrated' },
    { seeds: [1, 2, 3], rule: 'range', quoted: [0.11, 0.16], digits: 2, interval: 'bootstrap' },
  ),
  reproduced(
    'calibrated-pod-truth-ratio',
    '×1.11, ×1.29,\n×2.89 of the no-pod run',
    { scenario: 'engagement-pod', claim: 'truth-barely-rises', key: 'engagement-pod.ratio', precision: 'report', preset: 'calibrated' },
    { seeds: [1, 2, 3], rule: 'per-seed', quoted: [1.11, 1.29, 2.89], digits: 2, interval: 'student-t' },
  ),
  calibrated('pod-truth-text', '(engagement-pod 1 of 3,', 'engagement-pod', 'truth-barely-rises', 1),
  calibrated('bought-truth-text', 'bought-vs-engaging 1 of 3,', 'bought-vs-engaging', 'truth-barely-rises', 1),
  calibrated('perks-truth-text', 'perks\n2 of 3', 'perks', 'truth-barely-rises', 2),
  reproduced(
    'calibrated-attention-null',
    "range-restriction null's 0.41–0.44",
    { scenario: 'attention-vs-influence', claim: 'top-decile-gap', key: 'nullMean', precision: 'report', preset: 'calibrated' },
    { seeds: [1, 2, 3], rule: 'range', quoted: [0.41, 0.44], digits: 2, interval: 'bootstrap' },
  ),
];
