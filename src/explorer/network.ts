/**
 * The network picture on two canvases at the same positions (src/explorer/layout.ts): on the left
 * each account's area is its score, on the right its true influence; colour is its role (the
 * Okabe–Ito palette of src/charts/common.ts). Hovering an account shows its followers, score,
 * truth and both ranks. From the keyboard, each canvas is a tab stop: the arrow keys (and Home,
 * End) step through its top accounts by that side's measure, the chosen dot is ringed and the same
 * details are read out in an aria-live region. Canvas, not SVG: thousands of dots redraw in milliseconds.
 * Reference: Bastian, Heymann & Jacomy (2009), ICWSM (node-link pictures sized by centrality).
 */
import { ROLE_COLORS } from '../charts/common.js';
import { roleName } from '../model/roles.js';
import { competitionRanks } from '../stats/ranks.js';
import type { ExplorerFrame, ExplorerResult } from './compute.js';
import { fmt, topIndices } from './views.js';

/** Accounts the keyboard steps through on each side: the top ones by that side's measure. */
export const KEYBOARD_TOP = 20;

/** Largest dot radius, in canvas pixels. */
const MAX_RADIUS = 11;

function radii(values: Float64Array): Float64Array {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = 1.2 + (max > 0 ? MAX_RADIUS * Math.sqrt(Math.max(0, values[i]!) / max) : 0);
  return out;
}

function draw(canvas: HTMLCanvasElement, r: ExplorerResult, role: Uint8Array, size: Float64Array): void {
  const n = role.length;
  const ctx = canvas.getContext('2d')!;
  const w = canvas.width;
  const h = canvas.height;
  ctx.clearRect(0, 0, w, h);
  ctx.strokeStyle = 'rgba(120,120,120,0.12)';
  ctx.lineWidth = 0.6;
  ctx.beginPath();
  for (let e = 0; e + 1 < r.edges.length; e += 2) {
    const u = r.edges[e]!;
    const v = r.edges[e + 1]!;
    if (u >= n || v >= n) continue;
    ctx.moveTo(r.positions[2 * u]! * w, r.positions[2 * u + 1]! * h);
    ctx.lineTo(r.positions[2 * v]! * w, r.positions[2 * v + 1]! * h);
  }
  ctx.stroke();
  // Small dots first, so large ones stay visible on top.
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => size[a]! - size[b]!);
  ctx.globalAlpha = 0.85;
  for (const i of order) {
    ctx.fillStyle = ROLE_COLORS[roleName(role[i]!)];
    ctx.beginPath();
    ctx.arc(r.positions[2 * i]! * w, r.positions[2 * i + 1]! * h, size[i]!, 0, 2 * Math.PI);
    ctx.fill();
  }
  ctx.globalAlpha = 1;
}

/** State kept for hovering. */
interface Hover {
  r: ExplorerResult;
  frame: ExplorerFrame;
  scoreRank: Uint32Array;
  truthRank: Uint32Array;
  sizes: [Float64Array, Float64Array];
}
let hover: Hover | null = null;

/** Keyboard selection of each side: its canvas, its live region, and the position in its top list (−1 = none). */
interface KeySide {
  canvas: HTMLCanvasElement;
  live: HTMLElement;
  pos: number;
}
const keySides: [KeySide | null, KeySide | null] = [null, null];

/** One account's numbers, as the hover tip and the keyboard's live region show them. */
function details(h: Hover, i: number): string {
  const f = h.frame;
  return (
    `account ${i} (${roleName(f.role[i]!)}): ${fmt(f.followers[i]!)} followers; ` +
    `score ${fmt(f.score[i]!)} (rank ${h.scoreRank[i]}); truth ${fmt(f.truth[i]!)} (rank ${h.truthRank[i]})`
  );
}

/** The accounts the keyboard steps through on `side`, best first. */
function keyList(h: Hover, side: 0 | 1): number[] {
  return topIndices(side === 0 ? h.frame.score : h.frame.truth, KEYBOARD_TOP);
}

/** Ring the keyboard's account on `side` and read its numbers out (nothing when nothing is chosen). */
function showKey(side: 0 | 1): void {
  const k = keySides[side];
  if (!k || !hover || k.pos < 0) return;
  const list = keyList(hover, side);
  if (list.length === 0) return;
  k.pos = Math.min(k.pos, list.length - 1);
  const i = list[k.pos]!;
  draw(k.canvas, hover.r, hover.frame.role, hover.sizes[side]);
  const ctx = k.canvas.getContext('2d')!;
  ctx.strokeStyle = '#000';
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.arc(
    hover.r.positions[2 * i]! * k.canvas.width,
    hover.r.positions[2 * i + 1]! * k.canvas.height,
    hover.sizes[side][i]! + 5,
    0,
    2 * Math.PI,
  );
  ctx.stroke();
  const by = side === 0 ? 'score' : 'true influence';
  k.live.textContent = `Top by ${by}, ${k.pos + 1} of ${list.length}: ${details(hover, i)}`;
  k.live.dataset.account = String(i);
}

/** Draw `frame` of `r` on the two canvases. */
export function drawNetwork(r: ExplorerResult, frame: ExplorerFrame, left: HTMLCanvasElement, right: HTMLCanvasElement): void {
  const sizes: [Float64Array, Float64Array] = [radii(frame.score), radii(frame.truth)];
  draw(left, r, frame.role, sizes[0]);
  draw(right, r, frame.role, sizes[1]);
  hover = { r, frame, scoreRank: competitionRanks(frame.score), truthRank: competitionRanks(frame.truth), sizes };
  showKey(0);
  showKey(1);
}

/**
 * Make `canvas` operable from the keyboard: focusing it chooses the top account of `side` (0 =
 * score, 1 = truth); ArrowRight/ArrowDown and ArrowLeft/ArrowUp step through the top
 * {@link KEYBOARD_TOP}, Home and End jump to the ends; the details go to `live` (aria-live).
 */
export function attachKeyboard(canvas: HTMLCanvasElement, side: 0 | 1, live: HTMLElement): void {
  const k: KeySide = { canvas, live, pos: -1 };
  keySides[side] = k;
  canvas.tabIndex = 0;
  canvas.addEventListener('focus', () => {
    if (k.pos < 0) k.pos = 0;
    showKey(side);
  });
  canvas.addEventListener('keydown', (ev) => {
    if (!hover) return;
    const last = keyList(hover, side).length - 1;
    const moves: Record<string, number> = {
      ArrowRight: k.pos + 1,
      ArrowDown: k.pos + 1,
      ArrowLeft: k.pos - 1,
      ArrowUp: k.pos - 1,
      Home: 0,
      End: last,
    };
    const to = moves[ev.key];
    if (to === undefined) return;
    ev.preventDefault();
    k.pos = Math.max(0, Math.min(last, to));
    showKey(side);
  });
}

/** Show the hovered account's numbers in `tip` (the nearest dot under the pointer, if any). */
export function attachHover(canvas: HTMLCanvasElement, side: 0 | 1, tip: HTMLElement): void {
  canvas.addEventListener('mouseleave', () => {
    tip.style.display = 'none';
  });
  canvas.addEventListener('mousemove', (ev) => {
    if (!hover) return;
    const box = canvas.getBoundingClientRect();
    const x = ((ev.clientX - box.left) / box.width) * canvas.width;
    const y = ((ev.clientY - box.top) / box.height) * canvas.height;
    const { r, frame, sizes } = hover;
    let best = -1;
    let bestD = Number.POSITIVE_INFINITY;
    for (let i = 0; i < frame.score.length; i++) {
      const dx = r.positions[2 * i]! * canvas.width - x;
      const dy = r.positions[2 * i + 1]! * canvas.height - y;
      const d = Math.hypot(dx, dy) - sizes[side][i]!;
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    if (best < 0 || bestD > 4) {
      tip.style.display = 'none';
      return;
    }
    tip.textContent = details(hover, best);
    tip.style.display = 'block';
    tip.style.left = `${ev.clientX + 14}px`;
    tip.style.top = `${ev.clientY + 10}px`;
  });
}
