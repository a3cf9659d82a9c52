/**
 * Messages between an external scorer (command-scorer.ts, waiting synchronously through
 * program-host.ts) and its helper thread (host-worker.ts, asynchronous). Every request that is
 * answered carries an id; the answer repeats it, so a late answer to a request the caller gave up
 * on (time-out) is recognised and dropped.
 * Source: this project's own protocol (docs/external-scorers.md, persistent mode).
 */
import type { ParquetTable } from '../../io/parquet.js';

/** Start (if needed) the persistent program `key` and send it one observation folder. */
export interface AskRequest {
  readonly type: 'ask';
  readonly id: number;
  /** Identifies the program: one running program per key. */
  readonly key: string;
  /** The /bin/sh script (the command line, after a `ulimit -v` line when limited). */
  readonly script: string;
  /** Environment added to this process's, given when the program starts. */
  readonly env: Readonly<Record<string, string>>;
  /** The observation folder, sent as one line on the program's stdin. */
  readonly dir: string;
}

/** Write Parquet copies of `tables` into `dir` (file names: each table's name). */
export interface ParquetRequest {
  readonly type: 'parquet';
  readonly id: number;
  readonly dir: string;
  readonly tables: readonly ParquetTable[];
}

/** Is the helper up? */
export interface PingRequest {
  readonly type: 'ping';
  readonly id: number;
}

/** Stop program `key` and its process group (TERM, KILL 2 s later); not answered. */
export interface KillRequest {
  readonly type: 'kill';
  readonly key: string;
}

/** Every message the helper reads. */
export type HostRequest = AskRequest | ParquetRequest | PingRequest | KillRequest;

/** The program answered: its stdout since the request, up to (without) the terminator line. */
export interface AskAnswer {
  readonly id: number;
  readonly ok: true;
  readonly stdout: string;
}

/** The program ended (or could not start) before its terminator line. */
export interface AskEnded {
  readonly id: number;
  readonly ok: false;
  /** Exit code, or null when a signal ended it (or it never started). */
  readonly status: number | null;
  readonly signal: string | null;
  /** Set when /bin/sh could not be started. */
  readonly startError: string | null;
  /** What it printed on stdout for this request before it ended. */
  readonly stdout: string;
  /** The tail of its stderr (at most 64 KB). */
  readonly stderr: string;
}

/** Parquet written, a ping answered, or why not. */
export interface DoneReply {
  readonly id: number;
  readonly ok: boolean;
  readonly error?: string | undefined;
}

/** Every answer of the helper. */
export type HostReply = AskAnswer | AskEnded | DoneReply;

/** The line a persistent program prints after the score rows of each request. */
export const TERMINATOR = 'end';
