/**
 * One registry for every plug-in kind (scorers, measures, attacks, generators, agent kinds, truth
 * models, scenarios, gauntlet suites, lessons). A plug-in describes itself: its id and its
 * capabilities are fields of its definition, so a registry is only an ordered list with lookups.
 * The lowest layer: it imports nothing but the error classes.
 */
import { ModelError, UnknownNameError } from './errors.js';

/** An ordered, read-only set of plug-ins of one kind, keyed by their `id`. */
export interface Registry<T extends { readonly id: string }> {
  /** What kind of plug-in this is (`scorer`, `attack`, ...); named in UnknownNameError. */
  readonly kind: string;
  /** Every plug-in, in registration order (listing order; the first is a kind's default where it has one). */
  readonly list: readonly T[];
  /** Every id, in registration order. */
  readonly ids: readonly string[];
  /** The plug-in with this id; throws UnknownNameError naming the kind and every known id. */
  get(id: string): T;
  /** True when a plug-in with this id is registered. */
  has(id: string): boolean;
}

/**
 * Build a registry of `kind` from `items` (kept in this order, frozen). Throws ModelError when two
 * items share an id, so a duplicate registration fails when the module loads, not at lookup.
 */
export function makeRegistry<T extends { readonly id: string }>(kind: string, items: readonly T[]): Registry<T> {
  const byId = new Map<string, T>();
  for (const item of items) {
    if (byId.has(item.id)) throw new ModelError(`duplicate ${kind} id ${JSON.stringify(item.id)}: each ${kind} must have its own id`);
    byId.set(item.id, item);
  }
  const list = Object.freeze([...items]);
  const ids = Object.freeze(list.map((x) => x.id));
  return Object.freeze({
    kind,
    list,
    ids,
    get(id: string): T {
      const item = byId.get(id);
      if (item === undefined) throw new UnknownNameError(kind, id, ids);
      return item;
    },
    has(id: string): boolean {
      return byId.has(id);
    },
  });
}
