/** Parameter resolution: defaults, range checks, and only declared names (hand-computed cases). */
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/errors.js';
import { resolveParams } from '../../src/params.js';

const SPECS = { share: { kind: 'number', description: 'a share', default: 0.1, min: 0, max: 1, source: 'illustrative' } } as const;

describe('resolveParams', () => {
  it('fills defaults and keeps given values', () => {
    expect(resolveParams(SPECS)).toEqual({ share: 0.1 });
    expect(resolveParams(SPECS, { share: 0.5 })).toEqual({ share: 0.5 });
  });
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])('refuses the inherited name %s, naming it', (name) => {
    const raw = JSON.parse(`{${JSON.stringify(name)}: 5}`) as Record<string, unknown>;
    expect(() => resolveParams(SPECS, raw, 'roles.')).toThrow(ParameterError);
    expect(() => resolveParams(SPECS, raw, 'roles.')).toThrow(new RegExp(`invalid roles\\.${name.replace(/_/g, '_')}`));
  });
  it('refuses a value out of range, naming the field and the range', () => {
    expect(() => resolveParams(SPECS, { share: 2 }, 'roles.')).toThrow(/invalid roles\.share: 2/);
  });
});
