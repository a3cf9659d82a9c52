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

/** Absolute paths of one observation's files. */
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

/** observation.json: what a program needs besides the tables (protocol version, n, tick, window). */
export function observationMeta(obs: Observation): string {
  const meta = {
    'goodhart-scorer-protocol': SCORER_PROTOCOL_VERSION,
    n: obs.n,
    tick: obs.tick,
    window: { from: obs.window.from, to: obs.window.to },
    files: Object.fromEntries(Object.entries(OBSERVATION_FILES).filter(([k]) => k !== 'meta')),
    columns: FILE_COLUMNS,
    output: 'stdout: a header line agent,score (optional), then one row agent,score per account 0..n-1, scores finite',
  };
  return `${JSON.stringify(meta, null, 2)}\n`;
}

/** Write every file of `obs` into the existing folder `dir`; returns their absolute paths. */
export function writeObservationFiles(dir: string, obs: Observation): ObservationPaths {
  const paths = Object.fromEntries(Object.entries(OBSERVATION_FILES).map(([k, f]) => [k, join(dir, f)])) as Record<
    keyof typeof OBSERVATION_FILES,
    string
  >;
  writeFileSync(paths.edges, edgesCsv(obs));
  writeFileSync(paths.accounts, accountsCsv(obs));
  writeFileSync(paths.interactions, interactionsCsv(obs));
  writeFileSync(paths.events, eventsCsv(obs));
  writeFileSync(paths.posts, postsCsv(obs));
  writeFileSync(paths.meta, observationMeta(obs));
  return paths;
}
