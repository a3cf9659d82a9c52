/**
 * Reading an external scorer's answer (protocol version 1, docs/external-scorers.md): on stdout,
 * an optional header line `agent,score`, then exactly one line `agent,score` per account, agents
 * as integers 0..n-1 in any order, scores as finite decimal numbers (`12`, `-0.5`, `1.2e-5`).
 * Blank lines and a final newline are ignored; `\r\n` line ends are accepted. Anything else is
 * refused with one message naming the stdout line and what is wrong: a row with more or fewer than
 * two fields, an agent that is not an account, an agent given twice, a score that is not a finite
 * number, or accounts without a row.
 * Source: RFC 4180 (CSV without quoting: neither field can hold a comma).
 */

/** A finite decimal number as text: optional sign, digits with an optional fraction, optional exponent. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const AGENT = /^\d+$/;

/** How many missing agents a message lists before "…". */
const LIST = 5;

/** Why an answer was refused: one line for the cell's failure reason. */
export class ScoresFormatError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'ScoresFormatError';
  }
}

/** A cell's text shortened to `max` characters for a message, quoted. */
export function quote(text: string, max = 40): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}

/**
 * Parse `stdout` into one score per account (length n). Throws {@link ScoresFormatError} with the
 * first problem found; an empty stdout is the caller's to report (it knows stderr and the exit code).
 * @param n number of accounts (≥ 0).
 */
export function parseScores(stdout: string, n: number): Float64Array {
  const scores = new Float64Array(n);
  const lineOf = new Int32Array(n).fill(-1);
  const lines = stdout.split('\n');
  let rows = 0;
  let first = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '').trim();
    if (line === '') continue;
    const at = `stdout line ${i + 1}`;
    const fields = line.split(',').map((f) => f.trim());
    const header = first && fields.length === 2 && fields[0]!.toLowerCase() === 'agent' && fields[1]!.toLowerCase() === 'score';
    first = false;
    if (header) continue;
    if (fields.length !== 2) throw new ScoresFormatError(`${at}: expected 2 fields agent,score but found ${fields.length}: ${quote(line)}`);
    const [agentText, scoreText] = fields as [string, string];
    if (!AGENT.test(agentText) || Number(agentText) >= n)
      throw new ScoresFormatError(`${at}: agent ${quote(agentText)} is not an account (agents are 0..${n - 1})`);
    const agent = Number(agentText);
    if (lineOf[agent]! >= 0) throw new ScoresFormatError(`${at}: agent ${agent} again (first on stdout line ${lineOf[agent]! + 1})`);
    if (!NUMBER.test(scoreText) || !Number.isFinite(Number(scoreText)))
      throw new ScoresFormatError(`${at}: score ${quote(scoreText)} of agent ${agent} is not a finite number`);
    scores[agent] = Number(scoreText);
    lineOf[agent] = i;
    rows++;
  }
  if (rows < n) {
    const missing: number[] = [];
    for (let a = 0; a < n && missing.length <= LIST; a++) if (lineOf[a]! < 0) missing.push(a);
    const list = missing.slice(0, LIST).join(', ') + (missing.length > LIST ? ', …' : '');
    throw new ScoresFormatError(`printed ${rows} score rows for ${n} accounts (missing agents ${list})`);
  }
  return scores;
}
