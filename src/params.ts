/**
 * Parameters declared as data (name, description, range, default) and enforced at the boundary.
 * A wrong value raises a {@link ParameterError} naming the field, the value and what is allowed.
 */
import { ParameterError } from './errors.js';

/** One declared parameter. */
export type ParamSpec =
  | { kind: 'int'; description: string; default: number; min?: number; max?: number }
  | { kind: 'number'; description: string; default: number; min?: number; max?: number }
  | { kind: 'bool'; description: string; default: boolean }
  | { kind: 'enum'; description: string; default: string; choices: readonly string[] }
  | { kind: 'string'; description: string; default: string };

/** A named set of parameter declarations. */
export type ParamSpecs = Readonly<Record<string, ParamSpec>>;

/** The resolved values of a {@link ParamSpecs}: every declared name, typed by its kind. */
export type ParamValues<S extends ParamSpecs> = {
  -readonly [K in keyof S]: S[K] extends { kind: 'bool' } ? boolean : S[K] extends { kind: 'int' | 'number' } ? number : string;
};

/** Human description of what a spec allows, used in errors and `--help`. */
export function describeAllowed(spec: ParamSpec): string {
  switch (spec.kind) {
    case 'int':
    case 'number': {
      const what = spec.kind === 'int' ? 'an integer' : 'a number';
      if (spec.min !== undefined && spec.max !== undefined) return `${what} from ${spec.min} to ${spec.max}`;
      if (spec.min !== undefined) return `${what} ≥ ${spec.min}`;
      if (spec.max !== undefined) return `${what} ≤ ${spec.max}`;
      return what;
    }
    case 'bool':
      return 'true or false';
    case 'enum':
      return `one of ${spec.choices.join(', ')}`;
    case 'string':
      return 'a string';
  }
}

/** Check and convert one raw value (a CLI string or a JS value) against its spec. */
export function resolveParam(field: string, spec: ParamSpec, raw: unknown): number | boolean | string {
  if (raw === undefined) return spec.default;
  switch (spec.kind) {
    case 'int':
    case 'number': {
      const v = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
      const ok =
        typeof v === 'number' &&
        Number.isFinite(v) &&
        (spec.kind === 'number' || Number.isInteger(v)) &&
        (spec.min === undefined || v >= spec.min) &&
        (spec.max === undefined || v <= spec.max);
      if (!ok) throw new ParameterError(field, raw, describeAllowed(spec));
      return v as number;
    }
    case 'bool': {
      if (raw === true || raw === 'true' || raw === '1' || raw === 'yes') return true;
      if (raw === false || raw === 'false' || raw === '0' || raw === 'no') return false;
      throw new ParameterError(field, raw, describeAllowed(spec));
    }
    case 'enum': {
      if (typeof raw !== 'string' || !spec.choices.includes(raw)) throw new ParameterError(field, raw, describeAllowed(spec));
      return raw;
    }
    case 'string': {
      if (typeof raw !== 'string') throw new ParameterError(field, raw, describeAllowed(spec));
      return raw;
    }
  }
}

/**
 * Resolve a whole parameter set: defaults for what is missing, checks for what is given,
 * and an error for any name that is not declared.
 * @param prefix prepended to field names in errors (e.g. `world.` or `attack bought-followers: `).
 */
export function resolveParams<S extends ParamSpecs>(specs: S, raw: Readonly<Record<string, unknown>> = {}, prefix = ''): ParamValues<S> {
  for (const key of Object.keys(raw)) {
    if (!(key in specs)) throw new ParameterError(`${prefix}${key}`, raw[key], `a known parameter: ${Object.keys(specs).join(', ')}`);
  }
  const out: Record<string, number | boolean | string> = {};
  for (const [key, spec] of Object.entries(specs)) out[key] = resolveParam(`${prefix}${key}`, spec, raw[key]);
  return out as ParamValues<S>;
}
