/**
 * The sandbox, as a newcomer sees it: the built Storybook, served over loopback and opened in
 * real Chromium. One story of every stories file is opened by URL and switched through the
 * toolbar's globals (language, theme), and the interactive scenarios must work: the mock
 * service worker, lazy chunks, the toolbar. Every story in every language and theme is checked
 * by test/browser/stories.test.tsx, which renders the composed stories without page loads.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { chromiumArgs, findChromium } from '../support/chromium.ts';

const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, 'storybook-static');
const LOCALES = ['en-US', 'zh-CN'] as const;
/** A first page load compiles the preview bundle; a busy 2-core machine can take a while. */
const STORY_TIMEOUT_MS = 90_000;
/** How long an interactive check waits for the UI (generous: CI machines are often busy). */
const POLL = { timeout: 30_000, interval: 50 };

// ── Build (or reuse a fresh one) ────────────────────────────────────────────────────────────

/** Newest modification time under `path` (a file or a folder tree), skipping generated folders. */
function newestMtimeMs(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'public') continue;
    newest = Math.max(newest, newestMtimeMs(join(path, entry)));
  }
  return newest;
}

/**
 * A private copy of the sandbox to serve: a snapshot of `storybook-static` when that is newer
 * than every input, else a fresh `npm run build-sandbox` into a temporary folder. Never serving
 * `storybook-static` itself keeps this test safe from a concurrent build that cleans it.
 */
function prepareSandbox(target: string): void {
  const built = join(outDir, 'index.json');
  const inputs = ['src', 'locales', 'stories', '.storybook', 'package.json', 'package-lock.json'].map((name) => join(root, name));
  const sourceTime = Math.max(...inputs.map(newestMtimeMs));
  if (existsSync(built) && existsSync(join(outDir, 'mockServiceWorker.js')) && statSync(built).mtimeMs > sourceTime) {
    try {
      cpSync(outDir, target, { recursive: true });
      if (existsSync(join(target, 'index.json')) && existsSync(join(target, 'iframe.html'))) return;
    } catch {
      // Someone is rebuilding it right now: build our own below.
    }
    rmSync(target, { recursive: true, force: true });
  }
  try {
    // `-o` again: the last one wins, so the npm script stays the single definition of the build.
    // vitest sets NODE_ENV=test, which would bundle React's development build.
    execFileSync('npm', ['run', 'build-sandbox', '--', '-o', target], {
      cwd: root,
      stdio: 'pipe',
      timeout: 180_000,
      env: { ...process.env, NODE_ENV: 'production' },
    });
  } catch (error) {
    const output = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`npm run build-sandbox failed:\n${String(output.stdout ?? '')}\n${String(output.stderr ?? '')}`, { cause: error });
  }
}

// ── Loopback static server ──────────────────────────────────────────────────────────────────

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Where the test serves axe-core from, so Chromium caches its compiled code across pages. */
const AXE_PATH = '/__sandbox-test__/axe.min.js';
const axeFile = join(root, 'node_modules', 'axe-core', 'axe.min.js');

function serveStatic(directory: string): Promise<Server> {
  const server = createServer((request, response) => {
    let pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    // Browsers ask for /favicon.ico on their own; Storybook ships an SVG one.
    if (pathname === '/favicon.ico') pathname = '/favicon.svg';
    if (pathname === AXE_PATH) {
      response.writeHead(200, { 'Content-Type': MIME_TYPES['.js'] as string, 'Cache-Control': 'public, max-age=3600, immutable' });
      createReadStream(axeFile).pipe(response);
      return;
    }
    const file = normalize(join(directory, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    if (!file.startsWith(directory + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    // Hashed assets may be cached (and their compiled code reused by V8) across story pages.
    const cacheable = pathname.startsWith('/assets/') || pathname.startsWith('/sb-');
    response.writeHead(200, {
      'Content-Type': MIME_TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': cacheable ? 'public, max-age=3600, immutable' : 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

// ── Page helpers ────────────────────────────────────────────────────────────────────────────

interface IndexEntry {
  readonly id: string;
  readonly title: string;
  readonly name: string;
  readonly type: string;
}

interface Visit {
  readonly page: Page;
  /** Problems seen so far: console errors, page errors. */
  readonly problems: string[];
  /** Console errors that a scenario expects (a mocked 403 logs "Failed to load resource"). */
  mockedFailuresAllowed: boolean;
}

/** Opens the preview frame (Storybook's iframe.html) on a first story, in one language. */
async function openPreview(context: BrowserContext, baseUrl: string, id: string, locale: string): Promise<Visit> {
  const page = await context.newPage();
  const visit: Visit = { page, problems: [], mockedFailuresAllowed: false };
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    // Chromium logs every non-2xx response; the Upload form's mock server sends them on purpose.
    if (visit.mockedFailuresAllowed && message.location().url.includes('/api/vod/upload')) return;
    visit.problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => visit.problems.push(`page error: ${error.message}`));
  // No need to wait for `load` (fonts, icons): the story's own render phase is what counts.
  await page.goto(`${baseUrl}/iframe.html?id=${id}&viewMode=story&globals=locale:${locale}`, {
    waitUntil: 'domcontentloaded',
    timeout: STORY_TIMEOUT_MS,
  });
  await waitForStory(page, id);
  return visit;
}

/**
 * Shows another story in the same preview frame, the way the Storybook manager does when a
 * reader picks one in the sidebar: no page load, so the preview bundle is compiled once.
 */
async function showStory(visit: Visit, id: string, locale: string): Promise<void> {
  visit.mockedFailuresAllowed = false;
  await emit(visit.page, 'setCurrentStory', { storyId: id, viewMode: 'story' });
  await waitForStory(visit.page, id);
  await switchGlobals(visit.page, locale, 'light');
}

async function emit(page: Page, event: string, payload: unknown): Promise<void> {
  await page.evaluate(
    ([name, data]) => {
      const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: { emit(event: string, payload: unknown): void } }).__STORYBOOK_ADDONS_CHANNEL__;
      channel.emit(name as string, data);
    },
    [event, payload] as const,
  );
}

async function waitForStory(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (storyId) => {
      const preview = (window as unknown as { __STORYBOOK_PREVIEW__?: { storyRenders: Array<{ id: string; phase?: string }> } }).__STORYBOOK_PREVIEW__;
      const phase = preview?.storyRenders.find((render) => render.id === storyId)?.phase;
      return (
        phase === 'finished' || phase === 'completed' || phase === 'errored' || phase === 'aborted' || document.body.classList.contains('sb-show-errordisplay')
      );
    },
    id,
    { timeout: STORY_TIMEOUT_MS, polling: 50 },
  );
}

/**
 * Lets effects settle: toasts posted on mount, fake requests (300 ms) that end in an alert.
 * Stories without a kit surface (Catalog, Upload form) just wait out the short limit.
 */
async function settle(page: Page): Promise<void> {
  await page
    .waitForFunction(() => document.querySelector('[data-vod-alert], [data-vod-toast], [data-vod-dialog]') !== null, undefined, { timeout: 500, polling: 50 })
    .catch(() => undefined);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

async function renderFailure(page: Page): Promise<string | null> {
  return page.evaluate(() =>
    document.body.classList.contains('sb-show-errordisplay')
      ? `Storybook error display: ${document.querySelector('#error-message')?.textContent ?? ''} ${document.querySelector('#error-stack')?.textContent?.slice(0, 400) ?? ''}`
      : null,
  );
}

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null | undefined;
  readonly help: string;
  readonly targets: string[];
}

/** axe on the story root plus the kit's portaled surfaces (toaster region, open dialogs). */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: AXE_PATH });
  return page.evaluate(async () => {
    const include = [
      document.querySelector('#storybook-root'),
      ...document.querySelectorAll('[data-vod-toaster], [data-vod-dialog]'),
    ].filter((element): element is Element => element !== null);
    const result = await window.axe.run({ include }, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
  });
}

/** Everything wrong with the page right now; each problem is reported once. */
async function checkPage(visit: Visit, label: string, locale?: string): Promise<string[]> {
  const failures = visit.problems.splice(0).map((problem) => `${label}: ${problem}`);
  if (locale !== undefined) {
    const lang = await visit.page.evaluate(() => document.documentElement.lang);
    if (lang !== locale) failures.push(`${label}: page language is ${lang}`);
  }
  const failure = await renderFailure(visit.page);
  if (failure !== null) failures.push(`${label}: ${failure}`);
  for (const violation of await axeViolations(visit.page)) {
    failures.push(`${label}: axe ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} → ${violation.targets.join(', ')}`);
  }
  return failures;
}

/** Switches the toolbar's language and theme the way the Storybook manager does, and waits. */
async function switchGlobals(page: Page, locale: string, theme: 'light' | 'dark'): Promise<void> {
  await emit(page, 'updateGlobals', { globals: { locale, theme } });
  await page.waitForFunction(
    (expected) => document.documentElement.lang === expected.locale && document.documentElement.dataset.sandboxTheme === expected.theme,
    { locale, theme },
    { timeout: STORY_TIMEOUT_MS, polling: 50 },
  );
}

// ── The tests ───────────────────────────────────────────────────────────────────────────────

declare global {
  interface Window {
    axe: typeof axe;
  }
}

// One preview frame for every test, in order: each story is shown the way the manager shows it,
// so the preview bundle is loaded and compiled once, which keeps this steady on a busy machine.
describe('sandbox (built Storybook in Chromium)', () => {
  let server: Server;
  let browser: Browser;
  let visit: Visit;
  let baseUrl = '';
  let stories: IndexEntry[] = [];

  /** The private copy being served (made in beforeAll, so a filtered-out run leaves nothing). */
  let served = '';

  beforeAll(async () => {
    served = mkdtempSync(join(tmpdir(), 'vod-sandbox-test-'));
    prepareSandbox(served);
    const index = JSON.parse(readFileSync(join(served, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> };
    stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
    server = await serveStatic(served);
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
    // Reduced motion: no entry animations, so axe measures final colours.
    const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
    visit = await openPreview(context, baseUrl, 'components-voderroralert--alibaba-forbidden-ram', 'en-US');
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    if (served !== '') rmSync(served, { recursive: true, force: true });
  });

  it('has stories for every component, the hook and each scenario', ({ expect }) => {
    const titles = new Set(stories.map((story) => story.title));
    for (const title of [
      'Components/VodErrorAlert',
      'Components/VodErrorToaster',
      'Components/VodErrorDialog',
      'Hooks/useVodError',
      'Scenarios/Playground',
      'Scenarios/Upload form',
      'Scenarios/Toast storm',
      'Reference/Catalog browser',
    ]) {
      expect(titles, title).toContain(title);
    }
  });

  it('shows one story of each file, then switches language and theme through the toolbar', async ({ expect }) => {
    // One story per stories file (each loads its own lazy chunk), shown in one language (light
    // theme), then switched to the other language and the dark theme as a reader would.
    const firstOfEachFile = [...new Map(stories.map((story) => [story.title, story])).values()];
    const failures: string[] = [];
    for (const [index, story] of firstOfEachFile.entries()) {
      const first = LOCALES[index % 2] as string;
      const second = LOCALES[(index + 1) % 2] as string;
      await showStory(visit, story.id, first);
      await settle(visit.page);
      failures.push(...(await checkPage(visit, `${story.id} [${first}]`, first)));
      await switchGlobals(visit.page, second, 'dark');
      await settle(visit.page);
      failures.push(...(await checkPage(visit, `${story.id} [${second}, dark, switched]`, second)));
    }
    expect(failures).toEqual([]);
    expect(firstOfEachFile.length).toBeGreaterThanOrEqual(8);
  }, 300_000);

  it('Upload form: mocked provider failures reach the alert, and Retry recovers', async ({ expect }) => {
    await showStory(visit, 'scenarios-upload-form--upload-form', 'en-US');
    visit.mockedFailuresAllowed = true;
    const { page } = visit;
    try {
      await page.getByRole('button', { name: 'Use a sample file (6 MB)' }).click();
      const scenario = page.getByLabel('The server answers with');
      const upload = page.getByRole('button', { name: 'Upload', exact: true });
      const alert = page.locator('[data-vod-alert]');

      // Alibaba 403 Forbidden.RAM on CreateUploadVideo; the RequestId comes from the body.
      await upload.click();
      await expect.poll(() => alert.getAttribute('data-category'), POLL).toBe('permission');
      await expect.poll(() => alert.getAttribute('data-provider'), POLL).toBe('aliyun');
      expect(await alert.locator('[data-vod-part="request-id"]').textContent()).toBe('5C2A8B3D-7E1F-4A60-9B2C-3D4E5F6A7B8C');
      expect(await checkPage(visit, 'upload form with alert')).toEqual([]);
      // A permission error: retrying cannot help, so the alert offers no Retry.
      expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(0);

      // Alibaba 400 Throttling.User on part 2, retryable. "Fail only the first attempt" is on:
      // Retry uploads all six parts and commits.
      await scenario.selectOption('aliyun-throttling');
      await upload.click();
      await expect.poll(() => alert.getAttribute('data-category'), POLL).toBe('rate-limit');
      expect(await alert.getAttribute('data-retryable')).toBe('true');
      await alert.getByRole('button', { name: 'Try again' }).click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Uploaded. VideoId' }).count(), POLL).toBe(1);
      expect(await page.locator('progress').getAttribute('value')).toBe('100');

      // Tencent API 3.0: HTTP 200 with FailedOperation.UploadCosFail on CommitUpload.
      await scenario.selectOption('tencent-upload-cos-fail');
      await upload.click();
      await expect.poll(() => alert.getAttribute('data-provider'), POLL).toBe('tencent');
      expect(await alert.getAttribute('data-category')).toBe('server');

      // Huawei 429 VOD.10127 on part 2: the RequestId only travels in the X-Request-Id header.
      await scenario.selectOption('huawei-rate-limit');
      await upload.click();
      await expect.poll(() => alert.getAttribute('data-category'), POLL).toBe('rate-limit');
      expect(await alert.locator('[data-vod-part="request-id"]').textContent()).toBe('0c9b8a7f6e5d4c3b2a1908f7e6d5c4b3');

      // The connection drops on part 3: TypeError: Failed to fetch.
      await scenario.selectOption('network-error');
      await upload.click();
      await expect.poll(() => alert.getAttribute('data-category'), POLL).toBe('network');

      // Part 1 never answers: AbortSignal.timeout() gives up after 3 s.
      await scenario.selectOption('timeout');
      await upload.click();
      await expect.poll(() => alert.getAttribute('data-category'), POLL).toBe('timeout');

      // The user cancels a running upload: an AbortError, shown as a notice, not an error.
      await scenario.selectOption('success');
      await upload.click();
      await page.getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => alert.getAttribute('data-category'), POLL).toBe('aborted');
      expect(await alert.getAttribute('role')).toBe('status');

      expect(visit.problems).toEqual([]);
    } finally {
      visit.problems.length = 0;
    }
  }, 120_000);

  it('Toast storm: 1000 errors in one tick coalesce and queue', async ({ expect }) => {
    await showStory(visit, 'scenarios-toast-storm--toast-storm', 'zh-CN');
    const { page } = visit;
    try {
      await page.getByRole('button', { name: '发出 1000 个' }).click();
      await expect.poll(() => page.locator('[data-vod-toast]').count(), POLL).toBe(3);
      // Mixed codes from every sample: one toast per distinct error, each with its count.
      await expect.poll(() => page.locator('[data-vod-part="queue"]').textContent(), POLL).toMatch(/\d+/);
      expect(await page.locator('[data-vod-part="count"]').count()).toBeGreaterThan(0);
      expect(await checkPage(visit, 'toast storm after 1000')).toEqual([]);
    } finally {
      visit.problems.length = 0;
    }
  }, 90_000);

  it('Playground: a pasted status code becomes a model and all three surfaces', async ({ expect }) => {
    await showStory(visit, 'scenarios-playground--playground', 'en-US');
    const { page } = visit;
    try {
      await page.getByLabel('Caught value').fill('503');
      await expect.poll(() => page.getByTestId('normalized-model').textContent(), POLL).toContain('"code": "HTTP.503"');
      await expect.poll(() => page.locator('#storybook-root [data-vod-alert]').getAttribute('data-category'), POLL).toBe('unavailable');
      await expect.poll(() => page.locator('[data-vod-toast]').getAttribute('data-category'), POLL).toBe('unavailable');
      await page.getByRole('button', { name: 'Open dialog' }).click();
      await expect.poll(() => page.getByRole('dialog').getAttribute('data-category'), POLL).toBe('unavailable');
      expect(await checkPage(visit, 'playground with dialog')).toEqual([]);
    } finally {
      visit.problems.length = 0;
    }
  }, 90_000);

  it('Alert: Details opens the lazily loaded dialog', async ({ expect }) => {
    await showStory(visit, 'components-voderroralert--alibaba-forbidden-ram', 'zh-CN');
    const { page } = visit;
    try {
      await page.getByRole('button', { name: '详情' }).click();
      const dialog = page.getByRole('dialog');
      await expect.poll(() => dialog.count(), POLL).toBe(1);
      expect(await dialog.textContent()).toContain('vod.cn-shanghai.aliyuncs.com');
      expect(await checkPage(visit, 'alert details dialog')).toEqual([]);
    } finally {
      visit.problems.length = 0;
    }
  }, 90_000);
});
