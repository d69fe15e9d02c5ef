#!/usr/bin/env node
// The long fuzz run: the same properties as `npm test`'s test/fuzz suite, scaled to
// FUZZ_RUNS (default 1,000,000 normalize inputs, plus the redaction, report and format suites
// scaled alike). Prints the figures per category and the total. Takes several minutes.
//
//   npm run fuzz:long                        # 1,000,000 inputs, fresh seed
//   FUZZ_RUNS=200000 npm run fuzz:long       # a shorter run
//   FUZZ_SEED=123456 npm run fuzz:long       # replay a seed a run printed
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = process.env.FUZZ_RUNS ?? '1000000';
const scratch = mkdtempSync(join(tmpdir(), 'vod-fuzz-'));
const report = join(scratch, 'figures.jsonl');

const started = Date.now();
const result = spawnSync(
  process.execPath,
  [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'node', 'test/fuzz/normalize.fuzz.test.ts'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: runs, FUZZ_REPORT: report } },
);
const elapsedS = (Date.now() - started) / 1000;

let rows = [];
try {
  rows = readFileSync(report, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
} catch {
  // no figures: the run failed before recording them
}
rmSync(scratch, { recursive: true, force: true });

const total = (suite) => rows.filter((row) => row.suite === suite).reduce((sum, row) => sum + row.inputs, 0);
const suites = [...new Set(rows.map((row) => row.suite))];
console.log(`\nLong fuzz run: FUZZ_RUNS=${runs}, seed ${rows[0]?.seed ?? '?'}, ${elapsedS.toFixed(0)} s wall time, exit code ${result.status}`);
for (const row of rows) {
  console.log(`  ${row.suite.padEnd(18)} ${String(row.inputs).padStart(9)} inputs  max ${String(row.maxMs).padStart(7)} ms  ${row.category}`);
}
for (const suite of suites) console.log(`  total ${suite}: ${total(suite)}`);
console.log(`  total inputs: ${rows.reduce((sum, row) => sum + row.inputs, 0)}`);
process.exit(result.status ?? 1);
