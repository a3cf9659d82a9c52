/**
 * A lint-style scan for numeric literals in model code: text with comments, strings and parameter
 * declarations (object literals that `satisfies ParamSpec(s)`, or carry both `kind:` and `source`)
 * blanked out, then every remaining number. Used by tests/engine/model-literals.test.ts.
 */

/** Blank out comments and string/template contents (newlines kept, so offsets and lines stay). */
export function stripCommentsAndStrings(src: string): string {
  const out = src.split('');
  const blank = (a: number, b: number) => {
    for (let k = a; k < b; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '/' && src[i + 1] === '/') {
      const e = src.indexOf('\n', i);
      const end = e < 0 ? src.length : e;
      blank(i, end);
      i = end;
    } else if (c === '/' && src[i + 1] === '*') {
      const e = src.indexOf('*/', i + 2);
      const end = e < 0 ? src.length : e + 2;
      blank(i, end);
      i = end;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += src[j] === '\\' ? 2 : 1;
      blank(i + 1, j);
      i = j + 1;
    } else if (c === '/' && /[=(,:!&|?;{}\n]\s*$/.test(src.slice(Math.max(0, i - 20), i))) {
      // A regular-expression literal.
      let j = i + 1;
      while (j < src.length && src[j] !== '/' && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
      blank(i + 1, j);
      i = j + 1;
    } else i++;
  }
  return out.join('');
}

/** Blank out parameter declarations: `{…}` followed by `satisfies ParamSpec(s)`, or holding both `kind:` and `source`. */
export function stripDeclarations(code: string): string {
  const out = code.split('');
  const stack: number[] = [];
  const regions: [number, number][] = [];
  for (let i = 0; i < code.length; i++) {
    if (code[i] === '{') stack.push(i);
    else if (code[i] === '}') {
      const a = stack.pop();
      if (a === undefined) continue;
      const body = code.slice(a, i + 1);
      const after = code.slice(i + 1, i + 60);
      if (/^\s*(as const\s*)?satisfies ParamSpecs?\b/.test(after) || (/\bkind:/.test(body) && /\bsource\b/.test(body)))
        regions.push([a, i + 1]);
    }
  }
  for (const [a, b] of regions) for (let k = a; k < b; k++) if (out[k] !== '\n') out[k] = ' ';
  return out.join('');
}

/** A numeric literal left in model code. */
export interface Literal {
  readonly line: number;
  readonly text: string;
  readonly value: number;
}

/** Every numeric literal of `src` outside comments, strings and parameter declarations. */
export function modelLiterals(src: string): Literal[] {
  const code = stripDeclarations(stripCommentsAndStrings(src));
  const out: Literal[] = [];
  const re = /(?<![\w$.])(0[xX][0-9a-fA-F_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][-+]?\d+)?)(?![\w$])/g;
  for (const m of code.matchAll(re)) {
    const text = m[1]!;
    const line = code.slice(0, m.index).split('\n').length;
    out.push({ line, text, value: Number(text.replace(/_/g, '')) });
  }
  return out;
}
