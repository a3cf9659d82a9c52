/**
 * Parameters declared as data (name, description, range, default) and enforced at the boundary.
 * A wrong value raises a {@link ParameterError} naming the field, the value and what is allowed.
 */
import { ParameterError } from './errors.js';

/** What a parameter is, without its provenance: the form CLI options share (src/cli/args.ts). */
export type ParamShape =
  | { kind: 'int'; description: string; default: number; min?: number; max?: number }
  | { kind: 'number'; description: string; default: number; min?: number; max?: number }
  | { kind: 'bool'; description: string; default: boolean }
  | { kind: 'enum'; description: string; default: string; choices: readonly string[] }
  | { kind: 'string'; description: string; default: string };

/**
 * One declared parameter: its shape plus `source`, where its default comes from — a citation
 * (author year, table or section) or the word `illustrative` when the value is a modelling choice.
 */
export type ParamSpec = ParamShape & { source: string };

/** A named set of parameter declarations. */
export type ParamSpecs = Readonly<Record<string, ParamSpec>>;

/** The resolved values of a {@link ParamSpecs}: every declared name, typed by its kind. */
export type ParamValues<S extends ParamSpecs> = {
  -readonly [K in keyof S]: S[K] extends { kind: 'bool' } ? boolean : S[K] extends { kind: 'int' | 'number' } ? number : string;
};

/** Human description of what a spec allows, used in errors and `--help`. */
export function describeAllowed(spec: ParamShape): string {
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

/**
 * How an integer is written wherever Goodhart reads one from text (CLI options, --seeds, params):
 * decimal digits only, a leading `-` where negatives are allowed, no leading zeros (`0` itself is
 * fine). Refused: `0x10`, `1e1`, `1_000`, `+5`, ` 5`, `05`, `5.0` — Number() would read most of
 * them silently as something else (`0x10` as 16, `1e1` as 10).
 */
export const DECIMAL_INTEGER = /^-?(0|[1-9][0-9]*)$/;

/** How a real number is written in text: decimal, optional fraction and exponent (`0.05`, `1e-3`); no hex, `_`, `+` or spaces. */
export const DECIMAL_NUMBER = /^-?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$/;

/**
 * Read a decimal integer in [min, max] from text (see {@link DECIMAL_INTEGER}); anything else is a
 * ParameterError naming `field`, the raw text and the range. Use before any size-dependent allocation.
 */
export function parseDecimalInt(
  field: string,
  raw: unknown,
  min: number,
  max: number,
  allowed = `an integer from ${min} to ${max}, in decimal digits`,
): number {
  const v = typeof raw === 'string' && DECIMAL_INTEGER.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(v) || v < min || v > max) throw new ParameterError(field, raw, allowed);
  return v;
}

/** Check and convert one raw value (a CLI string or a JS value) against its spec. */
export function resolveParam(field: string, spec: ParamShape, raw: unknown): number | boolean | string {
  if (raw === undefined) return spec.default;
  switch (spec.kind) {
    case 'int':
    case 'number': {
      const syntax = spec.kind === 'int' ? DECIMAL_INTEGER : DECIMAL_NUMBER;
      const v = typeof raw === 'string' ? (syntax.test(raw) ? Number(raw) : NaN) : raw;
      const ok =
        typeof v === 'number' &&
        Number.isFinite(v) &&
        (spec.kind === 'number' || Number.isSafeInteger(v)) &&
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
    // Own names only: `in` would accept inherited ones such as toString or constructor.
    if (!Object.hasOwn(specs, key))
      throw new ParameterError(`${prefix}${key}`, raw[key], `a known parameter: ${Object.keys(specs).join(', ')}`);
  }
  const out: Record<string, number | boolean | string> = {};
  for (const [key, spec] of Object.entries(specs)) out[key] = resolveParam(`${prefix}${key}`, spec, raw[key]);
  return out as ParamValues<S>;
}

/**
 * Edit distance between a and b: insertions, deletions, substitutions and swaps of two adjacent
 * characters each cost 1 (optimal string alignment; Damerau 1964, Levenshtein 1966). Case-insensitive.
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const w = t.length + 1;
  const d = new Uint32Array((s.length + 1) * w);
  for (let j = 0; j <= t.length; j++) d[j] = j;
  for (let i = 1; i <= s.length; i++) {
    d[i * w] = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * w + j]! + 1, d[i * w + j - 1]! + 1, d[(i - 1) * w + j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, d[(i - 2) * w + j - 2]! + 1);
      d[i * w + j] = v;
    }
  }
  return d[s.length * w + t.length]!;
}

/**
 * The `count` names nearest to `name` by {@link editDistance}. Dotted names: a name in another group
 * also scores by its last part plus 2, so `roles.audienceTie` finds `influence.audienceTie`; ties by name.
 */
export function nearestNames(name: string, names: readonly string[], count = 3): string[] {
  const cut = (x: string) => x.lastIndexOf('.');
  const last = (x: string) => x.slice(cut(x) + 1);
  const score = (x: string) =>
    x.slice(0, cut(x)) === name.slice(0, cut(name))
      ? editDistance(name, x)
      : Math.min(editDistance(name, x), editDistance(last(name), last(x)) + 2);
  return names
    .map((x) => [x, score(x)] as const)
    .sort((p, q) => p[1] - q[1] || (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : 0))
    .slice(0, count)
    .map((p) => p[0]);
}
