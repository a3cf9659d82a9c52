// The YAML reader of settings and experiment files (src/io/yaml-text.ts) and the one reader that
// picks JSON or YAML by extension (src/io/data-file.ts): a good file gives the JSON file's data;
// a syntax error names the file, line and column; a duplicate key, a tag, an alias bomb, a
// non-finite number and a second document are each refused with one InputFormatError.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputFormatError, ParameterError } from '../../src/errors.js';
import { MAX_YAML_ALIASES, parseYamlText } from '../../src/io/yaml-text.js';
import { dataFormatOf, parseDataText, readDataFile } from '../../src/io/data-file.js';
import { readConfigFile } from '../../src/cli/config-file.js';

const tmp = mkdtempSync(join(tmpdir(), 'goodhart-yaml-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The error `f` throws (fails the test when it throws none). */
function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error, got none');
}

describe('parseYamlText', () => {
  it('reads a good file as the JSON file of the same data', () => {
    const yaml = [
      '# a comment',
      'scenario: silent-majority',
      'base:',
      '  world.agents: 300',
      '  activity.recordEvery: 6',
      'grid:',
      '  activity.activityScale: [0.5, 2]',
      '  roles.broadcaster:',
      '    - 0.005',
      '    - 5.0e-2',
      'seeds: [1, 2]',
      'scorers: [follower-count, "klout-like"]',
      'flag: true',
      'nothing: null',
      'word: yes',
      '',
    ].join('\n');
    const json =
      '{"scenario": "silent-majority", "base": {"world.agents": 300, "activity.recordEvery": 6}, "grid": {"activity.activityScale": [0.5, 2], "roles.broadcaster": [0.005, 0.05]}, "seeds": [1, 2], "scorers": ["follower-count", "klout-like"], "flag": true, "nothing": null, "word": "yes"}';
    expect(parseYamlText(yaml, 'x.yaml')).toEqual(JSON.parse(json));
    // Keys keep the file's order (the grid's order is the sweep's order).
    expect(Object.keys((parseYamlText(yaml, 'x.yaml') as { grid: object }).grid)).toEqual(['activity.activityScale', 'roles.broadcaster']);
  });

  it('allows a byte-order mark, an anchor used a few times, and gives null for an empty file', () => {
    expect(parseYamlText('\ufeffa: 1\n', 'x.yaml')).toEqual({ a: 1 });
    expect(parseYamlText('v: &v [1, 2]\na: *v\nb: *v\n', 'x.yaml')).toEqual({ v: [1, 2], a: [1, 2], b: [1, 2] });
    expect(parseYamlText('', 'x.yaml')).toBeNull();
  });

  it('a syntax error names the file, line and column', () => {
    const e = thrown(() => parseYamlText('scenario: baseline\ngrid:\n  roles.gamer: [0.01, 0.05\nseeds: [1]\n', 'exp.yaml'));
    expect(e).toBeInstanceOf(InputFormatError);
    expect((e as InputFormatError).line).toBe(4);
    expect(e.message).toMatch(/^exp\.yaml:4: column 1: .* \(not valid YAML\)$/);
    expect(thrown(() => parseYamlText('a: "open\n', 'q.yaml')).message).toBe('q.yaml:2: column 1: missing closing "quote (not valid YAML)');
    expect(thrown(() => parseYamlText('seeds: [1]\ngrid: {x: [1, 2]]}\n', 'f.yaml')).message).toMatch(
      /^f\.yaml:2: column 17: flow map .* end with a } \(not valid YAML\)$/,
    );
  });

  it('a key given twice is refused at the second one (also 1 and "1", which one object cannot tell apart)', () => {
    expect(thrown(() => parseYamlText('a: 1\nb: 2\na: 3\n', 'd.yaml')).message).toBe(
      'd.yaml:3: column 1: each key once ("a" is given twice)',
    );
    expect(thrown(() => parseYamlText('grid:\n  x: [1]\n  "x": [2]\n', 'd.yaml')).message).toBe(
      'd.yaml:3: column 3: each key once ("x" is given twice)',
    );
    expect(thrown(() => parseYamlText('1: a\n"1": b\n', 'd.yaml')).message).toMatch(/^d\.yaml:2: column 1: each key once \("1"/);
  });

  it('an alias bomb is refused before it expands', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
    ];
    for (let i = 0; i < 6; i++) bomb.push(`${'defghi'[i]}: &${'defghi'[i]} [${Array(9).fill(`*${'cdefgh'[i]}`).join(', ')}]`);
    const e = thrown(() => parseYamlText(bomb.join('\n'), 'bomb.yaml'));
    expect(e).toBeInstanceOf(InputFormatError);
    expect(e.message).toMatch(new RegExp(`^bomb\\.yaml:2: column 8: at most ${MAX_YAML_ALIASES} alias expansions .*alias bomb`));
    // More uses of one anchor than allowed, even flat ones.
    const many = `v: &v 1\nl: [${Array(MAX_YAML_ALIASES + 1)
      .fill('*v')
      .join(', ')}]\n`;
    expect(thrown(() => parseYamlText(many, 'm.yaml')).message).toMatch(/^m\.yaml:2: column 5: at most/);
    expect(thrown(() => parseYamlText('a: *nope\n', 'u.yaml')).message).toMatch(
      /^u\.yaml:1: column 4: unresolved alias.*nope \(not valid YAML\)$/,
    );
  });

  it('tags are refused, custom or not: values are plain', () => {
    expect(thrown(() => parseYamlText('a: !custom 1\n', 't.yaml')).message).toBe(
      't.yaml:1: column 4: no tags (found !custom): write plain values, e.g. 0.2, true or "text"',
    );
    expect(thrown(() => parseYamlText('a: 1\nb: !!binary aGk=\n', 't.yaml')).message).toMatch(
      /^t\.yaml:2: column 4: no tags \(found !!binary\)/,
    );
    expect(thrown(() => parseYamlText('a: !!str 1\n', 't.yaml')).message).toMatch(/no tags \(found !!str\)/);
    expect(thrown(() => parseYamlText('grid: !!set {x}\n', 't.yaml')).message).toMatch(/^t\.yaml:1: column 7: no tags \(found !!set\)/);
    expect(thrown(() => parseYamlText('a: !<tag:example.com,2000:x> 1\n', 't.yaml')).message).toMatch(/no tags/);
  });

  it('refuses what JSON cannot hold: non-finite numbers, collection keys, a second document', () => {
    expect(thrown(() => parseYamlText('a: .inf\n', 'n.yaml')).message).toBe(
      'n.yaml:1: column 4: a finite number (found .inf: JSON has no infinity or NaN)',
    );
    expect(thrown(() => parseYamlText('a: [1, .NaN]\n', 'n.yaml')).message).toMatch(/^n\.yaml:1: column 8: a finite number/);
    expect(thrown(() => parseYamlText('? [1, 2]\n: x\n', 'k.yaml')).message).toMatch(/^k\.yaml:1: column 3: a key is a plain name/);
    expect(thrown(() => parseYamlText('a: 1\n---\nb: 2\n', 'm.yaml')).message).toBe(
      'm.yaml:2: column 1: one document per file (found a second one after ---) (not valid YAML)',
    );
  });
});

describe('the data-file reader: JSON or YAML by extension', () => {
  it('picks the format by extension', () => {
    expect(['a.yaml', 'a.YML', 'dir.json/a.yml'].map(dataFormatOf)).toEqual(['yaml', 'yaml', 'yaml']);
    expect(['a.json', 'manifest.json', 'a', 'a.yaml.json'].map(dataFormatOf)).toEqual(['json', 'json', 'json', 'json']);
    expect(parseDataText('a: 1', 'x.yml')).toEqual({ a: 1 });
    expect(thrown(() => parseDataText('a: 1', 'x.json')).message).toMatch(/^x\.json:1: column 1: .*\(not valid JSON\)$/);
  });

  it('a missing file or a folder is one ParameterError naming the field', () => {
    expect(thrown(() => readDataFile(join(tmp, 'none.yaml'), '--config', 'a settings file')).message).toMatch(
      /^invalid --config: ".*none\.yaml" \(allowed: a readable settings file \(JSON or YAML\) \(ENOENT\)\)$/,
    );
    const e = thrown(() => readDataFile(tmp, '<experiment>', 'an experiment file'));
    expect(e).toBeInstanceOf(ParameterError);
    expect(e.message).toMatch(/allowed: an experiment file \(JSON or YAML\), not a directory/);
  });

  it('--config: a YAML file gives the settings, scenario and seed of its JSON twin (nested names too)', () => {
    const y = join(tmp, 'c.yaml');
    const j = join(tmp, 'c.json');
    writeFileSync(y, 'scenario: baseline\nseed: 9\nroles.gamer: 0.02\ninfluence:\n  beta: 0.3\n');
    writeFileSync(j, '{"scenario": "baseline", "seed": 9, "roles.gamer": 0.02, "influence": {"beta": 0.3}}');
    const { path: _py, ...fromYaml } = readConfigFile(y);
    const { path: _pj, ...fromJson } = readConfigFile(j);
    expect(fromYaml).toEqual(fromJson);
    expect(fromYaml.settings).toEqual({ 'roles.gamer': 0.02, 'influence.beta': 0.3 });
    const list = join(tmp, 'list.yaml');
    writeFileSync(list, '- 1\n- 2\n');
    expect(thrown(() => readConfigFile(list)).message).toMatch(/list\.yaml: an object \(JSON\) or a mapping \(YAML\) of parameter names/);
  });
});
