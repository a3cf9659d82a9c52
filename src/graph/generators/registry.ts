/** Every graph generator, one line each. */
import { UnknownNameError } from '../../errors.js';
import type { GraphGenerator } from './generator.js';
import { communityPa } from './community-pa.js';
import { erdosRenyiGenerator } from './erdos-renyi.js';
import { clustersGenerator } from './clusters.js';
import { cavemanGenerator } from './caveman.js';
import { connectedCavemanGenerator } from './connected-caveman.js';
import { karateClubGenerator } from './karate-club.js';
import { florentineFamiliesGenerator } from './florentine-families.js';
import { fromFileGenerator } from './from-file.js';

export const GENERATORS: readonly GraphGenerator[] = [
  communityPa,
  erdosRenyiGenerator,
  clustersGenerator,
  cavemanGenerator,
  connectedCavemanGenerator,
  karateClubGenerator,
  florentineFamiliesGenerator,
  fromFileGenerator,
] as unknown as readonly GraphGenerator[];

/** Look up a generator by id. */
export function getGenerator(id: string): GraphGenerator {
  const g = GENERATORS.find((x) => x.id === id);
  if (!g) throw new UnknownNameError('generator', id, GENERATORS.map((x) => x.id));
  return g;
}
