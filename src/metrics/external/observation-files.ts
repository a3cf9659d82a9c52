/**
 * The external-scorer protocol, version 1: the Observation as files a program in any language
 * reads (docs/external-scorers.md). Every field of the Observation a TypeScript scorer gets is
 * written, and nothing else — the hidden layer is not an input here, so it cannot leak.
 *
 *   edges.csv         follower,followee,tick          one row per follow (u follows v), made at tick
 *   accounts.csv      agent,verified,…,given_mention  one row per account 0..n-1 (flags, window counts)
 *   interactions.csv  actor,target,like,…,mention     window counts per directed pair (actor → target)
 *   events.csv        tick,actor,target,kind          every public reaction since tick 0, in time order
 *   posts.csv         tick,author                     every post since tick 0, in time order
 *   observation.json  protocol version, n, tick, window, file names, columns
 *
 * Opt-in (`--scorer-format parquet|both`): the same five tables as Parquet files (edges.parquet, …)
 * with typed columns ({@link PARQUET_TYPES}), the same rows in the same order, written through the
 * project's one Parquet writer (src/io/parquet.ts) by the caller; observation.json then lists them.
 *
 * Rows are in a fixed order (follower then followee ascending; events and posts in time order) and
 * numbers are written as integers, so the same Observation gives the same bytes on any machine.
 * Source: RFC 4180 (CSV); the fields are those of src/model/observation.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REACTION_KINDS, type Observation } from '../../model/observation.js';

/** The protocol version programs see in GOODHART_SCORER_PROTOCOL and observation.json. */
export const SCORER_PROTOCOL_VERSION = 1;

/** The file names of one observation, in the order they are written. */
export const OBSERVATION_FILES = {
  edges: 'edges.csv',
  accounts: 'accounts.csv',
  interactions: 'interactions.csv',
  events: 'events.csv',
  posts: 'posts.csv',
  meta: 'observation.json',
} as const;

/** Columns of accounts.csv, in order. */
export const ACCOUNT_COLUMNS: readonly string[] = [
  'agent',
  'verified',
  'consent',
  'minor',
  'created_tick',
  'posts',
  'followers',
  'following',
  ...REACTION_KINDS.map((k) => `received_${k}`),
  ...REACTION_KINDS.map((k) => `given_${k}`),
];

/** Columns of every file, for observation.json and the docs. */
export const FILE_COLUMNS: Readonly<Record<Exclude<keyof typeof OBSERVATION_FILES, 'meta'>, readonly string[]>> = {
  edges: ['follower', 'followee', 'tick'],
  accounts: ACCOUNT_COLUMNS,
  interactions: ['actor', 'target', ...REACTION_KINDS],
  events: ['tick', 'actor', 'target', 'kind'],
  posts: ['tick', 'author'],
};

/** Which tables a program gets: CSV (protocol 1, the default), Parquet, or both. */
export type ScorerFormat = 'csv' | 'parquet' | 'both';

/** The formats of `--scorer-format`, in help order. */
export const SCORER_FORMATS: readonly ScorerFormat[] = ['csv', 'parquet', 'both'];

/** The tables (every file but observation.json). */
export type TableName = Exclude<keyof typeof OBSERVATION_FILES, 'meta'>;

/** Parquet file names of the tables. */
export const PARQUET_FILES: Readonly<Record<TableName, string>> = {
  edges: 'edges.parquet',
  accounts: 'accounts.parquet',
  interactions: 'interactions.parquet',
  events: 'events.parquet',
  posts: 'posts.parquet',
};

/** The flag columns: 0/1 in CSV, UTINYINT (unsigned 8-bit, Parquet INT32 with a UINT_8 annotation) in Parquet. */
const FLAGS = new Set(['verified', 'consent', 'minor']);

/**
 * DuckDB type of each column of each table in its Parquet file: flags UTINYINT (0/1), `kind` of
 * events VARCHAR, every other column (agents, ticks, counts) INTEGER (signed 32-bit).
 */
export const PARQUET_TYPES: Readonly<Record<TableName, readonly (readonly [string, string])[]>> = Object.fromEntries(
  (Object.keys(PARQUET_FILES) as TableName[]).map((t) => [
    t,
    FILE_COLUMNS[t].map((c): [string, string] => [c, FLAGS.has(c) ? 'UTINYINT' : c === 'kind' ? 'VARCHAR' : 'INTEGER']),
  ]),
) as unknown as Record<TableName, readonly (readonly [string, string])[]>;

/** Absolute paths of one observation's files (the CSV ones are written only with csv or both). */
export type ObservationPaths = Readonly<Record<keyof typeof OBSERVATION_FILES, string>>;

/** Lines joined with `\n`, a header first and a final newline. */
function table(header: readonly string[], rows: string[]): string {
  rows.unshift(header.join(','));
  return `${rows.join('\n')}\n`;
}

/** edges.csv: every follow, follower ascending then followee ascending, with the tick it was made. */
export function edgesCsv(obs: Observation): string {
  const { offsets, targets } = obs.follows.following;
  const rows: string[] = [];
  for (let u = 0; u < obs.n; u++)
    for (let s = offsets[u]!; s < offsets[u + 1]!; s++) rows.push(`${u},${targets[s]!},${obs.followTick[s]!}`);
  return table(FILE_COLUMNS.edges, rows);
}

/** accounts.csv: one row per account with its public flags and window counts. */
export function accountsCsv(obs: Observation): string {
  const a = obs.accounts;
  const fo = obs.follows.followers.offsets;
  const go = obs.follows.following.offsets;
  const rows: string[] = [];
  for (let i = 0; i < obs.n; i++) {
    const cells = [
      i,
      a.verified[i]!,
      a.consent[i]!,
      a.minor[i]!,
      a.createdTick[i]!,
      obs.posts[i]!,
      fo[i + 1]! - fo[i]!,
      go[i + 1]! - go[i]!,
    ];
    for (const k of REACTION_KINDS) cells.push(obs.received[k][i]!);
    for (const k of REACTION_KINDS) cells.push(obs.given[k][i]!);
    rows.push(cells.join(','));
  }
  return table(ACCOUNT_COLUMNS, rows);
}

/** interactions.csv: the window's counts per directed pair, actor ascending then target ascending. */
export function interactionsCsv(obs: Observation): string {
  const { csr, counts } = obs.interactions;
  const rows: string[] = [];
  for (let u = 0; u < csr.n; u++)
    for (let s = csr.offsets[u]!; s < csr.offsets[u + 1]!; s++)
      rows.push(`${u},${csr.targets[s]!},${REACTION_KINDS.map((k) => counts[k][s]!).join(',')}`);
  return table(FILE_COLUMNS.interactions, rows);
}

/** events.csv: every reaction since tick 0, kind as text (like, reshare, reply, mention). */
export function eventsCsv(obs: Observation): string {
  const e = obs.events;
  const rows: string[] = [];
  for (let i = 0; i < e.length; i++) rows.push(`${e.tick[i]!},${e.actor[i]!},${e.target[i]!},${REACTION_KINDS[e.kind[i]!]}`);
  return table(FILE_COLUMNS.events, rows);
}

/** posts.csv: every post since tick 0. */
export function postsCsv(obs: Observation): string {
  const p = obs.postLog;
  const rows: string[] = [];
  for (let i = 0; i < p.length; i++) rows.push(`${p.tick[i]!},${p.author[i]!}`);
  return table(FILE_COLUMNS.posts, rows);
}

/**
 * observation.json: what a program needs besides the tables (protocol version, n, tick, window).
 * With format `csv` (the default) it is protocol 1's file, unchanged; with `parquet` or `both` it
 * adds `format`, `parquet` (file names) and `parquetTypes` (DuckDB type per column), and lists
 * `files` (the CSV names) only when the CSVs are written.
 */
export function observationMeta(obs: Observation, format: ScorerFormat = 'csv'): string {
  const csv = format !== 'parquet';
  const meta = {
    'goodhart-scorer-protocol': SCORER_PROTOCOL_VERSION,
    n: obs.n,
    tick: obs.tick,
    window: { from: obs.window.from, to: obs.window.to },
    ...(format === 'csv' ? {} : { format }),
    ...(csv ? { files: Object.fromEntries(Object.entries(OBSERVATION_FILES).filter(([k]) => k !== 'meta')) } : {}),
    columns: FILE_COLUMNS,
    ...(format === 'csv'
      ? {}
      : {
          parquet: PARQUET_FILES,
          parquetTypes: Object.fromEntries(Object.entries(PARQUET_TYPES).map(([t, cols]) => [t, Object.fromEntries(cols)])),
        }),
    output: 'stdout: a header line agent,score (optional), then one row agent,score per account 0..n-1, scores finite',
  };
  return `${JSON.stringify(meta, null, 2)}\n`;
}

/** The five tables of `obs` as CSV text, by table. */
export function observationTables(obs: Observation): Record<TableName, string> {
  return {
    edges: edgesCsv(obs),
    accounts: accountsCsv(obs),
    interactions: interactionsCsv(obs),
    events: eventsCsv(obs),
    posts: postsCsv(obs),
  };
}

/**
 * Write the CSV files of `obs` (format csv or both) and observation.json into the existing folder
 * `dir`; returns the absolute paths and the tables' CSV text (for the Parquet copies, which the
 * caller writes through the Parquet writer).
 */
export function writeObservationFiles(
  dir: string,
  obs: Observation,
  format: ScorerFormat = 'csv',
): { paths: ObservationPaths; tables: Record<TableName, string> } {
  const paths = Object.fromEntries(Object.entries(OBSERVATION_FILES).map(([k, f]) => [k, join(dir, f)])) as Record<
    keyof typeof OBSERVATION_FILES,
    string
  >;
  const tables = observationTables(obs);
  if (format !== 'parquet') for (const t of Object.keys(tables) as TableName[]) writeFileSync(paths[t], tables[t]);
  writeFileSync(paths.meta, observationMeta(obs, format));
  return { paths, tables };
}
