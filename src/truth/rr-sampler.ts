/**
 * The reverse-reachable set sampler shared by the RIS driver (ris.ts) and its chunk pool
 * (ris-chunks.ts); its own file so the two do not import each other.
 * Source: Borgs, Brautbar, Chayes & Lucier 2014 (reverse-reachable sets).
 */

/**
 * Samples one RR set rooted at `root` and adds 1 to `deep[x]` for every counted member x. A sampler
 * with `flush` may keep its counts to itself until `flush()` is called (the chunks call it after
 * each round, before the counts are read).
 */
export type RrSampler = ((root: number) => void) & { readonly flush?: () => void };
