// Re-exported for TypeScript callers (vite.config.ts, the sandbox test); the source is shared
// with the benchmarks and the screenshot script.
export { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';
