// Toast storm and render cost in real Chromium (Debian's), pages built by vite in production mode.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright';
import { build } from 'vite';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { benchDir, log, median, repoRoot, resultsDir } from './common.mjs';
import { serveStatic } from './server.mjs';

/** The storm of the issue: 1,000 errors in one task, 10 distinct codes. */
const STORM_SIZE = 1000;
const KIT_STORM_RUNS = 5;
/**
 * sonner renders every toast and re-measures the stack for each one: 1,000 toasts keep its main
 * thread busy for minutes. One run, cut off here; a 100-call storm gives a measured comparison.
 */
const SONNER_STORM_CAP_MS = 30_000;
const SMALL_STORM_SIZE = 100;
const SMALL_STORM_RUNS = 3;
const RENDER_COUNT = 100;
const RENDER_WARMUP_ROUNDS = 3;
const RENDER_ROUNDS = 12;
const pagesOut = resolve(resultsDir, 'pages');

async function buildPages() {
  const started = performance.now();
  await build({
    configFile: false,
    root: repoRoot,
    base: './',
    mode: 'production',
    logLevel: 'silent',
    publicDir: false,
    plugins: [react()],
    // One React for every library on a page: the root's, the one the kit is tested with.
    resolve: { dedupe: ['react', 'react-dom', 'scheduler'] },
    build: {
      outDir: pagesOut,
      emptyOutDir: true,
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      rollupOptions: {
        input: Object.fromEntries(
          ['toast-kit', 'toast-sonner', 'render'].map((name) => [name, resolve(benchDir, 'pages', `${name}.html`)]),
        ),
      },
    },
  });
  log(`pages built in ${Math.round(performance.now() - started)} ms`);
}

async function openPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(url);
  await page.waitForFunction(() => window.bench !== undefined);
  const cdp = await context.newCDPSession(page);
  const heapBytes = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  // Thread ticks: CPU time of the page's main thread, which other load on the machine does not inflate.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const cpuMs = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? 0) * 1000;
  };
  return { context, page, pageErrors, heapBytes, cpuMs };
}

async function stormOnce(browser, origin, library, size, capMs) {
  const pageName = library === 'kit' ? 'toast-kit' : 'toast-sonner';
  const { context, page, pageErrors, heapBytes, cpuMs } = await openPage(browser, `${origin}/bench/pages/${pageName}.html`);
  const started = performance.now();
  try {
    await page.evaluate(() => window.bench.warmUp());
    const baseline = await heapBytes();
    const cpuBefore = await cpuMs();
    const cut = new Promise((done) => setTimeout(() => done(null), capMs + 2000));
    const result = await Promise.race([page.evaluate(([count, timeoutMs]) => window.bench.storm(count, timeoutMs), [size, capMs]), cut]);
    if (result === null || result.timedOut) {
      // The page's main thread is still busy: nothing more can be read from it.
      log(`storm ${library} ×${size}: not settled after ${capMs} ms`);
      return { settled: false, settleMs: capMs, capMs };
    }
    const cpuAfter = await cpuMs();
    await page.evaluate(() => window.bench.dismissEverything());
    const after = await heapBytes();
    if (pageErrors.length > 0) throw new Error(`${pageName}: ${pageErrors.join('; ')}`);
    log(`storm ${library} ×${size}: ${Math.round(result.settleMs)} ms to settle, run ${Math.round(performance.now() - started)} ms`);
    return {
      settled: true,
      ...result,
      // Main-thread CPU time from the first call to the end of the quiet frames.
      mainThreadMs: cpuAfter - cpuBefore,
      heapBaseline: baseline,
      heapAfter: after,
      heapDelta: after - baseline,
    };
  } finally {
    await context.close();
  }
}

function summarize(list) {
  const settled = list.filter((r) => r.settled);
  if (settled.length === 0) return { settled: false, settleMs: list[0].capMs, runs: list };
  const pick = (field) => median(settled.map((r) => r[field]));
  return {
    settled: settled.length === list.length,
    settleMs: pick('settleMs'),
    callsMs: pick('callsMs'),
    mainThreadMs: pick('mainThreadMs'),
    longTaskMs: pick('longTaskMs'),
    domToasts: Math.max(...settled.map((r) => r.domToasts)),
    heapDeltaBytes: pick('heapDelta'),
    heapDeltaMaxBytes: Math.max(...settled.map((r) => r.heapDelta)),
    runs: list,
  };
}

async function runStorm(browser, origin) {
  const kit = [];
  for (let run = 0; run < KIT_STORM_RUNS; run++) kit.push(await stormOnce(browser, origin, 'kit', STORM_SIZE, SONNER_STORM_CAP_MS));
  const sonner = [await stormOnce(browser, origin, 'sonner', STORM_SIZE, SONNER_STORM_CAP_MS)];
  const small = { kit: [], sonner: [] };
  for (let run = 0; run < SMALL_STORM_RUNS; run++) {
    // Alternate which library goes first, so neither always gets the cooler machine.
    const order = run % 2 === 0 ? ['kit', 'sonner'] : ['sonner', 'kit'];
    for (const library of order) small[library].push(await stormOnce(browser, origin, library, SMALL_STORM_SIZE, SONNER_STORM_CAP_MS));
  }
  return {
    size: STORM_SIZE,
    distinctCodes: 10,
    visibleToasts: 3,
    kit: summarize(kit),
    sonner: summarize(sonner),
    small: { size: SMALL_STORM_SIZE, kit: summarize(small.kit), sonner: summarize(small.sonner) },
  };
}

async function runRender(browser, origin) {
  const { context, page, pageErrors, heapBytes, cpuMs } = await openPage(browser, `${origin}/bench/pages/render.html`);
  try {
    const libraries = await page.evaluate(() => window.bench.libraries);
    const samples = Object.fromEntries(libraries.map((library) => [library, []]));
    for (let round = 0; round < RENDER_WARMUP_ROUNDS + RENDER_ROUNDS; round++) {
      // Rotate the order each round; collect garbage before each sample so no library pays for another's.
      const order = libraries.map((_, i) => libraries[(i + round) % libraries.length]);
      for (const library of order) {
        await heapBytes();
        const cpuBefore = await cpuMs();
        const sample = await page.evaluate(([name, count]) => window.bench.mount(name, count), [library, RENDER_COUNT]);
        const cpuAfter = await cpuMs();
        await page.evaluate(() => window.bench.unmount());
        if (sample.alerts !== RENDER_COUNT) throw new Error(`${library}: ${sample.alerts} alerts rendered, expected ${RENDER_COUNT}`);
        if (round >= RENDER_WARMUP_ROUNDS) samples[library].push({ ...sample, cpuMs: cpuAfter - cpuBefore });
      }
      // The kit loads its provider texts after the first mount: let that finish during warm-up.
      if (round === 0) await page.waitForTimeout(500);
    }
    if (pageErrors.length > 0) throw new Error(`render: ${pageErrors.join('; ')}`);
    log(`render: ${RENDER_ROUNDS} rounds`);
    const round1 = (value) => Math.round(value * 10) / 10;
    return {
      count: RENDER_COUNT,
      rounds: RENDER_ROUNDS,
      results: Object.fromEntries(
        Object.entries(samples).map(([library, list]) => [
          library,
          {
            cpuMs: median(list.map((s) => s.cpuMs)),
            layoutMs: median(list.map((s) => s.layoutMs)),
            commitMs: median(list.map((s) => s.commitMs)),
            domNodes: list[0].nodes,
            samplesCpuMs: list.map((s) => round1(s.cpuMs)),
            samplesLayoutMs: list.map((s) => round1(s.layoutMs)),
          },
        ]),
      ),
    };
  } finally {
    await context.close();
  }
}

export async function runBrowser() {
  const executablePath = findChromium();
  await buildPages();
  const server = await serveStatic(pagesOut);
  const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  try {
    const version = browser.version();
    const storm = await runStorm(browser, server.origin);
    const render = await runRender(browser, server.origin);
    return { chromium: version, storm, render };
  } finally {
    await browser.close();
    await server.close();
  }
}
