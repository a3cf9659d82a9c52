/**
 * What kind of thing a scorer spec names, decided by its text alone (no module is loaded here):
 * `formula:<expression>`, a module file (`./my-scorer.ts`, `/abs/x.mjs`, `x.js`), or a registered id
 * (`pagerank`, `klout-like@v2`). `run`, `score`, `gauntlet` and the gauntlet's workers all decide
 * with this one rule.
 */

/** True when `spec` names a scorer module file: not a formula, and it holds a `/` or `\` or ends in .ts/.mts/.cts/.js/.mjs/.cjs. */
export function isScorerFile(spec: string): boolean {
  const s = spec.trim();
  return !s.startsWith('formula:') && /[\\/]|\.[cm]?[tj]s$/.test(s);
}
