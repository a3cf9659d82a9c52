/**
 * Klout-like score parameters, declared as data, and the versions of its weights.
 * An "algorithm change" (Klout, Oct 2011 and Aug 2012) is a new entry in {@link KLOUT_VERSIONS}:
 * the same scorer code with other weights, registered as `klout-like@<version>`.
 * Reference: Klout's public 2010-2012 descriptions; Rao et al., IEEE BigData 2015, "Klout score: measuring influence across multiple social networks".
 */
import { UnknownNameError } from '../../errors.js';
import { resolveParams, type ParamSpecs, type ParamValues } from '../../params.js';

/** Every tunable of the Klout-like score, with ranges and v1 defaults. */
export const KLOUT_PARAMS = {
  windowTicks: {
    kind: 'int',
    source: 'Klout public description 2011 (90-day window)',
    min: 1,
    default: 90,
    description: 'rolling window: only events and posts within the last W ticks count (Klout: 90 days)',
  },
  likeWeight: { kind: 'number', source: 'illustrative', min: 0, default: 1, description: 'weight of one like received' },
  reshareWeight: { kind: 'number', source: 'illustrative', min: 0, default: 3, description: 'weight of one reshare received' },
  replyWeight: { kind: 'number', source: 'illustrative', min: 0, default: 2, description: 'weight of one reply received' },
  mentionWeight: { kind: 'number', source: 'illustrative', min: 0, default: 1, description: 'weight of one mention received' },
  selectivity: {
    kind: 'number',
    source: 'illustrative',
    min: 0,
    max: 2,
    default: 0.5,
    description: 'selectivity exponent γ: a reactor who acted on d distinct accounts counts d^-γ',
  },
  postPrior: {
    kind: 'number',
    source: 'illustrative',
    min: 0.01,
    default: 1,
    description: 'pseudo-posts added to the post count in amplification (reactions per post)',
  },
  reachWeight: { kind: 'number', source: 'illustrative', min: 0, default: 1, description: 'weight of ln(1 + True Reach)' },
  amplificationWeight: { kind: 'number', source: 'illustrative', min: 0, default: 1, description: 'weight of ln(1 + Amplification)' },
  networkWeight: { kind: 'number', source: 'illustrative', min: 0, default: 1, description: 'weight of ln(1 + Network)' },
  volumeWeight: {
    kind: 'number',
    source: 'illustrative',
    min: 0,
    default: 0,
    description: 'weight of ln(1 + posts + reactions given) (raw activity)',
  },
  rounds: {
    kind: 'int',
    source: 'illustrative',
    min: 1,
    max: 50,
    default: 3,
    description: "rounds of the Network iteration (reactions weighted by the reactor's own score)",
  },
  curve: {
    kind: 'enum',
    source: 'illustrative',
    choices: ['percentile', 'lognormal'],
    default: 'percentile',
    description: 'how raw scores are graded against the population',
  },
} as const satisfies ParamSpecs;

/** Resolved Klout-like parameters. */
export type KloutParams = ParamValues<typeof KLOUT_PARAMS>;

/** A named version of the weights: what changed and why, plus the overrides of the v1 defaults. */
export interface KloutVersion {
  readonly version: string;
  readonly note: string;
  readonly overrides: Readonly<Partial<KloutParams>>;
}

/**
 * The versions. v1 follows Klout's 2011 description (reach, amplification, network; selective
 * reactors count more). v2 is an "algorithm change" that rewards raw activity: volume counts,
 * reactions of every kind weigh alike and the selectivity discount is weaker, so a chatty
 * low-influence account can overtake quieter accounts whose posts travel.
 */
export const KLOUT_VERSIONS: readonly KloutVersion[] = [
  { version: 'v1', note: 'True Reach + Amplification + Network, selectivity discount γ = 0.5', overrides: {} },
  {
    version: 'v2',
    note: 'algorithm change: rewards activity volume, all reactions but likes weigh 2, γ = 0.25',
    overrides: {
      reshareWeight: 2,
      replyWeight: 2,
      mentionWeight: 2,
      selectivity: 0.25,
      reachWeight: 0.5,
      amplificationWeight: 0.5,
      networkWeight: 0.5,
      volumeWeight: 1.5,
    },
  },
];

/** Resolve the parameters of a version, with optional further overrides (checked against the ranges). */
export function kloutParams(version = 'v1', overrides: Readonly<Record<string, unknown>> = {}): KloutParams {
  const v = KLOUT_VERSIONS.find((x) => x.version === version);
  if (!v)
    throw new UnknownNameError(
      'klout-like version',
      version,
      KLOUT_VERSIONS.map((x) => x.version),
    );
  return resolveParams(KLOUT_PARAMS, { ...v.overrides, ...overrides }, 'klout-like: ');
}
