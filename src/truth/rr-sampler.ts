/**
 * The reverse-reachable set sampler shared by the RIS driver (ris.ts) and its chunk pool
 * (ris-chunks.ts); its own file so the two do not import each other.
 * Source: Borgs, Brautbar, Chayes & Lucier 2014 (reverse-reachable sets).
 */

/** Samples one RR set rooted at `root` and adds 1 to `deep[x]` for every counted member x. */
export type RrSampler = (root: number) => void;
