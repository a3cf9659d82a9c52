/**
 * Named error classes. Tests check the class; the CLI prints `message` and exits with `exitCode`.
 * User-facing wording for parameter errors is built in one place: {@link ParameterError}.
 */

/** Base class of every error Goodhart raises on purpose. */
export class GoodhartError extends Error {
  /** Process exit code the CLI uses for this error. */
  exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A parameter (CLI option, scenario parameter, API argument) has a value outside what is allowed. */
export class ParameterError extends GoodhartError {
  constructor(
    readonly field: string,
    readonly value: unknown,
    readonly allowed: string,
  ) {
    super(`invalid ${field}: ${formatValue(value)} (allowed: ${allowed})`);
  }
}

/** A name (scenario, scorer, attack, measure, model, suite) is not registered. */
export class UnknownNameError extends ParameterError {
  /**
   * @param known the allowed names (listed in the message), or with `allowed` given, the nearest ones (kept in `known`)
   * @param allowed the message's "allowed" text when the full list is too long to print
   */
  constructor(
    kind: string,
    value: string,
    readonly known: readonly string[],
    allowed = `one of ${known.join(', ')}`,
  ) {
    super(kind, value, allowed);
  }
}

/** An input file could not be parsed; `line` is 1-based when known. */
export class InputFormatError extends GoodhartError {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly detail: string,
  ) {
    super(`${file}${line !== null ? `:${line}` : ''}: ${detail}`);
  }
}

/** The model was asked for something impossible in this world (e.g. truth with no real people). */
export class ModelError extends GoodhartError {}

function formatValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === undefined) return '(missing)';
  return String(v);
}

/**
 * Writing the results failed for a reason of the disk, not of the input: full (ENOSPC, EDQUOT,
 * EFBIG) or failing (EIO). Nothing of the new result is left behind; a previous result is unchanged.
 */
export class OutputError extends GoodhartError {
  constructor(
    readonly path: string,
    readonly code: string,
  ) {
    super(
      `${code === 'EIO' ? 'input/output error' : 'disk full'} while writing ${path} (${code}); nothing was left behind and any previous result there is unchanged`,
    );
  }
}

/**
 * A folder is being written by another live process (a sweep holding its lock file): refused, so
 * two writers never mix their files. Exit code 5, distinct from a wrong input (2).
 */
export class FolderBusyError extends GoodhartError {
  override exitCode = 5;
  constructor(
    readonly dir: string,
    readonly detail: string,
  ) {
    super(`${dir} is being written by another sweep: ${detail}`);
  }
}
