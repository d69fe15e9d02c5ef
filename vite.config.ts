/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vite';
import { chromiumArgs, findChromium } from './test/support/chromium.ts';
import { LongChainsFirstSequencer } from './test/support/sequencer.ts';

const root = import.meta.dirname;

const NODE_TESTS = ['test/core/**/*.test.ts', 'test/i18n/**/*.test.ts', 'test/package/**/*.test.ts', 'test/contract/**/*.test.ts', 'test/relay/**/*.test.ts', 'test/fuzz/**/*.test.ts', 'test/sandbox/**/*.test.ts'];
/** Node tests that mock a kit module or count the kit's resource loads: a fresh process each. */
const NODE_TESTS_ISOLATED = ['test/i18n/engine.test.ts', 'test/i18n/instance.test.ts'];
/** jsdom tests that mock a kit module (vi.mock): a fresh process each. */
const JSDOM_TESTS_ISOLATED = ['test/react/failures.test.tsx', 'test/react/kit-boundary.test.tsx'];

/** Browser tests that only render and inspect: no keyboard, mouse or clipboard (see below). */
const RENDER_ONLY_BROWSER_TESTS = ['test/browser/stories.test.tsx', 'test/browser/xss.test.tsx'];

// Browser tests run in Debian's Chromium; resolve it only when a browser project will run.
function browserProvider() {
  return playwright({
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
    contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
  });
}

export default defineConfig({
  plugins: [react()],
  build: {
    lib: {
      entry: {
        index: resolve(root, 'src/index.ts'),
        core: resolve(root, 'src/core/index.ts'),
        i18n: resolve(root, 'src/i18n/index.ts'),
        react: resolve(root, 'src/react/index.ts'),
        server: resolve(root, 'src/server/index.ts'),
      },
      formats: ['es'],
    },
    sourcemap: true,
    minify: false,
    cssCodeSplit: false,
    rollupOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^i18next($|\/)/, /^@radix-ui\//],
      output: {
        // One file per module: apps' bundlers then tree-shake per component and keep the
        // dialog a lazy chunk (a single bundle would inline it into every import).
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: (asset) => (asset.names?.[0]?.endsWith('.css') ? 'styles.css' : 'assets/[name][extname]'),
      },
    },
  },
  test: {
    globals: true,
    // Vitest's default on 2 cores is one worker, so a node test that mostly waits (the sandbox
    // build and its Chromium, the SDK contracts on loopback) holds up every other file. Three
    // let waiting files overlap; the browser project keeps its own single page (below).
    maxWorkers: 3,
    // A hang detector, not a speed limit: with the browser lanes beside the node and jsdom
    // workers, a busy 2-core machine stretched a jsdom test's first render and axe scan past
    // vitest's 5 s default (scripts/suite-under-load.mjs).
    testTimeout: 30_000,
    sequence: { sequencer: LongChainsFirstSequencer },
    projects: [
      // Most files share their worker's imports (isolate: false): a fresh process per file
      // spent more time loading jsdom, React and the SDKs than running tests. Vitest then resets
      // nothing between files, so files that replace a module (vi.mock) or count how often the
      // kit loads its texts get a fresh process each, in the "-isolated" projects.
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          isolate: false,
          include: NODE_TESTS,
          exclude: NODE_TESTS_ISOLATED,
        },
      },
      {
        extends: true,
        test: {
          name: 'node-isolated',
          environment: 'node',
          include: NODE_TESTS_ISOLATED,
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          isolate: false,
          include: ['test/react/**/*.test.{ts,tsx}'],
          exclude: JSDOM_TESTS_ISOLATED,
          setupFiles: ['test/support/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom-isolated',
          environment: 'jsdom',
          include: JSDOM_TESTS_ISOLATED,
          setupFiles: ['test/support/setup-dom.ts'],
        },
      },
      {
        extends: true,
        // Pre-bundle what the browser tests import: CI starts with an empty Vite cache, and a
        // dependency discovered mid-run reloads the page (and can load React twice).
        optimizeDeps: {
          include: [
            'react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client', 'react-dom/server',
            'i18next', '@radix-ui/react-dialog', '@radix-ui/react-dismissable-layer',
            '@testing-library/react', '@testing-library/user-event', 'axe-core',
            '@storybook/react-vite', 'storybook/test', 'msw', 'msw/browser',
            // Design-system recipes (test/browser/integrations.test.tsx).
            'antd', 'antd/locale/en_US', 'antd/locale/zh_CN', 'sonner', '@mui/material/Alert', '@mui/material/AlertTitle', '@mui/material/Button',
            '@mui/material/CssBaseline', '@mui/material/Snackbar', '@mui/material/Stack', '@mui/material/styles',
          ],
        },
        test: {
          name: 'chromium',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['test/support/setup-browser.ts'],
          browser: {
            enabled: true,
            headless: true,
            // One test file at a time per browser: keyboard focus, the real mouse and the
            // clipboard are shared by everything in one Chromium. Said here rather than with
            // `maxWorkers: 1`: vitest runs a project whose maxWorkers is 1 in a group of its own
            // after every other file, so the browser files would wait for the node and jsdom ones.
            fileParallelism: false,
            screenshotFailures: false,
            // Only under vitest: `vite build` and Storybook load this file too and need no browser.
            provider: process.env.VITEST ? browserProvider() : undefined,
            // Two Chromium processes (one Vite server, deps optimized once), each running its
            // files one at a time: the render-only checks (every story, every XSS payload), which
            // never type, click or copy, beside the files that drive the keyboard, mouse and
            // clipboard. One lane would be the longest chain of the suite.
            instances: [
              { browser: 'chromium', name: 'chromium (interaction)', include: ['test/browser/**/*.test.{ts,tsx}'], exclude: RENDER_ONLY_BROWSER_TESTS },
              { browser: 'chromium', name: 'chromium (render)', include: RENDER_ONLY_BROWSER_TESTS },
            ],
          },
        },
      },
    ],
  },
});
