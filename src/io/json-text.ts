/**
 * Strict JSON reading for files people write by hand (`--config experiment.json`): a syntax error
 * names the file, line and column and what was expected; a key given twice in one object is an
 * error too (JSON.parse silently keeps the last one, which would change a run without a word).
 * Grammar: RFC 8259. Values are then those of JSON.parse on the same text.
 */
import { InputFormatError } from '../errors.js';

/** 1-based line and column of offset `pos` in `text`. */
export function lineColumn(text: string, pos: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < pos && i < text.length; i++)
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  return { line, column: pos - start + 1 };
}

/**
 * Parse `text` as JSON; a syntax error or a duplicate key throws InputFormatError(file, line,
 * `column C: …`). A leading byte-order mark is allowed.
 */
export function parseJsonText(text: string, file: string): unknown {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (pos: number, what: string): never => {
    const { line, column } = lineColumn(text, pos);
    const found = pos >= text.length ? 'the end of the file' : JSON.stringify(text[pos]);
    throw new InputFormatError(file, line, `column ${column}: ${what}, found ${found} (not valid JSON)`);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const str = (): void => {
    i++;
    for (;;) {
      if (i >= text.length) fail(i, 'a closing "');
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c < 32) fail(i, 'no control character inside a string');
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail(i + 2, 'four hex digits after \\u');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail(i + 1, 'an escape (one of " \\ / b f n r t u)');
      } else i++;
    }
    i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const keys = new Set<string>();
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(i, 'a property name in double quotes');
        const at = i;
        str();
        const key = JSON.parse(text.slice(at, i)) as string;
        if (keys.has(key)) fail(at, `each key once (${JSON.stringify(key)} is given twice)`);
        keys.add(key);
        ws();
        if (text[i] !== ':') fail(i, "':' after the property name");
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail(i, "',' or '}' after a property value");
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail(i, "',' or ']' after an array element");
      }
    } else if (c === '"') str();
    else {
      const m = /^(-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?|true|false|null)/.exec(text.slice(i, i + 400));
      if (!m) fail(i, 'a value (object, array, string, number, true, false or null)');
      i += m![0].length;
    }
  };
  value();
  ws();
  if (i < text.length) fail(i, 'nothing after the JSON value');
  return JSON.parse(text.slice(text.charCodeAt(0) === 0xfeff ? 1 : 0));
}
