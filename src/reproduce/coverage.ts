/**
 * The registry against the docs: every result-like number of a covered document
 * (src/reproduce/doc-numbers.ts) must lie inside the text of a registered figure of that document,
 * and every registered text must still be in its document (a stale entry is an error too).
 */
import { docNumbers, type DocNumber } from './doc-numbers.js';
import type { QuotedFigure } from './figure.js';

/** What the registry misses in one document. */
export interface Coverage {
  /** Numbers no registered text covers. */
  readonly unregistered: readonly DocNumber[];
  /** Registered texts not found in the document. */
  readonly stale: readonly string[];
}

/** Check one document's text against the registered figures (entries of other documents are ignored). */
export function coverage(docPath: string, doc: string, figures: readonly QuotedFigure[]): Coverage {
  const spans: [number, number][] = [];
  const stale: string[] = [];
  for (const f of figures) {
    if (f.doc !== docPath) continue;
    let from = doc.indexOf(f.text);
    if (from < 0) stale.push(f.text);
    while (from >= 0) {
      spans.push([from, from + f.text.length]);
      from = doc.indexOf(f.text, from + 1);
    }
  }
  const unregistered = docNumbers(doc).filter((n) => !spans.some(([a, b]) => n.offset >= a && n.offset + n.text.length <= b));
  return { unregistered, stale };
}
