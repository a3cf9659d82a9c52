/**
 * The interventions the goodhart-decay scenario compares, each a set of dynamics parameters on
 * top of the baseline (the Klout-like score deployed, formula public, top 5% paid, no penalty).
 * The rewards-off control keeps the score public but pays nothing: what the world does anyway.
 */
import { UnknownNameError } from '../errors.js';

/** One intervention. */
export interface Intervention {
  /** Id used in rows and on the command line. */
  readonly id: string;
  /** Short label for charts and tables. */
  readonly label: string;
  /** One sentence: what changes. */
  readonly description: string;
  /** Dynamics parameters it sets (see DYNAMICS_PARAMS). */
  readonly overrides: Readonly<Record<string, unknown>>;
}

/** Id of the intervention every other one is compared with. */
export const BASELINE = 'baseline';
/** Id of the control without rewards. */
export const REWARDS_OFF = 'rewards-off';

/** Every intervention, in report order. */
export const INTERVENTIONS: readonly Intervention[] = [
  {
    id: BASELINE,
    label: 'baseline (Klout-like, top 5%)',
    description: 'the Klout-like score is deployed with a public formula; the top 5% earn perks and a visibility boost',
    overrides: {},
  },
  {
    id: REWARDS_OFF,
    label: 'rewards off (control)',
    description: 'the same score is shown but pays nothing',
    overrides: { rewards: false },
  },
  {
    id: 'trust-seeded',
    label: 'TrustRank deployed',
    description: 'a trust-seeded scorer (TrustRank from verified accounts) is deployed instead',
    overrides: { scorer: 'trustrank' },
  },
  {
    id: 'relational',
    label: 'interaction PageRank',
    description: 'a relational scorer (PageRank on who replied to and reshared whom) is deployed instead',
    overrides: { scorer: 'interaction-pagerank' },
  },
  {
    id: 'hidden-formula',
    label: 'formula hidden',
    description: "the formula is secret: agents see peers' payoffs late and noisily and cannot tell which action paid",
    overrides: { formula: 'hidden' },
  },
  {
    id: 'rotating-formula',
    label: 'formula rotates',
    description: 'the platform cycles the deployed formula (Klout-like v1, v2, reactions received) every 10 ticks',
    overrides: { formula: 'rotating' },
  },
  {
    id: 'penalty',
    label: 'gaming penalised',
    description: 'accounts flagged by a simple public detector lose their perks and boost',
    overrides: { penalty: true },
  },
  {
    id: 'top-1pct',
    label: 'top 1% paid',
    description: 'only the top 1% of the leaderboard earn perks and boost',
    overrides: { topShare: 0.01 },
  },
  {
    id: 'top-20pct',
    label: 'top 20% paid',
    description: 'the top 20% of the leaderboard earn perks and boost',
    overrides: { topShare: 0.2 },
  },
];

/** Look up an intervention by id. */
export function getIntervention(id: string): Intervention {
  const i = INTERVENTIONS.find((x) => x.id === id);
  if (!i)
    throw new UnknownNameError(
      'intervention',
      id,
      INTERVENTIONS.map((x) => x.id),
    );
  return i;
}
