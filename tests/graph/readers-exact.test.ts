/**
 * Issue 17.10/17.11: the readers read exactly what was written. RFC 4180 quoting, fixed header
 * names, comments only on request (and counted), strict UTF-8 with byte offsets, and streaming
 * GEXF/GraphML: linear time, DOCTYPE refused, weights counted, undeclared nodes named by line.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pairs, errorOf } from './graph-helpers.js';
import { ParameterError } from '../../src/errors.js';
import { decodeUtf8, parseEdgeList, parseGexf, parseGraphml, readGraphFile, readNotes } from '../../src/graph/io/index.js';

describe('edge list: RFC 4180 and exact reading', () => {
  it('labels starting with # or % are edges without --comment, and are counted as comment-like', () => {
    const g = parseEdgeList('#tag,b\n%x,b\nc,#d\n', 'e.csv');
    expect(pairs(g)).toEqual([
      ['#tag', 'b'],
      ['%x', 'b'],
      ['c', '#d'],
    ]);
    expect(g.stats.commentLines).toBe(0);
    expect(g.stats.commentLikeLabels).toBe(2);
    expect(readNotes('e.csv', g).join('\n')).toMatch(/2 edges whose follower label starts with # or % read as edges/);
  });
  it('with a comment character, comment lines are skipped and counted; a quoted "#x" is still a label', () => {
    const g = parseEdgeList('# head\n a,b\n  # indented\n"#x",b\n', 'e.csv', { comment: '#' });
    expect(pairs(g)).toEqual([
      ['#x', 'b'],
      ['a', 'b'],
    ]);
    expect(g.stats.commentLines).toBe(2);
    expect(g.stats.commentLikeLabels).toBe(0);
    expect(readNotes('e.csv', g)).toContain('e.csv: skipped 2 comment lines');
    expect(pairs(parseEdgeList('% c\n#a,b\n', 'e.csv', { comment: '%' }))).toEqual([['#a', 'b']]);
  });
  it('an invalid comment character is a ParameterError', () => {
    for (const c of ['', '##', ',', '"', ' ', '\t']) expect(() => parseEdgeList('a,b\n', 'e', { comment: c })).toThrow(ParameterError);
  });
  it('a comment-like line with the wrong field count hints at --comment', () => {
    expect(errorOf(() => parseEdgeList('# Directed graph: web-Google.txt\n0\t1\n', 'e.txt')).message).toMatch(
      /^e\.txt:1: expected 2 fields.*found 4.*--comment '#'/,
    );
  });
  it('quoted fields keep their spaces, quotes, commas and line breaks; unquoted fields are trimmed', () => {
    const g = parseEdgeList('" a","b "\n"x, y","say ""hi"""\n"multi\nline",  c  \n', 'e.csv');
    expect(g.labels).toEqual([' a', 'b ', 'x, y', 'say "hi"', 'multi\nline', 'c']);
  });
  it('lines after a multi-line record keep their line numbers', () => {
    const e = errorOf(() => parseEdgeList('"a\nb\nc",d\ne,f,g\n', 'e.csv'));
    expect(e.line).toBe(4);
  });
  it('CRLF inside and after quoted fields', () => {
    expect(parseEdgeList('"a\r\nb","c"\r\nd,"e"\r\n', 'e.csv').labels).toEqual(['a\r\nb', 'c', 'd', 'e']);
  });
  it('only the fixed header names make a header; u,v and foo,bar are edges', () => {
    expect(parseEdgeList('u,v\na,b\n', 'e').labels).toEqual(['u', 'v', 'a', 'b']);
    expect(parseEdgeList('foo,bar\na,b\n', 'e').labels).toEqual(['foo', 'bar', 'a', 'b']);
    expect(parseEdgeList('node1,node2\na,b\n', 'e').labels).toEqual(['node1', 'node2', 'a', 'b']);
    for (const h of [
      'follower,followee',
      'source,target',
      'from,to',
      'src,dst',
      'follower_id,followee_id',
      'source_id,target_id',
      'Source,Target',
      '"source","target"',
    ]) {
      const g = parseEdgeList(`${h}\na,b\n`, 'e');
      expect(g.labels, h).toEqual(['a', 'b']);
      expect(g.stats.header).toBe(h.replaceAll('"', ''));
    }
    expect(parseEdgeList('a,b\nsource,target\n', 'e').labels).toEqual(['a', 'b', 'source', 'target']);
  });
  it('a header from the list is recorded, not worded on stderr', () => {
    const g = parseEdgeList('source,target\na,b\n', 'e.csv');
    expect(g.stats.header).toBe('source,target');
    expect(readNotes('e.csv', g)).toEqual([]);
  });
  it.each([
    ['a,b\n"c,d\n', 2, /unterminated quote \(opened at column 1\)/],
    ['a,b\nc"x",d\n', 2, /stray quote.*column 2/],
    ['a,b\n"c"x,d\n', 2, /text after a closing quote at column 4/],
    ['a,b\n"",d\n', 2, /empty follower field/],
    ['a,b\nc,"d",e\n', 2, /found 3/],
  ])('malformed %j → file:line', (text, line, detail) => {
    const e = errorOf(() => parseEdgeList(text, 'edges.csv'));
    expect(e.line).toBe(line);
    expect(e.message).toMatch(detail);
  });
});

describe('UTF-8', () => {
  const bytes = (...parts: (string | number[])[]) =>
    Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
  it('invalid UTF-8 names the byte offset and line', () => {
    const e = errorOf(() => decodeUtf8(bytes('a,b\nc,', [0xe9], '\n'), 'e.csv'));
    expect(e.line).toBe(2);
    expect(e.message).toBe('e.csv:2: invalid UTF-8 at byte offset 6 (byte 0xE9); save the file as UTF-8');
  });
  it.each([
    [[0xc0, 0xaf], 'overlong'],
    [[0xed, 0xa0, 0x80], 'surrogate'],
    [[0xf4, 0x90, 0x80, 0x80], 'above U+10FFFF'],
    [[0xe2, 0x82], 'truncated'],
    [[0x80], 'lone continuation'],
  ])('%j (%s) is refused at its offset', (b) => {
    expect(errorOf(() => decodeUtf8(bytes('ab', b), 'e.csv')).message).toMatch(/invalid UTF-8 at byte offset 2/);
  });
  it('valid multibyte text, and a BOM only at the start', () => {
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], 'é,😀\n'), 'e')).toBe('é,😀\n');
    expect(errorOf(() => decodeUtf8(bytes('a,b\n', [0xef, 0xbb, 0xbf], 'c,d\n'), 'e.csv')).message).toMatch(
      /^e\.csv:2: byte-order mark U\+FEFF at byte offset 4/,
    );
  });
  it('NUL bytes and UTF-16 are refused', () => {
    expect(errorOf(() => decodeUtf8(bytes('a,b\n\nc', [0], ',d'), 'e')).message).toMatch(/^e:3: NUL byte at byte offset 6/);
    expect(errorOf(() => decodeUtf8(bytes([0xff, 0xfe], 'a'), 'e')).message).toMatch(/UTF-16/);
  });
  it('readGraphFile refuses invalid UTF-8 in every format', () => {
    const d = mkdtempSync(join(tmpdir(), 'goodhart-utf8-'));
    for (const ext of ['csv', 'gexf', 'graphml']) {
      const f = join(d, `g.${ext}`);
      writeFileSync(f, Buffer.concat([Buffer.from('x,y\n'), Buffer.from([0xff])]));
      expect(() => readGraphFile(f)).toThrow(/invalid UTF-8 at byte offset 4/);
    }
  });
});

describe('GEXF and GraphML, streamed', () => {
  const graphml = (body: string, def = 'directed') =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n<graph edgedefault="${def}">\n${body}\n</graph>\n</graphml>\n`;
  it('refuses a DOCTYPE: billion laughs and external entities never expand', () => {
    const laughs =
      '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n<graphml><graph><node id="&lol2;"/></graph></graphml>';
    expect(errorOf(() => parseGraphml(laughs, 'g.graphml')).message).toMatch(/^g\.graphml:2: malformed XML: a DOCTYPE is not accepted/);
    const xxe =
      '<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<gexf><graph><nodes><node id="&x;"/></nodes></graph></gexf>';
    expect(errorOf(() => parseGexf(xxe, 'g.gexf')).message).toMatch(/DOCTYPE is not accepted/);
    expect(errorOf(() => parseGraphml(graphml('<node id="&x;"/>'), 'g.graphml')).message).toMatch(
      /^g\.graphml:4: malformed XML: unknown entity &x;/,
    );
  });
  it('predefined entities, numeric references, CDATA, comments, PIs and prefixes', () => {
    const text =
      '<?xml version="1.0"?>\n<!-- c --><?pi x?>\n<g:graphml xmlns:g="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="x" xsi:schemaLocation="y">\n<g:graph edgedefault="directed">\n<g:node id="a&amp;b"/><g:node id=\'&#233;&#x1F600;&lt;\'/><g:node id="tab&#9;x"/>\n<!-- <edge source="zz" target="zz"/> --><g:edge source="a&amp;b" target="&#233;&#x1F600;&lt;"><g:data key="d"><![CDATA[ <not a tag> ]]></g:data></g:edge>\n</g:graph>\n</g:graphml>';
    const g = parseGraphml(text, 'g.graphml');
    expect(g.labels).toEqual(['a&b', 'é😀<', 'tab\tx']);
    expect(pairs(g)).toEqual([['a&b', 'é😀<']]);
  });
  it('edges may come before their nodes; an undeclared node is named with its line', () => {
    expect(pairs(parseGraphml(graphml('<edge source="b" target="a"/>\n<node id="a"/><node id="b"/>'), 'g'))).toEqual([['b', 'a']]);
    const e = errorOf(() => parseGraphml(graphml('<node id="a"/>\n\n<edge source="a" target="ghost"/>'), 'g.graphml'));
    expect(e.message).toBe('g.graphml:6: edge target "ghost" is not a declared node');
  });
  it('directed, undirected and mixed edges; GEXF mutual; defaults undirected', () => {
    expect(
      pairs(
        parseGraphml(
          graphml(
            '<node id="a"/><node id="b"/><node id="c"/><edge source="a" target="b"/><edge source="b" target="c" directed="true"/>',
            'undirected',
          ),
          'g',
        ),
      ),
    ).toEqual([
      ['a', 'b'],
      ['b', 'a'],
      ['b', 'c'],
    ]);
    const gexf =
      '<gexf><graph><nodes><node id="a"/><node id="b"/><node id="c"/></nodes><edges><edge source="a" target="b"/><edge source="b" target="c" type="directed"/><edge source="c" target="a" type="mutual"/></edges></graph></gexf>';
    expect(pairs(parseGexf(gexf, 'g'))).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'a'],
      ['b', 'c'],
      ['c', 'a'],
    ]);
  });
  it('weights are counted and reported as ignored', () => {
    const gexf =
      '<gexf><graph defaultedgetype="directed"><nodes><node id="a"/><node id="b"/></nodes><edges><edge source="a" target="b" weight="2.5"/><edge source="b" target="a"/></edges></graph></gexf>';
    const g = parseGexf(gexf, 'g.gexf');
    expect(g.stats.weightedEdges).toBe(1);
    expect(readNotes('g.gexf', g)).toEqual(['g.gexf: 1 edge carried a weight, ignored (a follow graph has no weights)']);
    const ml =
      '<graphml><key id="w" for="edge" attr.name="Weight" attr.type="double"/><key id="n" for="edge" attr.name="note"/><graph edgedefault="directed"><node id="a"/><node id="b"/>' +
      '<edge source="a" target="b"><data key="w">3</data><data key="w">4</data></edge><edge source="b" target="a"><data key="n">x</data></edge><edge source="a" target="a"><data key="w"/></edge></graph></graphml>';
    expect(parseGraphml(ml, 'g').stats.weightedEdges).toBe(2);
  });
  it('nested graphs are flattened; two top-level graphs, hyperedges, duplicate ids are refused', () => {
    const nested = graphml(
      '<node id="a"><graph edgedefault="undirected"><node id="a1"/><edge source="a1" target="a"/></graph></node><node id="b"/><edge source="a" target="b"/>',
    );
    expect(pairs(parseGraphml(nested, 'g'))).toEqual([
      ['a', 'a1'],
      ['a', 'b'],
      ['a1', 'a'],
    ]);
    expect(errorOf(() => parseGraphml('<graphml><graph/><graph/></graphml>', 'g')).message).toMatch(/second top-level <graph>/);
    expect(errorOf(() => parseGraphml(graphml('<node id="a"/><hyperedge/>'), 'g')).message).toMatch(/hyperedges are not supported/);
    expect(errorOf(() => parseGraphml(graphml('<node id="a"/>\n<node id="a"/>'), 'g')).message).toBe('g:5: node id "a" declared twice');
  });
  it.each([
    ['<graphml><graph><node id="a"></graph></graphml>', 1, /end tag <\/graph> does not match <node>/],
    ['<graphml>\n<graph>\n<node id="a"/>', 3, /ends inside <graph>/],
    ['<graphml><graph><node id=a/></graph></graphml>', 1, /must be quoted/],
    ['<graphml><graph><node id="a" id="b"/></graph></graphml>', 1, /attribute id repeated/],
    ['<graphml><graph/></graphml>\n<graphml/>', 2, /second root element/],
    ['<graphml><graph/></graphml>junk', 1, /text after the root element/],
    ['<graphml><graph><node id="a<b"/></graph></graphml>', 1, /"<" inside the value/],
    ['<graphml><graph><node id="&#0;"/></graph></graphml>', 1, /not an XML character/],
    ['<graphml><graph>a & b</graph></graphml>', 1, /"&" must start a reference/],
    ['<graphml><graph><node/></graph></graphml>', 1, /<node> without an id/],
    ['<graphml><graph><node id="a"/><edge target="a"/></graph></graphml>', 1, /<edge> without a source/],
    ['<graphml><graph edgedefault="sideways"/></graphml>', 1, /invalid edgedefault="sideways" \(allowed: directed, undirected\)/],
    ['<?xml version="1.0" encoding="ISO-8859-1"?><graphml/>', 1, /encoding "ISO-8859-1"; Goodhart reads UTF-8 only/],
    ['<graphml><node id="a"/></graphml>', 1, /<node> outside a <graph>/],
    ['<graphml></graphml>', null, /no <graph> element/],
  ])('malformed %j', (text, line, detail) => {
    const e = errorOf(() => parseGraphml(text, 'g.graphml'));
    expect(e.line).toBe(line);
    expect(e.message).toMatch(detail);
  });
  it('the wrong root element is refused', () => {
    expect(errorOf(() => parseGexf('<graphml/>', 'g.gexf')).message).toMatch(/not a GEXF file \(root element <graphml>\)/);
  });
  it('is linear: 8x the nodes takes well under 8x^2 the time (the old DOM path was quadratic)', () => {
    const make = (n: number) =>
      graphml(
        Array.from({ length: n }, (_, i) => `<node id="n${i}"/>`).join('\n') +
          '\n' +
          Array.from({ length: n }, (_, i) => `<edge source="n${i}" target="n${(i * 7 + 1) % n}"><data key="d0">x</data></edge>`).join(
            '\n',
          ),
      );
    const cpu = () => process.cpuUsage().user / 1000; // ms of this process: robust to other load on the machine
    const time = (text: string) => {
      let best = Infinity;
      for (let r = 0; r < 3; r++) {
        const t0 = cpu();
        parseGraphml(text, 'g');
        best = Math.min(best, cpu() - t0);
      }
      return best;
    };
    const small = make(5_000);
    const big = make(40_000);
    time(big);
    const ratio = time(big) / Math.max(time(small), 1);
    expect(ratio).toBeLessThan(24); // linear: ~8; quadratic: ~64
    expect(parseGraphml(big, 'g').graph.n).toBe(40_000);
  });
});
