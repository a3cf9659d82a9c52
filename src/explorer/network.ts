/**
 * The network picture on two canvases at the same positions (src/explorer/layout.ts): on the left
 * each account's area is its score, on the right its true influence; colour is its role (the
 * Okabe–Ito palette of src/charts/common.ts). Hovering an account shows its followers, score,
 * truth and both ranks. Canvas, not SVG: thousands of dots redraw in milliseconds.
 * Reference: Bastian, Heymann & Jacomy (2009), ICWSM (node-link pictures sized by centrality).
 */
import { ROLE_COLORS } from '../charts/common.js';
import { roleName } from '../model/roles.js';
import { competitionRanks } from '../stats/ranks.js';
import type { ExplorerFrame, ExplorerResult } from './compute.js';
import { fmt } from './views.js';

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

/** Draw `frame` of `r` on the two canvases. */
export function drawNetwork(r: ExplorerResult, frame: ExplorerFrame, left: HTMLCanvasElement, right: HTMLCanvasElement): void {
  const sizes: [Float64Array, Float64Array] = [radii(frame.score), radii(frame.truth)];
  draw(left, r, frame.role, sizes[0]);
  draw(right, r, frame.role, sizes[1]);
  hover = { r, frame, scoreRank: competitionRanks(frame.score), truthRank: competitionRanks(frame.truth), sizes };
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
    tip.textContent =
      `account ${best} (${roleName(frame.role[best]!)}): ${fmt(frame.followers[best]!)} followers; ` +
      `score ${fmt(frame.score[best]!)} (rank ${hover.scoreRank[best]}); truth ${fmt(frame.truth[best]!)} (rank ${hover.truthRank[best]})`;
    tip.style.display = 'block';
    tip.style.left = `${ev.clientX + 14}px`;
    tip.style.top = `${ev.clientY + 10}px`;
  });
}
