/**
 * The figures of docs/scenarios.md measured on another world than a scenario's own: the ablation
 * arms (`--set name=value`, as tests/scenarios/claims-ablation.test.ts runs them) and the 8,000- and
 * 20,000-agent worlds (`--agents`), each regenerated through the API's `claims` with those settings.
 */
import type { QuotedFigure } from '../figure.js';
import { figureBuilders } from './builders.js';

const { reproduced } = figureBuilders('docs/scenarios.md');

/** silent-majority's arms: every moved person reacts; lurkers post like contributors; both. */
const VISIBLE = { 'activity.lurkerVisibility': 1, 'activity.contributorVisibility': 1, 'activity.creatorVisibility': 1 };
const POSTING = { 'activity.lurkerPosts': 0.25 };
/** Capitalists who follow like anyone else (honest follow-back rate, out-degree and follow rate). */
const ORDINARY = { 'roles.capitalistFollowBack': 0.06, 'roles.capitalistOutDegree': 1, 'roles.capitalistFollowRate': 0.02 };
/** No farming: the follow-farming attack's budget at 0. */
const NO_FARMING = { 'attacks.follow-farming.budget': 0 };
/** Every follow by discovery, at twenty times the follow rate: gaming can buy a real audience. */
const DISCOVERY = { 'activity.triadicShare': 0, 'activity.followRateScale': 20 };
const S13 = [1, 2, 3];
const S14 = [1, 2, 3, 4];

const silent = (id: string, text: string, key: string, set: Readonly<Record<string, number>>, quoted: [number, number]): QuotedFigure =>
  reproduced(
    `silent-arm-${id}`,
    text,
    { scenario: 'silent-majority', claim: 'reactions-below-followers', key, precision: 0.05, set },
    { seeds: S13, rule: 'range', quoted, digits: 2, interval: 'fisher-z' },
  );

/** The registered figures of docs/scenarios.md on other worlds than the scenarios' own. */
export const SCENARIOS_ARMS: readonly QuotedFigure[] = [
  // silent-majority's ablation table (test precision, seeds 1–3).
  silent('visible-reactions', '`creatorVisibility=1`) | 0.33–0.42 | 0.72–0.76', 'reactions-received', VISIBLE, [0.33, 0.42]),
  silent('visible-followers', '`creatorVisibility=1`) | 0.33–0.42 | 0.72–0.76', 'follower-count', VISIBLE, [0.72, 0.76]),
  silent('posting-reactions', '(`activity.lurkerPosts=0.25`) | 0.61 | 0.73–0.76', 'reactions-received', POSTING, [0.61, 0.61]),
  silent('posting-followers', '(`activity.lurkerPosts=0.25`) | 0.61 | 0.73–0.76', 'follower-count', POSTING, [0.73, 0.76]),
  silent('both-reactions', '| both | 0.77–0.79 | 0.73–0.76', 'reactions-received', { ...VISIBLE, ...POSTING }, [0.77, 0.79]),
  silent('both-followers', '| both | 0.77–0.79 | 0.73–0.76', 'follower-count', { ...VISIBLE, ...POSTING }, [0.73, 0.76]),
  reproduced(
    'silent-arm-posting-gap',
    'sparsity; ✗ with lurkers posting 0.25 a tick (gap 0.12–0.14',
    {
      scenario: 'silent-majority',
      claim: 'reactions-below-followers',
      key: 'follower-count',
      minus: 'reactions-received',
      precision: 0.05,
      set: POSTING,
    },
    { seeds: S13, rule: 'range', quoted: [0.12, 0.14], digits: 2, interval: 'student-t' },
  ),
  // follow-back-farming with ordinary capitalists.
  reproduced(
    'farming-arm-ordinary-pagerank',
    '0.02`) → 0.57 under PageRank and 0.55',
    { scenario: 'follow-back-farming', claim: 'capitalists-pushed-down', key: 'pagerank', precision: 'report', set: ORDINARY },
    { seeds: [1], rule: 'per-seed', quoted: [0.57], digits: 2, interval: 'bootstrap' },
  ),
  reproduced(
    'farming-arm-ordinary-collusionrank',
    '0.02`) → 0.57 under PageRank and 0.55',
    { scenario: 'follow-back-farming', claim: 'capitalists-pushed-down', key: 'collusionrank', precision: 'report', set: ORDINARY },
    { seeds: [1], rule: 'per-seed', quoted: [0.55], digits: 2, interval: 'bootstrap' },
  ),
  reproduced(
    'farming-arm-ordinary-rho',
    'with ordinary capitalists (0.33–0.34',
    { scenario: 'follow-back-farming', claim: 'collusionrank-costs-accuracy', key: 'collusionrankRho', precision: 0.05, set: ORDINARY },
    { seeds: [1, 2], rule: 'range', quoted: [0.33, 0.34], digits: 2, interval: 'fisher-z' },
  ),
  reproduced(
    'farming-arm-no-farming-rho',
    'with no farming (0.30–0.31',
    { scenario: 'follow-back-farming', claim: 'collusionrank-costs-accuracy', key: 'collusionrankRho', precision: 0.05, set: NO_FARMING },
    { seeds: [1, 2], rule: 'range', quoted: [0.3, 0.31], digits: 2, interval: 'fisher-z' },
  ),
  reproduced(
    'farming-arm-ordinary-capitalists',
    'capitalists (their percentile 0.55–0.56 by Collusionrank vs 0.44–0.51',
    {
      scenario: 'follow-back-farming',
      claim: 'collusionrank-costs-accuracy',
      key: 'capitalistsCollusionrank',
      precision: 0.05,
      set: ORDINARY,
    },
    { seeds: [1, 2], rule: 'range', quoted: [0.55, 0.56], digits: 2, interval: 'bootstrap' },
  ),
  reproduced(
    'farming-arm-ordinary-capitalists-truth',
    'capitalists (their percentile 0.55–0.56 by Collusionrank vs 0.44–0.51',
    { scenario: 'follow-back-farming', claim: 'collusionrank-costs-accuracy', key: 'capitalistsTruth', precision: 0.05, set: ORDINARY },
    { seeds: [1, 2], rule: 'range', quoted: [0.44, 0.51], digits: 2, interval: 'bootstrap' },
  ),
  // Where gaming buys a real audience (test precision, seeds 1–3).
  ...['times the follow rate → ×1.45–×3.12', "the pod's members reach ×1.45–×3.12"].map((text, i) =>
    reproduced(
      `pod-arm-discovery-${i + 1}`,
      text,
      { scenario: 'engagement-pod', claim: 'truth-barely-rises', key: 'engagement-pod.ratio', precision: 0.05, set: DISCOVERY },
      { seeds: S13, rule: 'range', quoted: [1.45, 3.12], digits: 2, interval: 'student-t' },
    ),
  ),
  // Both attacks' targets of bought-vs-engaging, one range (test precision, seeds 1–4).
  ...['for the perks brands, ×0.94–×1.05', 'measured ×0.94–×1.05'].map((text, i) =>
    reproduced(
      `bought-truth-ratio-${i + 1}`,
      text,
      {
        scenario: 'bought-vs-engaging',
        claim: 'truth-barely-rises',
        key: 'bought-followers.ratio',
        alsoKeys: ['engaging-bots.ratio'],
        precision: 0.05,
      },
      { seeds: S14, rule: 'range', quoted: [0.94, 1.05], digits: 2, interval: 'student-t' },
    ),
  ),
  // 8,000 agents, seeds 11–12 (test precision).
  reproduced(
    'pod-truth-ratio-8000',
    "the pod's members ×1.05 and ×0.97 (null ×0.94–×1.07",
    { scenario: 'engagement-pod', claim: 'truth-barely-rises', key: 'engagement-pod.ratio', precision: 0.05, agents: 8000 },
    { seeds: [11, 12], rule: 'per-seed', quoted: [1.05, 0.97], digits: 2, interval: 'student-t' },
  ),
  reproduced(
    'pod-truth-null-8000',
    "the pod's members ×1.05 and ×0.97 (null ×0.94–×1.07",
    {
      scenario: 'engagement-pod',
      claim: 'truth-barely-rises',
      key: 'engagement-pod.nullLo',
      alsoKeys: ['engagement-pod.nullHi'],
      precision: 0.05,
      agents: 8000,
    },
    { seeds: [11, 12], rule: 'range', quoted: [0.94, 1.07], digits: 2, interval: 'student-t' },
  ),
  reproduced(
    'perks-truth-ratio-8000',
    'perks brands ×0.78 and ×1.04',
    { scenario: 'perks', claim: 'truth-barely-rises', key: 'perks.ratio', precision: 0.05, agents: 8000 },
    { seeds: [11, 12], rule: 'per-seed', quoted: [0.78, 1.04], digits: 2, interval: 'student-t' },
  ),
  // 20,000 agents, seed 11 (test precision).
  reproduced(
    'pod-truth-ratio-20000',
    "held too: the pod's members ×0.98",
    { scenario: 'engagement-pod', claim: 'truth-barely-rises', key: 'engagement-pod.ratio', precision: 0.05, agents: 20000 },
    { seeds: [11], rule: 'per-seed', quoted: [0.98], digits: 2, interval: 'student-t' },
  ),
  reproduced(
    'pod-truth-null-20000',
    '×0.93–×1.07',
    {
      scenario: 'engagement-pod',
      claim: 'truth-barely-rises',
      key: 'engagement-pod.nullLo',
      alsoKeys: ['engagement-pod.nullHi'],
      precision: 0.05,
      agents: 20000,
    },
    { seeds: [11], rule: 'range', quoted: [0.93, 1.07], digits: 2, interval: 'student-t' },
  ),
  reproduced(
    'silent-rho-reactions-20000',
    'tie; reactions-received ρ 0.32 vs follower count 0.68',
    { scenario: 'silent-majority', claim: 'reactions-below-followers', key: 'reactions-received', precision: 0.05, agents: 20000 },
    { seeds: [11], rule: 'per-seed', quoted: [0.32], digits: 2, interval: 'fisher-z' },
  ),
  reproduced(
    'silent-rho-followers-20000',
    'tie; reactions-received ρ 0.32 vs follower count 0.68',
    { scenario: 'silent-majority', claim: 'reactions-below-followers', key: 'follower-count', precision: 0.05, agents: 20000 },
    { seeds: [11], rule: 'per-seed', quoted: [0.68], digits: 2, interval: 'fisher-z' },
  ),
  // attention-vs-influence at 8,000 agents, seeds 1–3: the null band's top and the gap.
  reproduced(
    'attention-null-hi-8000',
    'up to 0.39–0.41), and the gap is 0.17–0.18',
    { scenario: 'attention-vs-influence', claim: 'top-decile-gap', key: 'nullHi', precision: 'report', agents: 8000 },
    { seeds: [1, 2, 3], rule: 'range', quoted: [0.39, 0.41], digits: 2, interval: 'bootstrap' },
  ),
  reproduced(
    'attention-gap-8000',
    'up to 0.39–0.41), and the gap is 0.17–0.18',
    { scenario: 'attention-vs-influence', claim: 'top-decile-gap', key: 'overall', minus: 'atTop', precision: 'report', agents: 8000 },
    { seeds: [1, 2, 3], rule: 'range', quoted: [0.17, 0.18], digits: 2, interval: 'student-t' },
  ),
];
