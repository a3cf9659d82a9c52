/**
 * Progress on long runs: a bar on an interactive terminal (stderr), nothing in CI logs or pipes.
 */
import cliProgress from 'cli-progress';

/** A progress reporter; `update(done, total)` may be called often, `stop()` once. */
export interface Progress {
  update(done: number, total: number, label?: string): void;
  stop(): void;
}

/** A bar on a TTY stderr unless `quiet` or CI is set; otherwise a no-op. */
export function progress(title: string, quiet = false): Progress {
  if (quiet || !process.stderr.isTTY || process.env.CI) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { format: `${title} [{bar}] {percentage}% | {value}/{total} {label}`, stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, label = '') {
      if (!started) {
        bar.start(total, 0, { label });
        started = true;
      }
      bar.setTotal(total);
      bar.update(done, { label });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
