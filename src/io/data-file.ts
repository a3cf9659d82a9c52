/**
 * The one reader of hand-written data files (`--config FILE`, experiment files of `goodhart sweep`):
 * JSON or YAML, chosen by the file's extension (`.yaml`/`.yml`: YAML, anything else: JSON), both
 * strict (src/io/json-text.ts, src/io/yaml-text.ts) and both giving plain JSON data, so what comes
 * after — the checks of names, values and ranges — is one code path whatever the format.
 * No external source.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { ParameterError } from '../errors.js';
import { parseJsonText } from './json-text.js';
import { parseYamlText } from './yaml-text.js';

/** The formats a data file can be in. */
export type DataFormat = 'json' | 'yaml';

/** The format of `file` by its extension: `.yaml` or `.yml` (any case) is YAML, anything else JSON. */
export function dataFormatOf(file: string): DataFormat {
  const ext = extname(file).toLowerCase();
  return ext === '.yaml' || ext === '.yml' ? 'yaml' : 'json';
}

/** Parse `text` of `file` in the format of its extension (syntax errors: InputFormatError with line and column). */
export function parseDataText(text: string, file: string): unknown {
  return dataFormatOf(file) === 'yaml' ? parseYamlText(text, file) : parseJsonText(text, file);
}

/**
 * Read and parse `path` (see {@link parseDataText}). A missing, unreadable or non-file path is a
 * ParameterError naming `field` and saying the file should be `what` (e.g. `an experiment file`).
 */
export function readDataFile(path: string, field: string, what: string): unknown {
  let text: string;
  try {
    if (statSync(path).isDirectory()) throw new ParameterError(field, path, `${what} (JSON or YAML), not a directory`);
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof ParameterError) throw e;
    throw new ParameterError(
      field,
      path,
      `a readable ${what.replace(/^an? /, '')} (JSON or YAML) (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  return parseDataText(text, path);
}
