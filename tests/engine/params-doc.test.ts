/** docs/model.md's parameter table is generated from the declarations: it fails when they disagree (run `npm run docs:params`). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARAMS_DOC_MARKERS, withParamsTable } from '../../src/cli/commands/params.js';
import { listParameters } from '../../src/engine/settings.js';

const doc = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');

describe('docs/model.md parameter table', () => {
  it('is what the declarations generate (npm run docs:params rewrites it)', () => {
    expect(doc).toContain(PARAMS_DOC_MARKERS.begin);
    expect(withParamsTable(doc)).toBe(doc);
  });
  it('lists every declared parameter with its source', () => {
    const table = doc.slice(doc.indexOf(PARAMS_DOC_MARKERS.begin), doc.indexOf(PARAMS_DOC_MARKERS.end));
    for (const r of listParameters()) expect(table, r.name).toContain(`| \`${r.name}\` |`);
    expect(table).toContain('| `activity.lurkerShare` | 0.9 |');
  });
  it('would notice a changed default', () => {
    const stale = doc.replace('| `activity.lurkerShare` | 0.9 |', '| `activity.lurkerShare` | 0.8 |');
    expect(stale).not.toBe(doc);
    expect(withParamsTable(stale)).not.toBe(stale);
  });
});
