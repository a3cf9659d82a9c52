/**
 * Explorer benchmark (issue 15, item 6): the time from a control change to drawn charts in
 * explorer.html, in Debian's headless Chromium (playwright-core), on worlds of 2,000 and 5,000 real
 * accounts (the default scenario, its 30 ticks). For each change it prints the wall time the page
 * measured (change → charts drawn; of it, the worker's), the CPU time of every Chromium process
 * (from /proc, all threads: page, worker, compositor, V8's helper threads; and of them the worker's
 * thread and the browser's and page's main threads, which Debian's build names `chromium`; `--threads`
 * prints every thread name); as the reference measured in the same run, the CPU time of the same
 * computation (src/explorer/compute.ts `explore`, the worker's code) in this Node process; and the
 * load average. Wall time on a shared machine follows the load; the CPU figures and their ratio to
 * the reference do not, or much less.
 *
 *   npm run bench -- explorer                      # 2,000 and 5,000 accounts, 3 changes each
 *   npm run bench -- explorer --sizes 2000 --repeats 5
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { explorerHtml } from '../src/explorer/index.js';
import { explore } from '../src/explorer/compute.js';
import { defaultState } from '../src/explorer/state.js';

const option = (name: string, def: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : def;
};
const sizes = option('sizes', '2000,5000').split(',').map(Number);
const repeats = Number(option('repeats', '3'));
const TICKS_PER_SECOND = 100; // USER_HZ of /proc/<pid>/stat on Linux

/**
 * CPU seconds (user + system) of every thread of every descendant process of this one, by thread
 * name (Chromium names them: `CrRendererMain` is a page's main thread, `DedicatedWorker thread` a
 * Web Worker), and in all under `total`.
 */
function childrenCpu(): Map<string, number> {
  const parent = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  const byName = new Map<string, number>([['total', 0]]);
  for (const pid of parent.keys()) {
    let p = parent.get(pid);
    while (p !== undefined && p > 1 && p !== process.pid) p = parent.get(p);
    if (p !== process.pid) continue;
    let tids: string[] = [];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const cpu = (Number(f[11]) + Number(f[12])) / TICKS_PER_SECOND;
        byName.set(name, (byName.get(name) ?? 0) + cpu);
        byName.set('total', (byName.get('total') ?? 0) + cpu);
      } catch {
        // the thread ended meanwhile
      }
    }
  }
  return byName;
}

const delta = (a: Map<string, number>, b: Map<string, number>, name: string) => (b.get(name) ?? 0) - (a.get(name) ?? 0);

function nodeCpu(f: () => void): number {
  const u0 = process.cpuUsage();
  f();
  const u = process.cpuUsage(u0);
  return (u.user + u.system) / 1e6;
}

const dir = mkdtempSync(join(tmpdir(), 'goodhart-bench-explorer-'));
const file = join(dir, 'explorer.html');
writeFileSync(file, await explorerHtml());
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'], headless: true });
try {
  console.log(
    `load average before: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  for (const agents of sizes) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    // The newest request drawn (its first snapshot; the playback of the others starts FRAME_MS later).
    const drawn = async (after: number) => {
      await page.waitForFunction(
        (n) => {
          const d = document.body.dataset;
          return Number(d.request) > n && d.drawn === d.request;
        },
        after,
        { timeout: 600_000 },
      );
      return page.evaluate(() => Number(document.body.dataset.request));
    };
    // …and its playback finished, so no redraw of the last result competes with the next change.
    const played = () => page.waitForFunction(() => document.body.dataset.frame === String(Number(document.body.dataset.frames) - 1));
    await page.goto(`${pathToFileURL(file).href}#agents=${agents}&seed=100`);
    let request = await drawn(0);
    await played();
    // Reference: the worker's computation in this process, warmed once.
    explore({ ...defaultState(), agents, seed: 99 });
    for (let k = 0; k < repeats; k++) {
      const seed = 101 + k;
      const c0 = childrenCpu();
      const box = page.locator('.control[data-key="seed"] input[type=number]');
      await box.fill(String(seed));
      await box.dispatchEvent('change');
      request = await drawn(request);
      const c1 = childrenCpu();
      const cpu = delta(c0, c1, 'total');
      const d = await page.evaluate(() => ({ ...document.body.dataset }));
      await played();
      if (process.argv.includes('--threads'))
        console.log(
          [...c1.keys()]
            .map((k) => [k, delta(c0, c1, k)] as const)
            .filter(([k, v]) => k !== 'total' && v > 0)
            .sort((a, b) => b[1] - a[1])
            .map(([k, v]) => `${k} ${v.toFixed(2)} s`)
            .join('; '),
        );
      const ref = nodeCpu(() => explore({ ...defaultState(), agents, seed }));
      console.log(
        `explorer ${agents} accounts, seed ${seed}: change → drawn ${d.elapsedMs} ms wall (worker ${d.computeMs} ms, ` +
          `first snapshot drawn in ${d.drawMs} ms); Chromium CPU ${cpu.toFixed(2)} s ` +
          `(the worker's thread ${delta(c0, c1, 'DedicatedWorker').toFixed(2)} s, the main threads ${(delta(c0, c1, 'chromium') + delta(c0, c1, 'CrRendererMain')).toFixed(2)} s); ` +
          `reference (explore in Node) CPU ${ref.toFixed(2)} s; ratio ${(cpu / ref).toFixed(2)}; ` +
          `load ${loadavg()[0]!.toFixed(2)}`,
      );
    }
    await page.close();
  }
  console.log(
    `load average after: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
