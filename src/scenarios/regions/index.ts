// Written by `npm run regions` (scripts/claim-regions.ts): the claim region files of this folder. Do not edit.
import type { ScenarioRegions } from '../claims/region.js';
import attentionVsInfluence from './attention-vs-influence.json' with { type: 'json' };
import boughtVsEngaging from './bought-vs-engaging.json' with { type: 'json' };
import engagementPod from './engagement-pod.json' with { type: 'json' };
import silentMajority from './silent-majority.json' with { type: 'json' };

/** Claim regions by scenario id (src/scenarios/claims/region.ts); a scenario without a file has no measured region. */
export const CLAIM_REGIONS: Readonly<Record<string, ScenarioRegions>> = {
  'attention-vs-influence': attentionVsInfluence as ScenarioRegions,
  'bought-vs-engaging': boughtVsEngaging as ScenarioRegions,
  'engagement-pod': engagementPod as ScenarioRegions,
  'silent-majority': silentMajority as ScenarioRegions,
};
