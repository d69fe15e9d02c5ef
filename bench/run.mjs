// `npm run bench`: the kit beside its peers, measured in one run with one method per question.
// Prints one markdown table (paste it into the README's "Performance" section) and writes
// bench/results.json. Benchmarks report; they do not pass or fail on their targets.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { runBrowser } from './lib/browser.mjs';
import { benchDir, kb, log } from './lib/common.mjs';
import { runNormalize } from './lib/normalize.mjs';
import { runSizes } from './lib/sizes.mjs';
import { renderTable } from './lib/table.mjs';

const started = performance.now();
const load = [loadavg()[0]];
const results = {
  date: new Date().toISOString(),
  environment: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model },
};

results.sizes = await runSizes();
load.push(loadavg()[0]);
results.normalize = await runNormalize();
load.push(loadavg()[0]);
let browserError;
try {
  results.browser = await runBrowser();
} catch (error) {
  browserError = error;
  results.browser = { error: String(error?.message ?? error) };
}
load.push(loadavg()[0]);
results.environment.chromium = results.browser.chromium;
// Other work on the machine inflates the browser timings: keep the load beside them.
results.environment.loadAverage1m = load.map((value) => Math.round(value * 100) / 100);
results.wallSeconds = Math.round((performance.now() - started) / 100) / 10;

const table = renderTable(results);
results.table = table;
writeFileSync(resolve(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`${table}\n`);
log(`wrote bench/results.json; core ${kb(results.sizes.kitCore.gzip)}; ${results.wallSeconds} s`);
if (browserError) {
  // A missing browser is an environment error, not a result: say so and fail the command.
  log(`browser benchmarks did not run: ${browserError.message ?? browserError}`);
  process.exitCode = 1;
}
