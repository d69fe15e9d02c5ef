#!/usr/bin/env node
// Runs `npm test` several times in a row while every core is kept busy by a spinning worker, and
// prints each run's result and duration: the suite must pass every time on a busy machine, with
// no retries configured to hide flakiness.
//
//   node scripts/suite-under-load.mjs [runs=3]
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

const runs = Number(process.argv[2] ?? 3);
const cores = availableParallelism();

// Each worker spins for as long as the runs last; terminate() stops it.
const spin = 'for (;;) { Math.sqrt(Math.random()); }';
const load = Array.from({ length: cores }, () => new Worker(spin, { eval: true }));

const results = [];
try {
  for (let run = 1; run <= runs; run++) {
    const started = Date.now();
    const { status } = spawnSync('npm', ['test'], { stdio: ['ignore', 'ignore', 'inherit'] });
    const seconds = (Date.now() - started) / 1000;
    results.push({ run, passed: status === 0, seconds });
    console.log(`run ${run}/${runs}: ${status === 0 ? 'passed' : `FAILED (exit ${status})`} in ${seconds.toFixed(1)} s`);
  }
} finally {
  await Promise.all(load.map((worker) => worker.terminate()));
}

const passed = results.filter((result) => result.passed).length;
console.log(`${passed} passed, ${results.length - passed} failed (${cores} busy cores in the background)`);
process.exitCode = passed === results.length ? 0 : 1;
