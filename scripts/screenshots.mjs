#!/usr/bin/env node
/**
 * README screenshots from the real built sandbox, rendered by headless Chromium into
 * docs/screenshots/*.png (about 800 px wide): the alert, a toast and the dialog in en-US and
 * zh-CN, light and dark pages, compact, honest actions, a 375 px touch phone, and the antd,
 * sonner and MUI recipes; plus overview.png, the first three side by side (English | 简体中文).
 *
 *   node scripts/screenshots.mjs            # builds the sandbox first if it is missing
 *   node scripts/screenshots.mjs --build    # always rebuild it
 *   node scripts/screenshots.mjs --only=alert,phone-dialog   # retake some shots
 *
 * Needs Debian's Chromium (`apt-get install chromium`, or CHROMIUM_PATH) and a CJK font for
 * the zh-CN shots (`apt-get install fonts-noto-cjk`).
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright';
import { chromiumArgs, findChromium } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const staticDir = join(root, 'storybook-static');
const outDir = join(root, 'docs', 'screenshots');
/** Width of every PNG, in device pixels. */
const TARGET_WIDTH_PX = 800;
/** Space kept around the captured element, in CSS pixels. */
const MARGIN_PX = 16;

function assertCjkFont() {
  let families;
  try {
    families = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  } catch {
    return; // No fontconfig (not Linux): trust the system fonts.
  }
  if (families.trim() === '') {
    throw new Error('No Chinese font installed: zh-CN screenshots would show empty boxes. Install one with `apt-get install -y fonts-noto-cjk`.');
  }
}

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

function serve(directory) {
  const server = createServer((request, response) => {
    let pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (pathname === '/favicon.ico') pathname = '/favicon.svg';
    const file = normalize(join(directory, pathname));
    if (!file.startsWith(directory + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': MIME_TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/**
 * What to capture: a story and the element to frame (toast stories keep their toasts open).
 * `theme` is the sandbox toolbar's (light unless said); `phone` captures the whole 375 px
 * viewport of a touch screen (coarse pointer) instead of one element; `overview: false` keeps a
 * shot out of overview.png; `locales` narrows the languages.
 */
const shots = [
  { name: 'alert', story: 'components-voderroralert--alibaba-forbidden-ram', selector: '[data-vod-alert]', viewport: { width: 720, height: 600 } },
  { name: 'toast', story: 'components-voderrortoaster--with-retry-and-action', selector: '[data-vod-toaster] ol', viewport: { width: 760, height: 720 } },
  // The dialog focuses its close button on open; its focus ring is dropped for the picture.
  // In the overview the dialog is framed tight: a narrow viewport leaves only slivers of overlay.
  { name: 'dialog', story: 'components-voderrordialog--alibaba-forbidden-ram', selector: '[data-vod-dialog]', viewport: { width: 760, height: 1100 }, blur: true, overviewMargin: 0 },
  // Dark page: the sandbox paints its canvas dark and the kit follows the page.
  { name: 'alert-dark', story: 'components-voderroralert--all-severities', selector: '.sandbox-stack', viewport: { width: 760, height: 900 }, theme: 'dark', overview: false },
  { name: 'dialog-dark', story: 'components-voderrordialog--huawei-asset-not-found', selector: '[data-vod-dialog]', viewport: { width: 760, height: 1100 }, theme: 'dark', blur: true, overview: false },
  { name: 'honest-actions', story: 'components-voderroralert--honest-actions', selector: '.sandbox-stack', viewport: { width: 760, height: 1000 }, overview: false, locales: ['en-US'] },
  { name: 'compact', story: 'components-voderroralert--compact', selector: '[data-vod-alert]', viewport: { width: 760, height: 400 }, overview: false },
  // A 375 px phone with a coarse pointer: RequestId shortened in the middle, 44 px targets, the
  // dialog as a bottom sheet with its actions in view.
  { name: 'phone-alert', story: 'components-voderroralert--alibaba-forbidden-ram', viewport: { width: 375, height: 667 }, phone: true, overview: false },
  { name: 'phone-dialog', story: 'components-voderrordialog--alibaba-forbidden-ram', viewport: { width: 375, height: 667 }, phone: true, blur: true, overview: false },
  // Design-system recipes (stories/integrations).
  { name: 'antd', story: 'integrations-antd--alert', selector: '.sandbox-stack', viewport: { width: 760, height: 700 }, overview: false },
  { name: 'sonner', story: 'integrations-sonner--toast', selector: '[data-sonner-toast]', viewport: { width: 760, height: 500 }, overview: false, settleMs: 600 },
  { name: 'mui', story: 'integrations-mui--alert', selector: '.sandbox-stack', viewport: { width: 760, height: 700 }, overview: false, settleMs: 400 },
];
const locales = ['en-US', 'zh-CN'];

async function main() {
  assertCjkFont();
  if (process.argv.includes('--build') || !existsSync(join(staticDir, 'index.json'))) {
    execFileSync('npm', ['run', 'build-sandbox'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  }
  mkdirSync(outDir, { recursive: true });
  const server = await serve(staticDir);
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    const tiles = [];
    // `--only alert,phone-dialog`: retake some shots (the overview is then left as it is).
    const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
    for (const shot of shots) {
      if (only !== undefined && !only.includes(shot.name)) continue;
      for (const locale of shot.locales ?? locales) {
        const file = join(outDir, `${shot.name}-${locale}.png`);
        if (shot.phone) {
          await capturePhone(browser, baseUrl, shot, locale, file);
          console.log(`wrote ${file.slice(root.length + 1)}`);
          continue;
        }
        // One PNG per component and language, scaled to ~800 px wide.
        await capture(browser, baseUrl, shot, locale, { viewport: shot.viewport, width: TARGET_WIDTH_PX, path: file });
        console.log(`wrote ${file.slice(root.length + 1)}`);
        if (shot.overview === false) continue;
        // The overview's tile: a phone-width viewport at 1:1 scale, so every part of the
        // overview has the same text size and stays readable in a README.
        const viewport = { width: OVERVIEW_COLUMN_PX, height: 1400 };
        tiles.push({ name: shot.name, png: await capture(browser, baseUrl, shot, locale, { viewport, scale: OVERVIEW_SCALE, margin: shot.overviewMargin }) });
      }
    }
    if (only === undefined) await writeOverview(browser, tiles);
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * Screenshots `shot.selector` with a margin. Either at a fixed `scale`, or at whatever scale
 * makes the image `width` device pixels wide (measured in a first pass). Returns the PNG.
 */
async function capture(browser, baseUrl, shot, locale, { viewport, width, scale, path, margin = MARGIN_PX }) {
  let deviceScaleFactor = scale ?? 1;
  if (width !== undefined) {
    const measure = await browser.newContext({ viewport, reducedMotion: 'reduce' });
    const box = await boxOf(await measure.newPage(), baseUrl, shot, locale);
    await measure.close();
    deviceScaleFactor = width / (box.width + 2 * margin);
  }
  const context = await browser.newContext({ viewport, deviceScaleFactor, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    const box = await boxOf(page, baseUrl, shot, locale);
    return await page.screenshot({
      path,
      clip: { x: Math.max(0, box.x - margin), y: Math.max(0, box.y - margin), width: box.width + 2 * margin, height: box.height + 2 * margin },
    });
  } finally {
    await context.close();
  }
}

/** The whole screen of a phone: 375 px wide, touch (coarse pointer), at 2x like the real thing. */
async function capturePhone(browser, baseUrl, shot, locale, path) {
  const context = await browser.newContext({ viewport: shot.viewport, deviceScaleFactor: 2, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    await open(page, baseUrl, shot, locale);
    await page.waitForSelector('[data-vod-alert], [data-vod-dialog]', { state: 'visible', timeout: 30_000 });
    await settle(page, shot);
    await page.screenshot({ path });
  } finally {
    await context.close();
  }
}

/**
 * Width of one overview column (a narrow viewport), in CSS pixels: the narrowest at which the
 * alert keeps "RequestId <id> Copy" on one line.
 */
const OVERVIEW_COLUMN_PX = 480;
/** Device pixels per CSS pixel in the overview: sharp on HiDPI screens, under ~500 KB. */
const OVERVIEW_SCALE = 1.5;

/** English | 简体中文, one row per component, every tile at the same 1:1 scale. */
async function writeOverview(browser, tiles) {
  const cells = tiles
    .map(({ name, png }) => `<div class="cell ${name}"><img alt="" src="data:image/png;base64,${png.toString('base64')}"></div>`)
    .join('');
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>
    body { margin: 0; background: #ffffff; font: 600 14px system-ui, "Noto Sans CJK SC", sans-serif; color: #57606a; }
    main { display: grid; grid-template-columns: repeat(2, ${OVERVIEW_COLUMN_PX}px); gap: 8px; padding: 8px; width: max-content; }
    h2 { margin: 8px 0 0; font: inherit; line-height: 20px; text-align: center; }
    .cell { display: flex; justify-content: center; align-items: start; }
    img { display: block; zoom: ${1 / OVERVIEW_SCALE}; }
    /* The dialog is cut out of its overlay: give it back its card edge. */
    .dialog img { border-radius: 10px; box-shadow: 0 0 0 1px #d0d7de, 0 8px 24px rgb(31 35 40 / 0.14); margin: 8px; }
  </style></head><body><main><h2>English</h2><h2 lang="zh-CN">简体中文</h2>${cells}</main></body></html>`;
  const context = await browser.newContext({ viewport: { width: 2 * OVERVIEW_COLUMN_PX + 24, height: 800 }, deviceScaleFactor: OVERVIEW_SCALE });
  try {
    const page = await context.newPage();
    await page.setContent(html);
    await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
    const file = join(outDir, 'overview.png');
    await page.locator('main').screenshot({ path: file });
    console.log(`wrote ${file.slice(root.length + 1)}`);
  } finally {
    await context.close();
  }
}

function open(page, baseUrl, shot, locale) {
  return page.goto(`${baseUrl}/iframe.html?id=${shot.story}&viewMode=story&globals=locale:${locale};theme:${shot.theme ?? 'light'}`);
}

async function settle(page, shot) {
  await page.evaluate(() => document.fonts.ready);
  if (shot.blur) await page.evaluate(() => document.activeElement?.blur());
  // Design systems animate in whatever prefers-reduced-motion says: wait for them to land.
  if (shot.settleMs) await page.waitForTimeout(shot.settleMs);
  // Let the last layout (late text, icons) land.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

async function boxOf(page, baseUrl, shot, locale) {
  await open(page, baseUrl, shot, locale);
  const element = page.locator(shot.selector).first();
  await element.waitFor({ state: 'visible', timeout: 30_000 });
  await settle(page, shot);
  const box = await element.boundingBox();
  if (box === null) throw new Error(`${shot.selector} has no box in ${shot.story}`);
  return box;
}

await main();
