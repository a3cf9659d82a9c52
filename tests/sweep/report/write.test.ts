/**
 * writeSweepReport(dir) and `goodhart sweep report DIR`: the files it writes into a sweep folder,
 * the marker kept exact, the same bytes twice, and the folders it refuses.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parseCommandArgs } from '../../../src/cli/args.js';
import { sweepReportCommand } from '../../../src/cli/commands/sweep-report.js';
import { ParameterError } from '../../../src/errors.js';
import { inspectOutDir, markerText, readMarker } from '../../../src/io/result-marker.js';
import { writeSweepReport } from '../../../src/sweep/report/index.js';
import { listFiles } from '../../helpers/files.js';
import { cleanupFixtures, gridFixture, oneParamFixture, writeFixtureSweep } from './fixtures.js';

afterAll(cleanupFixtures);

/** The page without the inlined vega bundles (whose code legitimately says `undefined`). */
function pageText(html: string): string {
  return html.replace(/<script data-bundle="[^"]*">[\s\S]*?<\/script>/g, '');
}

describe('writeSweepReport', () => {
  it('writes sweep-report.html and charts/, lists them in the marker, and gives the same bytes twice', async () => {
    const dir = writeFixtureSweep(gridFixture());
    const files = await writeSweepReport(dir);
    expect(files[0]).toBe(join(dir, 'sweep-report.html'));
    expect(files.filter((f) => f.endsWith('.vl.json'))).toHaveLength(7);
    for (const f of files) expect(existsSync(f), f).toBe(true);
    const marker = readMarker(dir)!;
    expect(marker.command).toBe('sweep');
    expect(marker.files).toEqual(listFiles(dir).filter((f) => f !== '.goodhart.json'));
    expect(inspectOutDir(dir)).toEqual({ kind: 'result', command: 'sweep' });
    const html = readFileSync(files[0]!, 'utf8');
    expect(pageText(html)).not.toMatch(/undefined|NaN/);
    expect(
      html.includes('<td>moved-outnumber-reactions</td><td>3 of 6</td><td>for activity.activityScale ≥ 4</td>'),
      'claims table row',
    ).toBe(true);
    const before = new Map(listFiles(dir).map((f) => [f, readFileSync(join(dir, f))]));
    await writeSweepReport(dir);
    const after = listFiles(dir);
    expect(after).toEqual([...before.keys()]);
    for (const f of after) expect(readFileSync(join(dir, f)).equals(before.get(f)!), f).toBe(true);
  }, 60_000);

  it('rewriting after the rows changed drops charts that no longer exist and keeps the marker exact', async () => {
    const parent = join(writeFixtureSweep(oneParamFixture()), '..');
    const dir = join(parent, 'sweep');
    await writeSweepReport(dir);
    expect(existsSync(join(dir, 'charts', 'claim--second-claim.svg'))).toBe(true);
    writeFixtureSweep({ ...oneParamFixture(), claims: ['first-claim'] }, parent);
    // the fixture writer rewrote the marker: give it back the report files the folder holds
    writeFileSync(
      join(dir, '.goodhart.json'),
      markerText(
        'sweep',
        listFiles(dir).filter((f) => f !== '.goodhart.json'),
      ),
    );
    await writeSweepReport(dir);
    expect(existsSync(join(dir, 'charts', 'claim--second-claim.svg'))).toBe(false);
    expect(readMarker(dir)!.files).toEqual(listFiles(dir).filter((f) => f !== '.goodhart.json'));
  }, 60_000);

  it('removes leftovers of a killed report writer', async () => {
    const dir = writeFixtureSweep(oneParamFixture());
    mkdirSync(join(dir, 'charts.tmp-999999999'));
    writeFileSync(join(dir, 'charts.tmp-999999999', 'half.svg'), '<svg');
    writeFileSync(join(dir, 'sweep-report.html.tmp-999999999'), '<html');
    await writeSweepReport(dir);
    expect(listFiles(dir).some((f) => f.includes('.tmp-'))).toBe(false);
    expect(inspectOutDir(dir)).toEqual({ kind: 'result', command: 'sweep' });
  }, 60_000);

  it('refuses a folder goodhart sweep did not write, and writes nothing there', async () => {
    const dir = writeFixtureSweep(oneParamFixture());
    rmSync(join(dir, '.goodhart.json'));
    await expect(writeSweepReport(dir)).rejects.toThrow(ParameterError);
    await expect(writeSweepReport(dir)).rejects.toThrow(/invalid sweep folder: ".*" \(allowed: a folder written by goodhart sweep/);
    expect(existsSync(join(dir, 'sweep-report.html'))).toBe(false);
    writeFileSync(join(dir, '.goodhart.json'), markerText('run', ['experiment.json', 'rows.csv']));
    await expect(writeSweepReport(dir)).rejects.toThrow(/it holds a goodhart run result/);
    await expect(writeSweepReport(join(dir, 'nope'))).rejects.toThrow(ParameterError);
    expect(existsSync(join(dir, 'charts'))).toBe(false);
  });

  it('refuses an unfinished sweep (no rows.csv) before writing anything', async () => {
    const dir = writeFixtureSweep(oneParamFixture());
    rmSync(join(dir, 'rows.csv'));
    const marker = readFileSync(join(dir, '.goodhart.json'), 'utf8');
    await expect(writeSweepReport(dir)).rejects.toThrow(/rows\.csv is missing/);
    expect(readFileSync(join(dir, '.goodhart.json'), 'utf8')).toBe(marker);
    expect(listFiles(dir)).toEqual(['.goodhart.json', 'experiment.json']);
  });
});

describe('goodhart sweep report DIR', () => {
  it('writes the report and says where', async () => {
    const dir = writeFixtureSweep(oneParamFixture());
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await sweepReportCommand.run(parseCommandArgs(sweepReportCommand, [dir]))).toBe(0);
      expect(log.mock.calls.flat().join('\n')).toMatch(/wrote .*sweep-report\.html and 3 charts/);
    } finally {
      log.mockRestore();
    }
    expect(existsSync(join(dir, 'sweep-report.html'))).toBe(true);
  }, 60_000);

  it('needs the folder argument', () => {
    expect(() => parseCommandArgs(sweepReportCommand, [])).toThrow(/invalid <dir>/);
  });
});
