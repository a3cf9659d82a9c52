/**
 * Growable public logs (reactions and posts) on typed arrays, appended in time order.
 * `view()` returns the read-only {@link EventLog} / {@link PostLog} an Observation carries.
 */
import type { EventLog, PostLog } from '../model/observation.js';

/** Append-only reaction log. */
export class EventLogBuilder {
  private tick = new Uint32Array(1024);
  private actor = new Uint32Array(1024);
  private target = new Uint32Array(1024);
  private kind = new Uint8Array(1024);
  length = 0;

  /** Record that `actor` reacted (kind code) to `target` at `tick`. */
  push(tick: number, actor: number, target: number, kind: number): void {
    if (this.length === this.tick.length) this.grow();
    const i = this.length++;
    this.tick[i] = tick;
    this.actor[i] = actor;
    this.target[i] = target;
    this.kind[i] = kind;
  }

  /** A read-only view of everything logged so far (shares memory; later pushes are not visible). */
  view(): EventLog {
    const l = this.length;
    return {
      length: l,
      tick: this.tick.subarray(0, l),
      actor: this.actor.subarray(0, l),
      target: this.target.subarray(0, l),
      kind: this.kind.subarray(0, l),
    };
  }

  private grow(): void {
    const cap = this.tick.length * 2;
    this.tick = copyInto(new Uint32Array(cap), this.tick);
    this.actor = copyInto(new Uint32Array(cap), this.actor);
    this.target = copyInto(new Uint32Array(cap), this.target);
    this.kind = copyInto(new Uint8Array(cap), this.kind);
  }
}

/** Append-only post log. */
export class PostLogBuilder {
  private tick = new Uint32Array(1024);
  private author = new Uint32Array(1024);
  length = 0;

  /** Record a post by `author` at `tick`. */
  push(tick: number, author: number): void {
    if (this.length === this.tick.length) {
      this.tick = copyInto(new Uint32Array(this.tick.length * 2), this.tick);
      this.author = copyInto(new Uint32Array(this.author.length * 2), this.author);
    }
    const i = this.length++;
    this.tick[i] = tick;
    this.author[i] = author;
  }

  /** A read-only view of everything logged so far. */
  view(): PostLog {
    const l = this.length;
    return { length: l, tick: this.tick.subarray(0, l), author: this.author.subarray(0, l) };
  }
}

function copyInto<T extends Uint32Array | Uint8Array>(to: T, from: T): T {
  to.set(from);
  return to;
}
