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
import calibratedJson from './presets/calibrated.json' with { type: 'json' };

/** One preset: its settings and, per setting, why it has that value. */
export interface Preset {
  readonly id: string;
  readonly description: string;
  /** Flat parameter names → values, as `--config` takes them. */
  readonly settings: Settings;
  /** Per setting: the calibration target it serves. */
  readonly why: Readonly<Record<string, string>>;
}

/** The values are data, not code: src/engine/presets/calibrated.json (each with the target it serves). */
const calibrated: Preset = calibratedJson;

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
