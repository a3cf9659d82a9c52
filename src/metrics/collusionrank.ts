/**
 * `collusionrank`: PageRank that discounts follow-back farming.
 *
 * Ghosh et al. (2012) found that link farmers get most of their followers from "social capitalists"
 * who follow back anyone, and proposed Collusionrank: propagate a penalty from known spammers to
 * the users who link to them, then rank with it alongside PageRank, so that both spammers and the
 * capitalists who follow them back fall. Their spammer set came from Twitter's suspensions; a
 * platform scoring in Goodhart sees no labels, so this version finds farmers by a public signature
 * and works in three steps (details and formulas in `algorithms/farming.ts`):
 *  1. signature f(u): follows very many accounts, most follow back, little interaction on those ties;
 *  2. distrust D: personalised PageRank from the signatures on the reversed follow graph, so
 *     distrust flows from an account to its followers (you are penalised for following suspects,
 *     and capitalists follow farmers back); penalty p(u) = D(u)/(D(u) + 1/n) ∈ [0, 1);
 *  3. score = PR_p(u) · (1 − p(u)), where PR_p is PageRank (damping 0.85) in which u's vote keeps
 *     only the share 1 − p(u) (the rest is spread uniformly like a dangling node's): farmers' and
 *     capitalists' follows endorse little, and their own scores are cut by their penalty.
 * With no farming signature anywhere (e.g. no reciprocated follows) p = 0 and the score is PageRank.
 * Ghosh et al. seed negative scores on known spammers; here the seeds are weighted by signature.
 * Reference: Ghosh, Viswanath, Kooti, Sharma, Korlam, Benevenuto, Ganguly & Gummadi 2012,
 * "Understanding and combating link farming in the Twitter social network" (WWW).
 */
import type { Observation } from '../model/observation.js';
import { farmingPenalty, farmingSignature } from './algorithms/farming.js';
import { personalizedPageRank } from './algorithms/pagerank-kernel.js';
import { snapScores } from './algorithms/snap.js';
import type { Scorer } from './scorer.js';

/** Collusionrank of every account: non-negative, summing to at most 1. */
export function collusionrankScores(obs: Observation): Float64Array {
  const p = farmingPenalty(obs.follows.following, farmingSignature(obs));
  const retain = new Float64Array(obs.n);
  for (let u = 0; u < obs.n; u++) retain[u] = 1 - p[u]!;
  const pr = personalizedPageRank(obs.follows.followers, { damping: 0.85, retain }).scores;
  for (let u = 0; u < obs.n; u++) pr[u] = pr[u]! * retain[u]!;
  return snapScores(pr); // the product carries the rounding of both factors: tie rule of ./algorithms/snap.ts
}

export const collusionrank: Scorer = {
  id: 'collusionrank',
  family: 'relational',
  version: 'v1',
  description: 'PageRank discounted by distrust propagated from follow-back farming signatures',
  source: 'Ghosh et al. 2012, Understanding and combating link farming in the Twitter social network (WWW)',
  score: collusionrankScores,
};
