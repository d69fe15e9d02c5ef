#!/usr/bin/env node
// Builds the kit, packs it, installs the tarball into examples/next-app, builds the app with
// Next.js (any warning fails the run), starts it on loopback against a fake Tencent VOD API,
// and drives it in Chromium: texts in both languages, the relayed status, and no credential in
// the DOM, the network traffic or the React payload. Prints how long each step took.
// Run from anywhere: `node examples/run-next-app.mjs` (CI: `.ci/run`). Needs Chromium.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const app = join(repo, 'examples/next-app');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', npm_config_audit: 'false', npm_config_fund: 'false' };
const started = Date.now();
const timings = [];
const step = async (name, run) => {
  const at = Date.now();
  process.stdout.write(`==> ${name}\n`);
  const result = await run();
  timings.push([name, Date.now() - at]);
  return result;
};
const run = (command, args, cwd) => execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
/** Runs a command and returns stdout and stderr together (warnings go to either). */
const runAll = (command, args, cwd) => {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${output}`);
  return output;
};
const failures = [];
const check = (ok, what) => {
  if (!ok) failures.push(what);
  process.stdout.write(`  ${ok ? 'ok  ' : 'FAIL'} ${what}\n`);
};

// 1. The package exactly as npm would publish it.
await step('build and pack the kit', () => {
  run('npm', ['run', 'build'], repo);
  const out = mkdtempSync(join(tmpdir(), 'vod-error-kit-pack-'));
  run('npm', ['pack', '--pack-destination', out], repo);
  const tarball = readdirSync(out).find((name) => name.endsWith('.tgz'));
  copyFileSync(join(out, tarball), join(app, 'vod-error-kit.tgz'));
  rmSync(out, { recursive: true, force: true });
});

// 2. A fresh install of the tarball (the rest of node_modules is reused between runs).
await step('install the tarball into the example', () => {
  rmSync(join(app, 'node_modules/vod-error-kit'), { recursive: true, force: true });
  rmSync(join(app, '.next'), { recursive: true, force: true });
  run('npm', ['install', '--no-package-lock', '--no-audit', '--no-fund'], app);
});

// 3. next build: any warning fails the run.
await step('next build', () => {
  const output = runAll(join(app, 'node_modules/.bin/next'), ['build'], app);
  process.stdout.write(output.replace(/^/gm, '  | '));
  // One warning is about the CI machine, not the app: under CI=true, Next asks for a persisted
  // .next/cache, and this script removes .next on purpose so every run builds from nothing.
  const aboutTheCiMachine = (line) => line.includes('nextjs.org/docs/messages/no-cache');
  const warnings = output
    .split('\n')
    .filter((line) => /warn|⚠/i.test(line) && !aboutTheCiMachine(line));
  check(warnings.length === 0, `next build printed no warning${warnings.length ? `: ${warnings.join(' / ')}` : ''}`);
});

// 4. A fake Tencent VOD API on loopback; credentials made up for this run.
const secretId = `AKID${randomBytes(16).toString('hex')}`;
const secretKey = randomBytes(16).toString('hex');
const requestIds = { signature: `sf-${randomBytes(8).toString('hex')}`, throttled: `th-${randomBytes(8).toString('hex')}` };
const provider = http.createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    // API 3.0 answers errors with HTTP 200. Both replies quote the request's Authorization
    // header (with the SecretId) back, as signature and gateway errors do: the raw SDK error
    // carries it, and neither the model nor anything sent to the browser may.
    const quoted = `Authorization: ${request.headers.authorization}`;
    if (quoted.includes(secretId)) provider.quotedSecretId = true;
    const error = body.includes('throttled')
      ? { Code: 'RequestLimitExceeded', Message: `Too many requests. ${quoted}` }
      : { Code: 'AuthFailure.SignatureFailure', Message: `The signature does not match. ${quoted}` };
    const requestId = body.includes('throttled') ? requestIds.throttled : requestIds.signature;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ Response: { Error: error, RequestId: requestId } }));
  });
});
await new Promise((resolve) => provider.listen(0, '127.0.0.1', resolve));
const providerPort = provider.address().port;

// 5. next start on loopback.
const appPort = await new Promise((resolve) => {
  const probe = http.createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
const server = await step('next start (until ready)', () => new Promise((resolve, reject) => {
  const child = spawn(join(app, 'node_modules/.bin/next'), ['start', '-H', '127.0.0.1', '-p', String(appPort)], {
    cwd: app,
    env: { ...env, VOD_ENDPOINT: `127.0.0.1:${providerPort}`, TENCENTCLOUD_SECRET_ID: secretId, TENCENTCLOUD_SECRET_KEY: secretKey },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const onData = (chunk) => {
    log += chunk;
    if (/Ready in|started server/i.test(log)) resolve(child);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', (chunk) => (log += chunk));
  child.on('exit', (code) => reject(new Error(`next start exited with ${code}:\n${log}`)));
}));

// 6. Chromium, as a user.
const require = createRequire(join(app, 'package.json'));
const { formatVodError } = await import(require.resolve('vod-error-kit/i18n'));
const { normalizeVodError } = await import(require.resolve('vod-error-kit/core'));
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  await step('drive the app in Chromium', async () => {
    const page = await browser.newPage();
    const traffic = [];
    let relayed;
    page.on('response', async (response) => {
      const text = await response.text().catch(() => '');
      traffic.push(`${response.status()} ${response.url()}\n${JSON.stringify(await response.allHeaders())}\n${text}`);
      if (new URL(response.url()).pathname.startsWith('/api/media/')) relayed = { status: response.status(), headers: await response.allHeaders() };
    });
    page.on('request', (request) => traffic.push(`${request.method()} ${request.url()}\n${JSON.stringify(request.headers())}\n${request.postData() ?? ''}`));
    await page.goto(`http://127.0.0.1:${appPort}/`);
    const expectations = [
      ['server-component', { Response: { Error: { Code: 'AuthFailure.SignatureFailure', Message: '' }, RequestId: requestIds.signature } }],
      ['route-handler', { Response: { Error: { Code: 'RequestLimitExceeded', Message: '' }, RequestId: requestIds.throttled } }],
    ];
    for (const [example, reply] of expectations) {
      const model = normalizeVodError(reply);
      for (const lng of ['en-US', 'zh-CN']) {
        const text = formatVodError(model, { lng });
        const alert = page.locator(`[data-example="${example}"] [data-lng="${lng}"] [data-vod-alert]`);
        await alert.locator('[data-vod-part="title"]', { hasText: text.title }).waitFor({ timeout: 20_000 });
        check((await alert.locator('[data-vod-part="remediation"]').textContent()) === text.remediation, `${example}, ${lng}: title "${text.title}" and its remediation`);
        check((await alert.locator('[data-vod-part="request-id"]').textContent()) === model.requestId, `${example}, ${lng}: RequestId ${model.requestId}`);
      }
    }
    check(relayed?.status === 429, `the route handler relayed the HTTP-200 throttle as 429 (got ${relayed?.status})`);
    check(relayed?.headers['x-request-id'] === requestIds.throttled, 'the route handler sent X-Request-Id');
    check(/^\d+$/.test(relayed?.headers['retry-after'] ?? ''), 'the route handler sent Retry-After');
    check(provider.quotedSecretId, 'the fake provider quoted the SecretId back to the SDK (so the search below can fail)');
    const everything = `${traffic.join('\n')}\n${await page.content()}`;
    for (const [name, secret] of [['SecretId', secretId], ['SecretKey', secretKey]]) {
      check(!everything.includes(secret) && !everything.includes(secret.slice(4, 20)), `no ${name} in the DOM, the network traffic or the React payload`);
    }
    check(traffic.some((entry) => entry.includes('self.__next_f') || entry.includes('text/x-component')), 'the React server-to-client payload was part of what was searched');
  });
} finally {
  await browser.close();
  server.kill('SIGTERM');
  provider.close();
}

for (const [name, ms] of timings) process.stdout.write(`  ${String((ms / 1000).toFixed(1)).padStart(6)} s  ${name}\n`);
process.stdout.write(`  ${String(((Date.now() - started) / 1000).toFixed(1)).padStart(6)} s  total\n`);
if (failures.length > 0) {
  process.stderr.write(`${failures.length} check(s) failed:\n${failures.map((failure) => `  - ${failure}`).join('\n')}\n`);
  process.exit(1);
}
