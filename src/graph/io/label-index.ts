/**
 * Node ids by label for the graph readers, assigned in order of first appearance. Labels that are
 * canonical decimal integers (no sign, no leading zero, < 10^9) are looked up by number without
 * making a string, which is what keeps a 6.5-million-line file fast; other labels by string.
 * "007" and "7" stay distinct labels (only "7" is canonical).
 */
export class LabelIndex {
  /** Label of each id, in order of first appearance. */
  readonly labels: string[] = [];
  private readonly byNumber = new Map<number, number>();
  private readonly byString = new Map<string, number>();
  /** `text` is the file the ranges given to {@link idOf} and {@link find} point into. */
  constructor(private readonly text: string) {}

  /** Id of the label text[start, end), added when new. */
  idOf(start: number, end: number): number {
    const x = this.numberAt(start, end);
    if (x >= 0) {
      let id = this.byNumber.get(x);
      if (id === undefined) {
        id = this.labels.length;
        this.byNumber.set(x, id);
        this.labels.push(this.text.slice(start, end));
      }
      return id;
    }
    return this.idOfString(this.text.slice(start, end));
  }

  /** Id of the label text[start, end), or -1 when it has none yet. */
  find(start: number, end: number): number {
    const x = this.numberAt(start, end);
    if (x >= 0) return this.byNumber.get(x) ?? -1;
    return this.byString.get(this.text.slice(start, end)) ?? -1;
  }

  /** Id of a label given as a string, added when new. */
  idOfString(label: string): number {
    const x = canonicalNumber(label);
    const map: Map<number | string, number> = x >= 0 ? this.byNumber : this.byString;
    const key = x >= 0 ? x : label;
    let id = map.get(key);
    if (id === undefined) {
      id = this.labels.length;
      map.set(key, id);
      this.labels.push(label);
    }
    return id;
  }

  /** Id of a label given as a string, or -1 when it has none yet. */
  findString(label: string): number {
    const x = canonicalNumber(label);
    return (x >= 0 ? this.byNumber.get(x) : this.byString.get(label)) ?? -1;
  }

  /** The canonical decimal integer text[start, end) spells, or -1. */
  private numberAt(start: number, end: number): number {
    const t = this.text;
    const len = end - start;
    if (len < 1 || len > 9 || (len > 1 && t.charCodeAt(start) === 48)) return -1;
    let x = 0;
    for (let k = start; k < end; k++) {
      const d = t.charCodeAt(k) - 48;
      if (d < 0 || d > 9) return -1;
      x = x * 10 + d;
    }
    return x;
  }
}

function canonicalNumber(label: string): number {
  return /^(0|[1-9][0-9]{0,8})$/.test(label) ? Number(label) : -1;
}
