/** Rendering in Node: SVG has the axis titles in DejaVu Sans; the PNG is a real, non-blank image. */
import { describe, expect, it } from 'vitest';
import { axisTitles } from '../../src/charts/axis-titles.js';
import { CHART_FONT } from '../../src/charts/common.js';
import { renderChart } from '../../src/charts/render.js';
import { sampleCharts } from './fixtures.js';

/** Escape text the way it appears inside SVG markup. */
const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Count non-white pixels of a PNG by decoding it with resvg's sibling: read IHDR and inflate IDAT. */
async function nonWhiteShare(png: Buffer): Promise<{ width: number; height: number; share: number }> {
  const { inflateSync } = await import('node:zlib');
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  let off = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const idat: Buffer[] = [];
  while (off < png.length) {
    const len = png.readUInt32BE(off);
    const type = png.subarray(off + 4, off + 8).toString('ascii');
    const data = png.subarray(off + 8, off + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect(data[8]).toBe(8); // bit depth
      colorType = data[9] as number;
    }
    if (type === 'IDAT') idat.push(data);
    off += 12 + len;
  }
  const channels = colorType === 6 ? 4 : colorType === 2 ? 3 : colorType === 4 ? 2 : 1;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const cur = Buffer.alloc(stride);
  const prev = Buffer.alloc(stride);
  let nonWhite = 0;
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] as number;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? (cur[i - channels] as number) : 0;
      const b = prev[i] as number;
      const c = i >= channels ? (prev[i - channels] as number) : 0;
      const x = line[i] as number;
      let v: number;
      if (filter === 0) v = x;
      else if (filter === 1) v = x + a;
      else if (filter === 2) v = x + b;
      else if (filter === 3) v = x + ((a + b) >> 1);
      else {
        const p = a + b - c;
        const pa = Math.abs(p - a),
          pb = Math.abs(p - b),
          pc = Math.abs(p - c);
        v = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      }
      cur[i] = v & 0xff;
    }
    for (let px = 0; px < width; px++) {
      const o = px * channels;
      const lum = channels >= 3 ? Math.min(cur[o] as number, cur[o + 1] as number, cur[o + 2] as number) : (cur[o] as number);
      if (lum < 240) nonWhite++;
    }
    cur.copy(prev);
  }
  return { width, height, share: nonWhite / (width * height) };
}

describe.each(Object.entries(sampleCharts()))('rendering %s', (_name, spec) => {
  it('SVG uses DejaVu Sans and contains every axis title', async () => {
    const { svg } = await renderChart(spec, { scale: 1 });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain(`font-family="${CHART_FONT}`);
    for (const t of axisTitles(spec)) expect(svg).toContain(xmlEscape(t));
  });
  it('PNG is a non-blank image of the chart size', async () => {
    const { png } = await renderChart(spec, { scale: 1 });
    const { width, height, share } = await nonWhiteShare(png);
    expect(width).toBeGreaterThan(200);
    expect(height).toBeGreaterThan(150);
    expect(share).toBeGreaterThan(0.01); // axes, text and marks drawn
    expect(share).toBeLessThan(0.9); // not a solid block either
  });
});

describe('text rendering', () => {
  it('draws text with the shipped font (resvg drops text silently when no font matches)', async () => {
    const { svgToPng } = await import('../../src/charts/render.js');
    const text = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60"><text x="10" y="40" font-family="${CHART_FONT}" font-size="28">Influence</text></svg>`;
    const empty = '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60"></svg>';
    const withText = await nonWhiteShare(await svgToPng(text, { scale: 1 }));
    const blank = await nonWhiteShare(await svgToPng(empty, { scale: 1 }));
    expect(blank.share).toBe(0);
    expect(withText.share).toBeGreaterThan(0.03);
  });
});
