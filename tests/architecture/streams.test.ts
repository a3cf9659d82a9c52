// Random stream names are made in src/streams.ts only: no other src/ file passes a literal name to
// SeedTree.stream / SeedTree.child or a literal key to new Rng.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sourceFiles } from './imports.js';
import { streams } from '../../src/streams.js';

const LITERAL_NAME = /\.(?:stream|child)\(\s*['"`]|new Rng\(\s*['"`]/;

/** Lines of `text` that make a stream from a literal name. */
function literalStreams(text: string): string[] {
  return text.split('\n').filter((line) => !/^\s*(\*|\/\/)/.test(line) && LITERAL_NAME.test(line));
}

describe('stream names', () => {
  it('no src/ file besides src/streams.ts spells a stream name', () => {
    const bad: string[] = [];
    for (const f of sourceFiles()) {
      if (f === 'streams.ts' || f === 'rng.ts') continue;
      for (const line of literalStreams(readFileSync(join(ROOT, 'src', f), 'utf8'))) bad.push(`${f}: ${line.trim()}`);
    }
    expect(bad).toEqual([]);
  });

  it('the check sees a literal name', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the test's input is source text holding a template literal
    expect(literalStreams('  const rng = seeds.stream(\'truth\');\n  new Rng(`x/${k}`);\n  seeds.child("a")')).toHaveLength(3);
    expect(literalStreams('  const rng = seeds.stream(streams.truth(snapshot));')).toEqual([]);
  });

  it('truth names: truth/a and truth/b at the final snapshot, truth:<tick>/a before it', () => {
    expect(streams.truth({ tick: 9, final: true })).toBe('truth/a');
    expect(streams.truth({ tick: 9, final: true }, 'b')).toBe('truth/b');
    expect(streams.truth({ tick: 4, final: false })).toBe('truth:4/a');
    expect(streams.attack(0, 'bought-followers')).toBe('attack:0:bought-followers');
  });
});
