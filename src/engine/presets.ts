/**
 * Presets: named sets of declared parameter values (src/engine/settings.ts), applied under
 * `--config` and `--set` with `--preset NAME` (and the API's `preset` option). A preset changes
 * nothing the user could not set by hand; the run's manifest records every resolved value, so a
 * run with a preset is reproduced from its manifest alone.
 *
 * `calibrated`: the default generator and activity tuned so that `goodhart calibrate` passes each
 * of its targets (src/pipeline/calibration.ts, docs/model.md § Calibration): reciprocity as Kwak et
 * al. (2010) measure it, heavy-tailed in- and out-degree, 90-9-1 participation (Nielsen 2006) and
 * cascades where most messages move no one (Goel, Watts & Goldstein 2012). Each value says which
 * target it serves; the values were found by hand on 1,500- and 2,000-agent worlds, seeds 1–2, and are
 * checked by tests/pipeline/calibration.test.ts (2,000 agents, seeds 1–2).
 */
import { UnknownNameError } from '../errors.js';
import type { Settings } from './settings.js';

/** One preset: its settings and, per setting, why it has that value. */
export interface Preset {
  readonly id: string;
  readonly description: string;
  /** Flat parameter names → values, as `--config` takes them. */
  readonly settings: Settings;
  /** Per setting: the calibration target it serves. */
  readonly why: Readonly<Record<string, string>>;
}

const calibrated: Preset = {
  id: 'calibrated',
  description: 'the default world tuned to published statistics of real networks (goodhart calibrate checks it)',
  settings: {
    'roles.honestOutDegreeSigma': 2.2,
    'generator.community-pa.uniformMix': 0,
    'generator.community-pa.homophily': 0.5,
    'activity.lurkerShare': 0.94,
    'activity.contributorShare': 0.05,
    'activity.lurkerPosts': 0.0005,
    'roles.broadcasterPosts': 0.5,
    'roles.capitalistPosts': 0.1,
    'roles.honestAppealSigma': 2,
    'roles.broadcasterAppeal': 0.15,
    'influence.beta': 0.06,
  },
  why: {
    'roles.honestOutDegreeSigma': 'heavy-tailed out-degree: a log-normal this wide has a tail exponent of 2-3 above the top 10%',
    'generator.community-pa.uniformMix': 'heavy-tailed in-degree: every organic follow by popularity (preferential attachment)',
    'generator.community-pa.homophily': 'heavy-tailed in-degree: half the follows from the whole world, so popularity is global',
    'activity.lurkerShare': '90-9-1: 90% of all accounts (broadcasters and capitalists included) never post',
    'activity.contributorShare': '90-9-1: with lurkerShare, the rest of honest people create',
    'activity.lurkerPosts': '90-9-1: a lurker posts about once in 2,000 ticks, so nearly all post nothing in a run',
    'roles.broadcasterPosts': 'cascades: broadcasters no longer write a sixth of all posts',
    'roles.capitalistPosts': 'cascades: follow-back accounts post like contributors, not like creators',
    'roles.honestAppealSigma': 'cascades: a heavy tail of appeal gives a few large cascades among many empty ones',
    'roles.broadcasterAppeal': 'cascades: a broadcaster message moves about one of a few hundred weak-tied followers',
    'influence.beta': 'cascades: at least 90% of messages move no one',
  },
};

/** Every preset, by id. */
export const PRESETS: readonly Preset[] = [calibrated];

/** The preset with this id; an UnknownNameError naming the known ones otherwise. */
export function getPreset(id: string): Preset {
  const p = PRESETS.find((x) => x.id === id);
  if (p) return p;
  throw new UnknownNameError(
    '--preset',
    id,
    PRESETS.map((x) => x.id),
  );
}
