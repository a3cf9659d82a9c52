/** Every graph generator, one line each. */
import { makeRegistry } from '../../registry.js';
import type { GraphGenerator } from './generator.js';
import { communityPa } from './community-pa.js';
import { erdosRenyiGenerator } from './erdos-renyi.js';
import { clustersGenerator } from './clusters.js';
import { cavemanGenerator } from './caveman.js';
import { connectedCavemanGenerator } from './connected-caveman.js';
import { karateClubGenerator } from './karate-club.js';
import { florentineFamiliesGenerator } from './florentine-families.js';
import { fromFileGenerator } from './from-file.js';

/** The generator registry (ids unique). */
export const GENERATOR_REGISTRY = makeRegistry<GraphGenerator>('generator', [
  communityPa,
  erdosRenyiGenerator,
  clustersGenerator,
  cavemanGenerator,
  connectedCavemanGenerator,
  karateClubGenerator,
  florentineFamiliesGenerator,
  fromFileGenerator,
] as unknown as readonly GraphGenerator[]);

/** Every generator, in listing order. */
export const GENERATORS: readonly GraphGenerator[] = GENERATOR_REGISTRY.list;

/** Look up a generator by id. */
export function getGenerator(id: string): GraphGenerator {
  return GENERATOR_REGISTRY.get(id);
}
