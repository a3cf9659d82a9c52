/**
 * Canonical JSON: object keys sorted (by UTF-16 code units, recursively), 2-space indent, a final
 * newline; arrays keep their order. Two experiments are the same experiment when their canonical
 * JSON is the same, so its sha256 is the experiment's hash. No external source.
 */

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (typeof v === 'object' && v !== null) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) out[k] = sortKeys((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}

/** `value` as canonical JSON text (sorted keys, 2-space indent, newline-terminated). */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

/**
 * The first field (a dotted path, in sorted-key order) where `a` and `b` differ, or null when
 * they are the same: `grid.roles.gamer`, `seeds`, `scenario`.
 */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  const isObj = (x: unknown) => typeof x === 'object' && x !== null && !Array.isArray(x);
  if (isObj(a) && isObj(b)) {
    const ao = a as Record<string, unknown>;
    const bo = b as Record<string, unknown>;
    for (const k of [...new Set([...Object.keys(ao), ...Object.keys(bo)])].sort()) {
      const d = firstDifference(ao[k], bo[k], path === '' ? k : `${path}.${k}`);
      if (d !== null) return d;
    }
    return null;
  }
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b)) ? null : path === '' ? '(the whole experiment)' : path;
}
