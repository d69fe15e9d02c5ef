// How many inputs each fuzz suite tries, and where their figures go. Node only.
import { appendFileSync } from 'node:fs';

/** Inputs a default `npm test` run tries in total across normalize categories. */
export const DEFAULT_NORMALIZE_RUNS = 10_000;

/**
 * `FUZZ_RUNS` scales every suite (the long run sets it to 1,000,000); by default the
 * normalize categories add up to just over 10,000.
 */
export const FUZZ_RUNS = (() => {
  const asked = Number(process.env.FUZZ_RUNS ?? DEFAULT_NORMALIZE_RUNS);
  return Number.isFinite(asked) && asked >= 1 ? Math.floor(asked) : DEFAULT_NORMALIZE_RUNS;
})();

/** Runs for one category that has `share` of the default budget. Never fewer than `minimum`. */
export function runsFor(defaultRuns: number, minimum = 1): number {
  return Math.max(minimum, Math.round((defaultRuns * FUZZ_RUNS) / DEFAULT_NORMALIZE_RUNS));
}

/** Per-test timeout that grows with the number of runs (2 ms an input, 30 s at least). */
export function timeoutFor(runs: number, msPerInput = 2): number {
  return Math.max(30_000, runs * msPerInput);
}

/** A seed per run, printed so a failure can be replayed with FUZZ_SEED=… */
export const FUZZ_SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;

export interface CategoryFigures {
  readonly suite: string;
  readonly category: string;
  readonly inputs: number;
  readonly maxMs: number;
  readonly meanMs: number;
  readonly remeasured: number;
}

/** Prints a suite's figures and, when FUZZ_REPORT names a file, appends them to it as JSON lines. */
export function recordFigures(figures: readonly CategoryFigures[]): void {
  const rows = figures.map((row) => ({ ...row, maxMs: Number(row.maxMs.toFixed(2)), meanMs: Number(row.meanMs.toFixed(4)) }));
  console.log(`fuzz figures (seed ${FUZZ_SEED}, FUZZ_RUNS ${FUZZ_RUNS}):\n${rows.map((row) => `  ${row.suite} | ${row.category}: ${row.inputs} inputs, max ${row.maxMs} ms, mean ${row.meanMs} ms${row.remeasured ? `, ${row.remeasured} re-measured` : ''}`).join('\n')}`);
  const file = process.env.FUZZ_REPORT;
  if (file) appendFileSync(file, rows.map((row) => `${JSON.stringify({ ...row, seed: FUZZ_SEED })}\n`).join(''));
}
