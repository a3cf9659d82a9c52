/**
 * Graph-file readers. Hand-written inputs check the format rules and the file:line errors;
 * files written by networkx (scripts/make_graph_io_fixtures.py → tests/fixtures/graph-io) check
 * that GEXF, GraphML and CSV from a reference tool read back as the same follow graph.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pairs, errorOf } from './graph-helpers.js';
import { InputFormatError } from '../../src/errors.js';
import { graphFormatOf, parseEdgeList, parseGexf, parseGraphml, readGraphFile } from '../../src/graph/io/index.js';

describe('edge list', () => {
  it('reads follower,followee with a header; labels in order of first appearance', () => {
    const g = parseEdgeList('follower,followee\nalice,bob\ncarol,bob\nbob,alice\n', 'e.csv');
    expect(g.labels).toEqual(['alice', 'bob', 'carol']);
    expect(pairs(g)).toEqual([
      ['alice', 'bob'],
      ['bob', 'alice'],
      ['carol', 'bob'],
    ]);
    expect(g.graph.followers.offsets[2]! - g.graph.followers.offsets[1]!).toBe(2); // bob has 2 followers
  });
  it('no header; comments (with a comment character), blank lines, CRLF, BOM, spaces around fields', () => {
    const g = parseEdgeList('\ufeff# exported\r\n1, 2\r\n\r\n # note\r\n2,3\r\n', 'e.csv', { comment: '#' });
    expect(g.labels).toEqual(['1', '2', '3']);
    expect(g.graph.m).toBe(2);
  });
  it('other header spellings are headers; ordinary labels are not', () => {
    expect(parseEdgeList('source,target\na,b\n', 'e').labels).toEqual(['a', 'b']);
    expect(parseEdgeList('Src,Dst\na,b\n', 'e').labels).toEqual(['a', 'b']);
    expect(parseEdgeList('follower,bob\na,b\n', 'e').labels).toEqual(['follower', 'bob', 'a', 'b']);
    expect(parseEdgeList('follower,target\na,b\n', 'e').labels).toEqual(['follower', 'target', 'a', 'b']);
  });
  it('tab- or space-separated files (SNAP style)', () => {
    expect(pairs(parseEdgeList('# FromNodeId\tToNodeId\n0\t1\n1  2\n', 'e.txt', { comment: '#' }))).toEqual([
      ['0', '1'],
      ['1', '2'],
    ]);
  });
  it('quoted labels may hold commas and quotes', () => {
    const g = parseEdgeList('"Smith, J.",b\n"say ""hi""",b\n', 'e.csv');
    expect(g.labels).toEqual(['Smith, J.', 'b', 'say "hi"']);
  });
  it('self-follows and repeats are dropped and counted', () => {
    const g = parseEdgeList('a,b\na,b\nb,b\nb,a\n', 'e.csv');
    expect(g.graph.m).toBe(2);
    expect(g.stats).toMatchObject({ edgesRead: 4, selfLoops: 1, duplicates: 1 });
  });
  it.each([
    ['a,b\nc,d,e\n', 2, /expected 2 fields follower,followee but found 3: "c,d,e"/],
    ['a b\nc d e f g\n', 2, /found 5/],
    ['follower,followee\na,b\n\nlonely\n', 4, /found 1/],
    ['a,b\n,c\n', 2, /empty follower field/],
    ['a,b\nc,\n', 2, /empty followee field/],
    ['a,b\n"c,d\n', 2, /unterminated quote/],
    ['a,b\nc"x",d\n', 2, /stray quote/],
  ])('malformed %j → file:line', (text, line, detail) => {
    const e = errorOf(() => parseEdgeList(text, 'edges.csv'));
    expect(e.file).toBe('edges.csv');
    expect(e.line).toBe(line);
    expect(e.message).toMatch(new RegExp(`^edges\\.csv:${line}: `));
    expect(e.message).toMatch(detail);
  });
});

describe('GEXF and GraphML', () => {
  const gexf = (edges: string, def = 'directed') =>
    `<?xml version="1.0"?>\n<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n<graph defaultedgetype="${def}">\n<nodes><node id="a" label="A"/><node id="b"/><node id="c"/></nodes>\n<edges>${edges}</edges>\n</graph>\n</gexf>\n`;
  it('directed edges are follows; undirected edges are mutual follows; labels are node ids', () => {
    const g = parseGexf(gexf('<edge id="0" source="a" target="b"/><edge id="1" source="b" target="c" type="undirected"/>'), 'g.gexf');
    expect(g.labels).toEqual(['a', 'b', 'c']);
    expect(pairs(g)).toEqual([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'b'],
    ]);
  });
  it('GraphML with edgedefault', () => {
    const text =
      '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n<graph edgedefault="undirected">\n<node id="x"/><node id="y"/>\n<edge source="x" target="y"/>\n</graph>\n</graphml>\n';
    expect(pairs(parseGraphml(text, 'g.graphml'))).toEqual([
      ['x', 'y'],
      ['y', 'x'],
    ]);
  });
  it('an edge to an undeclared node names the line', () => {
    const e = errorOf(() => parseGexf(gexf('\n\n<edge id="0" source="a" target="zz"/>'), 'g.gexf'));
    expect(e.line).toBe(7);
    expect(e.message).toMatch(/target "zz" is not a declared node/);
  });
  it('malformed XML names the line', () => {
    const e = errorOf(() => parseGexf('<gexf>\n<graph>\n<nodes><node id="a"\n</nodes></graph></gexf>', 'bad.gexf'));
    expect(e.file).toBe('bad.gexf');
    expect(e.line).toBeGreaterThanOrEqual(3);
    expect(e.message).toMatch(/malformed XML/);
  });
  it('the wrong root element is rejected', () => {
    expect(() => parseGraphml(gexf(''), 'g.graphml')).toThrow(/not a GRAPHML file/);
  });
});

describe('files written by networkx read back as the same graph', () => {
  const dir = 'tests/fixtures/graph-io';
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
    graphs: Record<string, { nodes: string[]; follows: string[][] }>;
  };
  it.each([
    ['gnp-directed.gexf', 'gnp-directed'],
    ['gnp-directed.graphml', 'gnp-directed'],
    ['gnp-directed.csv', 'gnp-directed'],
    ['florentine.gexf', 'florentine'],
    ['florentine.graphml', 'florentine'],
  ])('%s', (file, name) => {
    const g = readGraphFile(join(dir, file));
    const want = expected.graphs[name]!;
    if (!file.endsWith('.csv')) expect([...g.labels].sort()).toEqual(want.nodes); // isolated nodes are absent from an edge list
    expect(pairs(g)).toEqual([...want.follows].sort());
  });
});

describe('readGraphFile', () => {
  it('picks the format from the extension', () => {
    expect(['a.csv', 'a.tsv', 'a.edges', 'a.gexf', 'a.graphml', 'a.XML'].map(graphFormatOf)).toEqual([
      'edgelist',
      'edgelist',
      'edgelist',
      'gexf',
      'graphml',
      'graphml',
    ]);
  });
  it('missing and empty files are InputFormatErrors naming the file', () => {
    const d = mkdtempSync(join(tmpdir(), 'goodhart-io-'));
    expect(() => readGraphFile(join(d, 'none.csv'))).toThrow(/none\.csv: file not found/);
    writeFileSync(join(d, 'empty.csv'), 'follower,followee\n');
    expect(() => readGraphFile(join(d, 'empty.csv'))).toThrow(InputFormatError);
  });
});
