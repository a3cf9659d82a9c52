/**
 * A small streaming (pull) XML tokenizer for the GEXF and GraphML readers: one pass over the text,
 * O(length) time, no tree. It returns start and end tags with their attributes and skips text,
 * comments, processing instructions and CDATA sections, checking as it goes that the document is
 * well formed: one root element, matching end tags, quoted and unique attributes, only the five
 * predefined entities (&lt; &gt; &amp; &quot; &apos;) and numeric character references.
 * A DOCTYPE (and so any entity declaration) is refused outright: no entity can expand (billion
 * laughs) and no external file or URL can be read (XXE). The encoding must be UTF-8.
 * Namespaces: element names are matched by local name (`graphml:node` is `node`); attributes are
 * looked up unprefixed, as GraphML and GEXF write them (prefixed ones, e.g. xsi:, are ignored).
 * Errors are InputFormatError(file, line, "malformed XML: ...").
 * Reference: Extensible Markup Language (XML) 1.0, 5th ed. (W3C, 2008): §2.1 well-formed
 * documents, §2.4-2.8 character data, comments, PIs, CDATA, §3.1 tags, §3.3.3 attribute-value
 * normalization, §4.1 character and entity references.
 */
import { InputFormatError } from '../../errors.js';
import { AMP, APOS, EQ, GT, LT, QUOT, SLASH, declarationProblem, isSpace, localNameAt, referenceChar } from './xml-chars.js';

/** {@link XmlScanner.next}: end of the document. */
export const XML_EOF = 0;
/** {@link XmlScanner.next}: a start tag (or an empty-element tag, see `selfClosing`). */
export const XML_START = 1;
/** {@link XmlScanner.next}: an end tag (an empty-element tag gives no end tag). */
export const XML_END = 2;

/** Pull tokenizer over one XML document held in a string. */
export class XmlScanner {
  /** Local name of the current element (after any `prefix:`). */
  local = '';
  /** Whether the current start tag was an empty-element tag `<x/>`. */
  selfClosing = false;
  /** Offset of the current tag's `<`. */
  tagStart = 0;
  /** Depth of open elements after the current token (the root's start tag gives 1). */
  depth = 0;
  private pos = 0;
  private readonly stack: string[] = [];
  private rootSeen = false;
  private attrN = 0;
  /** Per attribute: name start, name end, value start, value end. */
  private attrs = new Int32Array(64);
  /** Offset of the next '&' at or after the last place asked (-1: none left); see {@link ampFrom}. */
  private nextAmp = 0;
  /** Offset of the next '<' after the last attribute value checked (-1: none left). */
  private nextLt = 0;
  private lineCachePos = 0;
  private lineCache = 1;

  constructor(
    private readonly text: string,
    /** The file named in errors. */
    readonly file: string,
  ) {
    if (text.startsWith('<?xml') && isSpace(text.charCodeAt(5))) this.declaration();
  }

  /** The next start or end tag, or XML_EOF at the end of a well-formed document. */
  next(): number {
    const t = this.text;
    const len = t.length;
    for (;;) {
      const lt = t.indexOf('<', this.pos);
      const textEnd = lt < 0 ? len : lt;
      if (textEnd > this.pos) this.checkText(this.pos, textEnd);
      if (lt < 0) {
        if (this.depth > 0) throw this.error(len, `the file ends inside <${this.stack[this.stack.length - 1]}> (no end tag)`);
        if (!this.rootSeen) throw this.error(len, 'no root element');
        return XML_EOF;
      }
      this.tagStart = lt;
      const c = t.charCodeAt(lt + 1);
      if (c === 63 /* ? */) {
        const e = t.indexOf('?>', lt + 2);
        if (e < 0) throw this.error(lt, 'unterminated processing instruction <?');
        if (/^xml\s/i.test(t.slice(lt + 2, lt + 6)))
          throw this.error(lt, 'an XML declaration <?xml ...?> is allowed only at the very start');
        this.pos = e + 2;
        continue;
      }
      if (c === 33 /* ! */) {
        if (t.startsWith('<!--', lt)) {
          const e = t.indexOf('-->', lt + 4);
          if (e < 0) throw this.error(lt, 'unterminated comment <!--');
          this.pos = e + 3;
          continue;
        }
        if (t.startsWith('<![CDATA[', lt)) {
          if (this.depth === 0) throw this.error(lt, 'CDATA section outside the root element');
          const e = t.indexOf(']]>', lt + 9);
          if (e < 0) throw this.error(lt, 'unterminated CDATA section');
          this.pos = e + 3;
          continue;
        }
        if (t.startsWith('<!DOCTYPE', lt))
          throw this.error(lt, 'a DOCTYPE is not accepted (entity declarations could expand without limit or read other files); remove it');
        if (t.startsWith('<!ENTITY', lt)) throw this.error(lt, 'an ENTITY declaration is not accepted; remove it');
        throw this.error(lt, `unexpected markup ${JSON.stringify(t.slice(lt, lt + 12))}`);
      }
      if (c === SLASH) return this.endTag(lt);
      return this.startTag(lt);
    }
  }

  /** Index of the unprefixed attribute `name` on the current start tag, or -1. */
  attrIndex(name: string): number {
    const t = this.text;
    const a = this.attrs;
    for (let i = 0; i < this.attrN; i++) {
      const s = a[4 * i]!;
      if (a[4 * i + 1]! - s === name.length && t.startsWith(name, s)) return i;
    }
    return -1;
  }

  /** Value of the unprefixed attribute `name` (entities replaced, whitespace normalized), or null. */
  attr(name: string): string | null {
    const i = this.attrIndex(name);
    return i < 0 ? null : this.value(i);
  }

  /** Value start and end offsets of attribute `i` when the value has no reference or tab/line break to replace, else -1. */
  plainValue(i: number): number {
    const s = this.attrs[4 * i + 2]!;
    const e = this.attrs[4 * i + 3]!;
    const t = this.text;
    for (let k = s; k < e; k++) {
      const c = t.charCodeAt(k);
      if (c === AMP || c === 9 || c === 10 || c === 13) return -1;
    }
    return s;
  }

  /** Start offset of attribute `i`'s raw value. */
  valueStart(i: number): number {
    return this.attrs[4 * i + 2]!;
  }

  /** End offset of attribute `i`'s raw value. */
  valueEnd(i: number): number {
    return this.attrs[4 * i + 3]!;
  }

  /** Value of attribute `i`: references replaced, tab/CR/LF as spaces (XML §3.3.3). */
  value(i: number): string {
    const s = this.attrs[4 * i + 2]!;
    const e = this.attrs[4 * i + 3]!;
    if (this.plainValue(i) >= 0) return this.text.slice(s, e);
    let out = '';
    let k = s;
    while (k < e) {
      const c = this.text.charCodeAt(k);
      if (c === AMP) {
        const semi = this.text.indexOf(';', k);
        out += this.reference(k, semi);
        k = semi + 1;
      } else {
        out += c === 9 || c === 10 || c === 13 ? ' ' : this.text[k];
        k++;
      }
    }
    return out;
  }

  /** 1-based line of offset `pos` (amortized O(1) when asked in increasing order). */
  lineAt(pos: number): number {
    if (pos < this.lineCachePos) {
      this.lineCachePos = 0;
      this.lineCache = 1;
    }
    const t = this.text;
    let line = this.lineCache;
    for (let k = t.indexOf('\n', this.lineCachePos); k >= 0 && k < pos; k = t.indexOf('\n', k + 1)) line++;
    this.lineCachePos = pos;
    this.lineCache = line;
    return line;
  }

  /** An InputFormatError at offset `pos`. */
  error(pos: number, detail: string): InputFormatError {
    return new InputFormatError(this.file, this.lineAt(pos), `malformed XML: ${detail}`);
  }

  private declaration(): void {
    const e = this.text.indexOf('?>');
    if (e < 0) throw this.error(0, 'unterminated XML declaration');
    const problem = declarationProblem(this.text.slice(0, e));
    if (problem !== null) throw new InputFormatError(this.file, 1, problem);
    this.pos = e + 2;
  }

  /** Character data between tags: only whitespace outside the root; references must be valid. */
  private checkText(s: number, e: number): void {
    const t = this.text;
    if (this.depth === 0) {
      for (let k = s; k < e; k++)
        if (!isSpace(t.charCodeAt(k))) throw this.error(k, this.rootSeen ? 'text after the root element' : 'text before the root element');
      return;
    }
    for (let k = this.ampFrom(s); k >= 0 && k < e; k = this.ampFrom(k + 1)) this.reference(k, t.indexOf(';', k));
  }

  /** The first '&' at or after `s`: the file is searched again only once the last one found is passed, so O(length) overall. */
  private ampFrom(s: number): number {
    if (this.nextAmp !== -1 && this.nextAmp < s) this.nextAmp = this.text.indexOf('&', s);
    return this.nextAmp;
  }

  /** The character a reference `&...;` at `amp` stands for; `semi` is the next ';'. */
  private reference(amp: number, semi: number): string {
    const t = this.text;
    if (semi < 0 || semi - amp > 12)
      throw this.error(amp, `"&" must start a reference such as &amp; (${JSON.stringify(t.slice(amp, amp + 12))})`);
    const r = referenceChar(t.slice(amp + 1, semi));
    if (typeof r !== 'string') throw this.error(amp, r.problem);
    return r;
  }

  /** End of a name starting at `s`. */
  private nameEnd(s: number): number {
    const t = this.text;
    let k = s;
    for (;;) {
      const c = t.charCodeAt(k);
      if (Number.isNaN(c) || isSpace(c) || c === SLASH || c === GT || c === EQ || c === LT || c === QUOT || c === APOS) return k;
      k++;
    }
  }

  private startTag(lt: number): number {
    const t = this.text;
    if (this.depth === 0 && this.rootSeen) throw this.error(lt, 'a second root element (a document has one)');
    const ns = lt + 1;
    const ne = this.nameEnd(ns);
    if (ne === ns) throw this.error(lt, `"<" must start a tag name (${JSON.stringify(t.slice(lt, lt + 12))})`);
    this.local = localNameAt(t, ns, ne);
    this.attrN = 0;
    let k = ne;
    for (;;) {
      const before = k;
      while (isSpace(t.charCodeAt(k))) k++;
      const c = t.charCodeAt(k);
      if (c === GT) {
        this.pos = k + 1;
        this.selfClosing = false;
        break;
      }
      if (c === SLASH && t.charCodeAt(k + 1) === GT) {
        this.pos = k + 2;
        this.selfClosing = true;
        break;
      }
      if (Number.isNaN(c)) throw this.error(lt, `the file ends inside the tag <${t.slice(ns, ne)}`);
      if (c === LT) throw this.error(lt, `<${t.slice(ns, ne)}> is not closed with ">" or "/>" before the next "<"`);
      if (k === before) throw this.error(k, `expected a space, "/>" or ">" in <${t.slice(ns, ne)}> (found ${JSON.stringify(t[k])})`);
      const as = k;
      const ae = this.nameEnd(as);
      if (ae === as) throw this.error(k, `unexpected ${JSON.stringify(t[k])} in <${t.slice(ns, ne)}>`);
      k = ae;
      while (isSpace(t.charCodeAt(k))) k++;
      if (t.charCodeAt(k) !== EQ) throw this.error(k, `attribute ${t.slice(as, ae)} of <${t.slice(ns, ne)}> has no ="value"`);
      k++;
      while (isSpace(t.charCodeAt(k))) k++;
      const q = t.charCodeAt(k);
      if (q !== QUOT && q !== APOS) throw this.error(k, `the value of attribute ${t.slice(as, ae)} must be quoted`);
      const ve = t.indexOf(q === QUOT ? '"' : "'", k + 1);
      if (ve < 0) throw this.error(k, `unterminated value of attribute ${t.slice(as, ae)}`);
      if (this.nextLt !== -1 && this.nextLt <= k) this.nextLt = t.indexOf('<', k + 1);
      const lt2 = this.nextLt;
      if (lt2 >= 0 && lt2 < ve) throw this.error(lt2, `"<" inside the value of attribute ${t.slice(as, ae)}`);
      for (let i = 0; i < this.attrN; i++)
        if (this.sameRange(this.attrs[4 * i]!, this.attrs[4 * i + 1]!, as, ae))
          throw this.error(as, `attribute ${t.slice(as, ae)} repeated in <${t.slice(ns, ne)}>`);
      if (4 * this.attrN + 4 > this.attrs.length) {
        const bigger = new Int32Array(this.attrs.length * 2);
        bigger.set(this.attrs);
        this.attrs = bigger;
      }
      const a = this.attrs;
      const j = 4 * this.attrN++;
      a[j] = as;
      a[j + 1] = ae;
      a[j + 2] = k + 1;
      a[j + 3] = ve;
      for (let r = this.ampFrom(k + 1); r >= 0 && r < ve; r = this.ampFrom(r + 1)) this.reference(r, t.indexOf(';', r));
      k = ve + 1;
    }
    this.rootSeen = true;
    if (!this.selfClosing) {
      this.stack.push(t.slice(ns, ne));
      this.depth++;
    }
    return XML_START;
  }

  /** Whether text[a, b) and text[c, d) are the same characters. */
  private sameRange(a: number, b: number, c: number, d: number): boolean {
    if (b - a !== d - c) return false;
    const t = this.text;
    for (let k = 0; k < b - a; k++) if (t.charCodeAt(a + k) !== t.charCodeAt(c + k)) return false;
    return true;
  }

  private endTag(lt: number): number {
    const t = this.text;
    const ns = lt + 2;
    const ne = this.nameEnd(ns);
    let k = ne;
    while (isSpace(t.charCodeAt(k))) k++;
    if (t.charCodeAt(k) !== GT) throw this.error(lt, `malformed end tag ${JSON.stringify(t.slice(lt, k + 1))}`);
    const qname = t.slice(ns, ne);
    const open = this.stack.pop();
    if (open === undefined) throw this.error(lt, `end tag </${qname}> without a start tag`);
    if (open !== qname) throw this.error(lt, `end tag </${qname}> does not match <${open}>`);
    this.depth--;
    const colon = qname.lastIndexOf(':');
    this.local = colon < 0 ? qname : qname.slice(colon + 1);
    this.selfClosing = false;
    this.attrN = 0;
    this.pos = k + 1;
    return XML_END;
  }
}
