/**
 * XML character rules used by the streaming tokenizer (xml-scanner.ts): delimiter codes, white
 * space, the five predefined entities and numeric character references, the encoding declaration.
 * Reference: XML 1.0, 5th ed. (W3C, 2008): §2.2 Char, §2.3 S, §4.1 references, §4.3.3 encoding.
 */

export const LT = 60;
export const GT = 62;
export const SLASH = 47;
export const EQ = 61;
export const AMP = 38;
export const QUOT = 34;
export const APOS = 39;

/** XML white space (§2.3 S): space, tab, CR, LF. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** The text a reference `&name;` stands for, or what is wrong with it (no DTD: only predefined and numeric). */
export function referenceChar(name: string): string | { problem: string } {
  switch (name) {
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'amp':
      return '&';
    case 'quot':
      return '"';
    case 'apos':
      return "'";
  }
  const m = /^#(?:([0-9]+)|x([0-9a-fA-F]+))$/.exec(name);
  if (!m)
    return { problem: `unknown entity &${name}; (only &lt; &gt; &amp; &quot; &apos; and numeric references like &#233; are accepted)` };
  const cp = m[1] !== undefined ? Number(m[1]) : parseInt(m[2]!, 16);
  const ok =
    cp === 9 ||
    cp === 10 ||
    cp === 13 ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff);
  if (!ok) return { problem: `character reference &${name}; is not an XML character` };
  return String.fromCodePoint(cp);
}

/** What is wrong with an XML declaration `<?xml ...` (its text up to `?>`), or null: the encoding must be UTF-8 (or ASCII). */
export function declarationProblem(decl: string): string | null {
  const enc = /\sencoding\s*=\s*["']([^"']*)["']/.exec(decl);
  if (enc && !/^(utf-?8|us-ascii)$/i.test(enc[1]!))
    return `the XML declaration names encoding ${JSON.stringify(enc[1])}; Goodhart reads UTF-8 only (convert the file to UTF-8 and change the declaration)`;
  return null;
}

/** Element names the graph readers compare, returned shared instead of copied. */
const KNOWN_NAMES = ['edge', 'node', 'data', 'graph', 'nodes', 'edges', 'key', 'attvalue', 'attvalues'];

/** Local name (after any `prefix:`) of the element name text[s, e): a shared string for the names the readers use, else a copy. */
export function localNameAt(text: string, s: number, e: number): string {
  let a = s;
  for (let k = e - 1; k >= s; k--) {
    if (text.charCodeAt(k) === 58 /* : */) {
      a = k + 1;
      break;
    }
  }
  for (const name of KNOWN_NAMES) if (e - a === name.length && text.startsWith(name, a)) return name;
  return text.slice(a, e);
}
