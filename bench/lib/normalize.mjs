import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { rolldown } from 'rolldown';
import { benchDir, log, repoRoot, resultsDir } from './common.mjs';

/** Bundles the core from source (rolldown) and runs the speed bench in a fresh Node process. */
export async function runNormalize() {
  const started = performance.now();
  const coreFile = resolve(resultsDir, 'core.mjs');
  const bundle = await rolldown({ input: resolve(repoRoot, 'src/core/index.ts'), platform: 'node', logLevel: 'silent' });
  await bundle.write({ file: coreFile, format: 'esm' });
  await bundle.close();
  const output = execFileSync(process.execPath, [resolve(benchDir, 'lib/normalize-bench.mjs'), coreFile], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  log(`normalize: ${Math.round(performance.now() - started)} ms`);
  return JSON.parse(output);
}
