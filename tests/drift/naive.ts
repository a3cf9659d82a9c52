/** Naive O(n²) reference implementations used only by tests (definitions, not algorithms). */

/** τ-b by enumerating every pair. */
export function naiveTauB(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let con = 0;
  let dis = 0;
  let tx = 0;
  let ty = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = Math.sign((x[i] as number) - (x[j] as number));
      const dy = Math.sign((y[i] as number) - (y[j] as number));
      if (dx === 0 && dy === 0) continue;
      if (dx === 0) tx++;
      else if (dy === 0) ty++;
      else if (dx === dy) con++;
      else dis++;
    }
  }
  const denom = Math.sqrt((con + dis + tx) * (con + dis + ty));
  return denom === 0 ? NaN : (con - dis) / denom;
}

/** Pair counts by enumeration: discordant, ties in x, ties in y, joint ties. */
export function naiveCounts(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
): { discordant: number; tiesX: number; tiesY: number; tiesXY: number } {
  const n = x.length;
  let discordant = 0;
  let tiesX = 0;
  let tiesY = 0;
  let tiesXY = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = Math.sign((x[i] as number) - (x[j] as number));
      const dy = Math.sign((y[i] as number) - (y[j] as number));
      if (dx === 0) tiesX++;
      if (dy === 0) tiesY++;
      if (dx === 0 && dy === 0) tiesXY++;
      if (dx * dy < 0) discordant++;
    }
  }
  return { discordant, tiesX, tiesY, tiesXY };
}
