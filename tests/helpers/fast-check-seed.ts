/**
 * One fast-check seed per test run, logged and settable: `FC_SEED=123 npm test` replays a run.
 * By default the seed is the day's date (YYYYMMDD), so a day's runs agree and every day explores
 * new cases. A failing property prints its seed and path too (fast-check's own report).
 */
import fc from 'fast-check';

const today = new Date();
const seed =
  process.env.FC_SEED !== undefined
    ? Number(process.env.FC_SEED)
    : today.getUTCFullYear() * 10000 + (today.getUTCMonth() + 1) * 100 + today.getUTCDate();
if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, got ${process.env.FC_SEED}`);
fc.configureGlobal({ seed });
if (!(globalThis as { __fcSeedLogged?: boolean }).__fcSeedLogged) {
  (globalThis as { __fcSeedLogged?: boolean }).__fcSeedLogged = true;
  process.stderr.write(`fast-check seed ${seed} (replay: FC_SEED=${seed})\n`);
}
