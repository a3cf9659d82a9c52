/**
 * Strict YAML reading for files people write by hand (`--config x.yaml`, `goodhart sweep x.yaml`):
 * the same data a JSON file can hold, and nothing more. Parsed by the `yaml` package (eemeli/yaml,
 * YAML 1.2) with its core schema (no timestamps, no `yes`/`no` booleans), then checked so that a
 * file never means something its writer did not see:
 *
 *   - a syntax error names the file, line and column (InputFormatError, as src/io/json-text.ts);
 *   - a key given twice in one mapping is refused (also `1` and `"1"`, which become one key);
 *   - tags (`!foo`, `!!binary`, `!!str`, ...) are refused: values are plain scalars;
 *   - keys are plain scalars (no list or mapping as a key);
 *   - numbers are finite (`.inf` and `.nan` have no JSON form);
 *   - anchors and aliases are allowed, but at most {@link MAX_YAML_ALIASES} alias expansions
 *     (an "alias bomb", aliases of aliases, would otherwise expand exponentially);
 *   - one document per file.
 *
 * The value returned is plain JSON data (objects, arrays, strings, finite numbers, booleans, null),
 * so a YAML file and the JSON file with the same data read the same.
 * Grammar: YAML 1.2.2 (yaml.org/spec/1.2.2), core schema (§10.3).
 */
import { isCollection, isMap, isScalar, parseDocument, visit, type Node, type YAMLError } from 'yaml';
import { InputFormatError } from '../errors.js';
import { lineColumn } from './json-text.js';

/** Most alias expansions a file may make (counted by the `yaml` package's maxAliasCount). */
export const MAX_YAML_ALIASES = 10;

/** A refusal at offset `pos` of `text`, as InputFormatError(file, line, `column C: …`). */
function failAt(text: string, file: string, pos: number, what: string): never {
  const { line, column } = lineColumn(text, pos);
  throw new InputFormatError(file, line, `column ${column}: ${what}`);
}

/** The yaml package's message, in this project's words where it names its own API. */
function describe(e: YAMLError): string {
  if (e.code === 'MULTIPLE_DOCS') return 'one document per file (found a second one after ---)';
  const m = e.message.replace(/\s+at line \d+, column \d+[\s\S]*$/, '');
  return `${m.charAt(0).toLowerCase()}${m.slice(1)}`;
}

/** A tag as written: `!!binary` for the YAML namespace, else as resolved (`!foo`). */
function shortTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

/** The offset of the tag written before the node at `start` on its line (`start` when none is found). */
function tagStart(text: string, start: number): number {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let i = text.lastIndexOf('!', start);
  if (i < lineStart) return start;
  while (i > lineStart && text[i - 1] === '!') i--;
  return i;
}

/** The start offset of a node (0 when unknown). */
const startOf = (n: { range?: readonly number[] | null | undefined } | null | undefined): number => n?.range?.[0] ?? 0;

/**
 * Parse `text` as YAML (see the file comment); every refusal is one InputFormatError(file, line,
 * `column C: …`). A leading byte-order mark is allowed. An empty file is null.
 */
export function parseYamlText(text: string, file: string): unknown {
  const doc = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    customTags: [],
    merge: false,
    // Duplicate keys are refused below, by the key's text as an object would hold it.
    uniqueKeys: false,
    strict: true,
    prettyErrors: false,
  });
  const error = doc.errors[0];
  if (error !== undefined) failAt(text, file, error.pos[0], `${describe(error)} (not valid YAML)`);
  visit(doc, (_, node) => {
    if ((isScalar(node) || isCollection(node)) && node.tag !== undefined)
      failAt(
        text,
        file,
        tagStart(text, startOf(node)),
        `no tags (found ${shortTag(node.tag)}): write plain values, e.g. 0.2, true or "text"`,
      );
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (key !== null && !isScalar(key)) failAt(text, file, startOf(key), 'a key is a plain name, not a list, a mapping or an alias');
        const name = String(key?.value ?? '');
        if (seen.has(name)) failAt(text, file, startOf(key), `each key once (${JSON.stringify(name)} is given twice)`);
        seen.add(name);
      }
    }
    if (isScalar(node) && typeof node.value === 'number' && !Number.isFinite(node.value))
      failAt(text, file, startOf(node), `a finite number (found ${String(node.source ?? node.value)}: JSON has no infinity or NaN)`);
    if (isScalar(node) && node.value !== null && !['string', 'number', 'boolean'].includes(typeof node.value))
      failAt(text, file, startOf(node), 'a number, a string, true/false or null');
    return undefined;
  });
  const warning = doc.warnings[0];
  if (warning !== undefined) failAt(text, file, warning.pos[0], `${describe(warning)} (refused)`);
  try {
    return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES, mapAsMap: false });
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    const bomb = /excessive alias/i.test(e.message);
    // The alias to point at: the first one, or the first of the name that has no anchor.
    const unresolved = bomb ? undefined : /: (\S+)$/.exec(e.message)?.[1];
    let at = 0;
    visit(doc, {
      Alias(_, a) {
        if (unresolved !== undefined && a.source !== unresolved) return undefined;
        at = startOf(a);
        return visit.BREAK;
      },
    });
    return failAt(
      text,
      file,
      at,
      bomb
        ? `at most ${MAX_YAML_ALIASES} alias expansions (these aliases expand to more copies: an alias bomb?); write the values out`
        : `${e.message.charAt(0).toLowerCase()}${e.message.slice(1)} (not valid YAML)`,
    );
  }
}
