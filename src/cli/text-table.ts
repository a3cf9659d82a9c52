/**
 * Plain-text tables for the terminal that fit {@link TERMINAL_WIDTH} columns: the leading columns
 * padded, the last one (a description) wrapped at word boundaries under itself.
 */

/** Widest line the listing commands print (columns), the bound the help text keeps too. */
export const TERMINAL_WIDTH = 100;

/**
 * `text` wrapped at word boundaries into lines of at most `width` columns, each starting with
 * `indent` (a single word longer than the room stays whole on its own line). Empty text: no line.
 */
export function wrapWords(text: string, indent: string, width: number = TERMINAL_WIDTH): string[] {
  const out: string[] = [];
  let line = indent;
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line.length > indent.length && line.length + 1 + word.length > width) {
      out.push(line);
      line = indent;
    }
    line += line.length > indent.length ? ` ${word}` : word;
  }
  if (line.length > indent.length) out.push(line);
  return out;
}

/**
 * Rows (all of the same length ≥ 1) as aligned lines: every column but the last padded to its widest
 * cell plus two spaces, the last wrapped within `width` and continued under itself.
 */
export function hangingTable(rows: readonly (readonly string[])[], width: number = TERMINAL_WIDTH): string[] {
  if (rows.length === 0) return [];
  const cols = rows[0]!.length;
  const w = Array.from({ length: cols - 1 }, (_, j) => Math.max(...rows.map((r) => r[j]!.length)) + 2);
  const indent = ' '.repeat(w.reduce((a, b) => a + b, 0));
  const lines: string[] = [];
  for (const r of rows) {
    const lead = r
      .slice(0, -1)
      .map((c, j) => c.padEnd(w[j]!))
      .join('');
    const body = wrapWords(r[cols - 1]!, indent, width);
    lines.push(body.length === 0 ? lead.trimEnd() : lead + body[0]!.slice(indent.length), ...body.slice(1));
  }
  return lines;
}
