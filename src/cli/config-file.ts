/**
 * `--config FILE`: parameter settings from a JSON or YAML file (`.yaml`/`.yml`) — a flat object of
 * parameter names → values (`{"influence.audienceTie": 0.2, "roles.gamer": 0.05}`, or in YAML
 * `influence.audienceTie: 0.2`; nested objects are read as dotted names), optionally with
 * `scenario` and `seed`; or a run's manifest.json, whose `parameters`, `scenario` and `seed`
 * reproduce that run. Syntax errors name the line and column; one reader for both formats
 * (src/io/data-file.ts), so both give the same settings for the same data.
 */
import { InputFormatError, ParameterError } from '../errors.js';
import { readDataFile } from '../io/data-file.js';
import { MAX_SEED } from '../rng.js';
import type { Settings } from '../engine/settings.js';

/** What a config file gives: settings, and the scenario and seed when it names them. */
export interface ConfigFile {
  readonly path: string;
  readonly settings: Settings;
  readonly scenario?: string | undefined;
  readonly seed?: number | undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Flatten nested objects into dotted names; a scalar value stays; an array is an error naming its key. */
function flatten(file: string, obj: Record<string, unknown>, prefix: string, out: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(obj)) {
    const name = `${prefix}${k}`;
    if (isObject(v)) flatten(file, v, `${name}.`, out);
    else if (Array.isArray(v) || v === null)
      throw new InputFormatError(file, null, `${name}: a number, string or true/false, not ${JSON.stringify(v)}`);
    else if (Object.hasOwn(out, name)) throw new InputFormatError(file, null, `${name} is given twice (once nested, once dotted)`);
    else out[name] = v;
  }
}

/** Read and check a config file (see the file comment). */
export function readConfigFile(path: string): ConfigFile {
  const data = readDataFile(path, '--config', 'a settings file');
  if (!isObject(data)) throw new InputFormatError(path, null, 'an object (JSON) or a mapping (YAML) of parameter names → values');
  const manifest = data.tool === 'goodhart' && isObject(data.parameters);
  const { scenario, seed, ...rest } = data;
  const body = manifest ? (data.parameters as Record<string, unknown>) : rest;
  if (scenario !== undefined && typeof scenario !== 'string') throw new ParameterError(`${path}: scenario`, scenario, 'a scenario id');
  // A manifest of several seeds lists them all; --seeds picks them again.
  const oneSeed = manifest && Array.isArray(seed) ? undefined : seed;
  if (oneSeed !== undefined && !(typeof oneSeed === 'number' && Number.isInteger(oneSeed) && oneSeed >= 0 && oneSeed <= MAX_SEED))
    throw new ParameterError(`${path}: seed`, oneSeed, `an integer from 0 to ${MAX_SEED}`);
  const settings: Record<string, unknown> = {};
  flatten(path, body, '', settings);
  return { path, settings, scenario: scenario as string | undefined, seed: oneSeed as number | undefined };
}
