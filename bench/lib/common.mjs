import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';

/** bench/ */
export const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The repository root: the kit's sources, and the root's node_modules (vite, rolldown, react, playwright). */
export const repoRoot = resolve(benchDir, '..');
/** Intermediate files (gitignored). */
export const resultsDir = resolve(benchDir, '.results');
mkdirSync(resultsDir, { recursive: true });

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Formats a byte count as KB (1 KB = 1024 bytes), two decimals. */
export const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

export function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}
