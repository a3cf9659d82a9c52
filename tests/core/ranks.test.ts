/** Rank rules of src/stats/ranks.ts on hand-computed cases. */
import { describe, expect, it } from 'vitest';
import { competitionRanks, ordinalRanks } from '../../src/stats/ranks.js';

describe('ranks', () => {
  const scores = Float64Array.from([0.2, 0.9, 0.2, 0.5]);
  it('ordinal: 1 = highest, equal scores ranked by account index', () => {
    expect([...ordinalRanks(scores)]).toEqual([3, 1, 4, 2]);
  });
  it('competition: tied accounts share the lowest rank of their group (1, 2, 3, 3)', () => {
    expect([...competitionRanks(scores)]).toEqual([3, 1, 3, 2]);
  });
});
