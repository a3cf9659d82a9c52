/**
 * Learned Klout: the score a platform fits to its own labelled past. A ridge regression of
 * log(1 + true influence) on the observable features (src/metrics/features.ts), trained on worlds
 * where nobody games (`baseline`, seeds 9001–9008), then frozen in src/metrics/klout/learned-v1.json.
 * It sees only what the platform sees, like every scorer; the truth entered only through training.
 * Gaming still moves it: the features that predict influence before anyone games (followers,
 * reactions, mutual follows) are the ones attacks buy. Re-fit with `npm run train:klout-learned`.
 * Reference: Rao, Spasojevic, Li & D'Souza (2015), "Klout score: Measuring influence across multiple
 * social networks", IEEE BigData 2015 (weights learned over ~3,600 features from nine networks).
 */
import type { Observation } from '../model/observation.js';
import { predictLearned, type LearnedModel } from './klout/learned-model.js';
import type { Scorer } from './scorer.js';
import frozen from './klout/learned-v1.json' with { type: 'json' };

const model: LearnedModel = frozen;

/** Learned Klout, v1: predicted log(1 + real people moved by one message), any real number (higher = more). */
export const kloutLearned: Scorer = {
  id: 'klout-learned',
  family: 'attention',
  version: model.version,
  description: 'ridge regression of true influence on the observable features, fitted on no-gaming worlds and frozen',
  source: 'Rao et al. 2015 (IEEE BigData): Klout weights learned against an influence target',
  score: (obs: Observation) => predictLearned(model, obs),
};
