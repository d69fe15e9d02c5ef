/**
 * End to end, for real: an Express backend on loopback calls the official Tencent, Alibaba
 * (pop-core and Tea) and Huawei SDKs against the loopback provider, relays each failure with
 * `vod-error-kit/server`, and a page in Chromium fetches it and renders <VodErrorAlert> in
 * English and Chinese. Checked as a user sees it: code, RequestId, texts, Copy and Details —
 * and that no credential reaches the browser's network traffic, DOM or clipboard.
 */
import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeVodError, vodErrorCause, type VodError } from '../../src/core';
import { formatVodError } from '../../src/i18n/format-vod-error';
import { vodErrorReply } from '../../src/server';
import { closedPort, useProviderLoopback, type LoopbackReply } from '../contract/support/loopback';
import { leakedPart } from '../fuzz/secret-embedding';
import { aliyunForbiddenReply, aliyunRequestId } from '../fixtures/aliyun-replies';
import { huaweiAssetNotFoundReply, huaweiRequestId } from '../fixtures/huawei-replies';
import { tencentFileNotFoundReply, tencentRequestId } from '../fixtures/tencent-replies';
import { chromiumArgs, findChromium } from '../support/chromium';
import { echoingReplies } from './support/failure-corpus';
import { buildRelayPage } from './support/page-bundle';
import { backendCredentials, callSdk, credentialValues, silenceHuaweiSdkLog, type SdkName } from './support/provider-calls';

const loopback = useProviderLoopback();
const credentials = backendCredentials();
const secrets = credentialValues(credentials);

interface RelayCase {
  readonly sdk: SdkName;
  readonly reply: LoopbackReply | 'refused';
  /** What the page must get. */
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;
}

const CASES: Readonly<Record<string, RelayCase>> = {
  'tencent-not-found': { sdk: 'tencent', reply: tencentFileNotFoundReply, status: 404, code: 'ResourceNotFound.FileNotExist', requestId: tencentRequestId },
  'tencent-signature': { sdk: 'tencent', reply: echoingReplies(credentials).tencent, status: 401, code: 'AuthFailure.SignatureFailure', requestId: tencentRequestId },
  'pop-core-signature': { sdk: 'pop-core', reply: echoingReplies(credentials).aliyun, status: 400, code: 'SignatureDoesNotMatch', requestId: aliyunRequestId },
  'tea-forbidden': { sdk: 'tea', reply: aliyunForbiddenReply, status: 403, code: 'Forbidden.RAM', requestId: aliyunRequestId },
  'huawei-not-found': { sdk: 'huawei', reply: huaweiAssetNotFoundReply, status: 404, code: 'VOD.10062', requestId: huaweiRequestId },
  'huawei-refused': { sdk: 'huawei', reply: 'refused', status: 502, code: 'NetworkError', requestId: undefined },
};
const LANGUAGES = ['en-US', 'zh-CN'] as const;
const ui = Object.fromEntries(
  LANGUAGES.map((lng) => [lng, (JSON.parse(readFileSync(new URL(`../../locales/${lng}/common.json`, import.meta.url), 'utf8')) as { ui: Record<string, string> }).ui]),
) as Record<(typeof LANGUAGES)[number], Record<string, string>>;

/** What the backend normalized, per case, to compare the page against. */
const serverModels = new Map<string, VodError>();
/** What went over the wire between page and backend, and what the backend answered. */
const traffic: string[] = [];
const relayedStatus = new Map<string, { status: number; requestIdHeader: string | null }>();

let browser: Browser;
let context: BrowserContext;
let page: Page;
let origin: string;
let closeBackend: () => Promise<void>;
const startedAt = performance.now();
const timings: Record<string, number> = {};

beforeAll(async () => {
  silenceHuaweiSdkLog();
  const [files, launched, refusedPort] = await Promise.all([
    buildRelayPage().then((built) => ((timings.bundleMs = performance.now() - startedAt), built)),
    chromium.launch({ executablePath: findChromium(), args: chromiumArgs }),
    closedPort(),
  ]);
  browser = launched;

  // The backend, as an app writes it: call the SDK, relay a failure with the server entry.
  const app = express();
  app.get('/api/cases', (_request, response) => {
    response.json(Object.keys(CASES));
  });
  app.get('/api/vod/:name', async (request, response) => {
    const relayCase = CASES[request.params.name];
    if (relayCase === undefined) return void response.sendStatus(404);
    if (relayCase.reply !== 'refused') loopback.server.answer(relayCase.reply);
    const port = relayCase.reply === 'refused' ? refusedPort : loopback.server.port;
    try {
      response.json(await callSdk(relayCase.sdk, port, credentials));
    } catch (err) {
      serverModels.set(request.params.name, normalizeVodError(err));
      const reply = vodErrorReply(err);
      response.status(reply.status).set(reply.headers).json(reply.body);
    }
  });
  app.use((request, response) => {
    const file = files.get(request.path === '/' ? '/index.html' : request.path);
    if (file === undefined) return void response.sendStatus(404);
    response.type(file.type).send(typeof file.body === 'string' ? file.body : Buffer.from(file.body));
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  closeBackend = () => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

  context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  page = await context.newPage();
  page.on('request', (request) => {
    traffic.push(`${request.method()} ${request.url()}\n${JSON.stringify(request.headers())}\n${request.postData() ?? ''}`);
  });
  page.on('response', async (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/api/vod/')) relayedStatus.set(path.slice('/api/vod/'.length), { status: response.status(), requestIdHeader: response.headers()['x-request-id'] ?? null });
    traffic.push(`${response.status()} ${response.url()}\n${JSON.stringify(await response.allHeaders())}\n${await response.text().catch(() => '')}`);
  });
  const loadStart = performance.now();
  await page.goto(origin);
  await page.waitForSelector(`body[data-loaded="${Object.keys(CASES).length}"]`);
  // Provider texts load lazily: wait until every alert shows its code's own title.
  for (const [name, model] of serverModels) {
    for (const lng of LANGUAGES) {
      await page.locator(`[data-case="${name}"] [data-lng="${lng}"] [data-vod-part="title"]`).filter({ hasText: formatVodError(model, { lng }).title }).waitFor();
    }
  }
  timings.pageMs = performance.now() - loadStart;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await closeBackend?.();
  // Figures for the README: how long the whole relay run takes here.
  console.info(`relay e2e: bundle ${Math.round(timings.bundleMs ?? 0)} ms, page ${Math.round(timings.pageMs ?? 0)} ms, total ${Math.round(performance.now() - startedAt)} ms`);
});

const alertOf = (name: string, lng: string) => page.locator(`[data-case="${name}"] [data-lng="${lng}"] [data-vod-alert]`);

describe('an Express backend relaying SDK failures to a page in Chromium', () => {
  it('called every SDK and relayed each failure with the provider\'s status (never 200) and X-Request-Id', () => {
    for (const [name, relayCase] of Object.entries(CASES)) {
      expect(serverModels.get(name)?.code, name).toBe(relayCase.code);
      expect(relayedStatus.get(name), name).toEqual({ status: relayCase.status, requestIdHeader: relayCase.requestId ?? null });
    }
  });

  it.each(Object.keys(CASES).flatMap((name) => LANGUAGES.map((lng) => [name, lng] as const)))('%s in %s: the alert shows the code\'s texts and the RequestId', async (name, lng) => {
    const model = serverModels.get(name) as VodError;
    const text = formatVodError(model, { lng });
    const alert = alertOf(name, lng);
    await expect(alert.locator('[data-vod-part="title"]').textContent()).resolves.toContain(text.title);
    await expect(alert.locator('[data-vod-part="description"]').textContent()).resolves.toBe(text.description);
    await expect(alert.locator('[data-vod-part="remediation"]').textContent()).resolves.toBe(text.remediation);
    const requestId = CASES[name]?.requestId;
    if (requestId === undefined) await expect(alert.locator('[data-vod-part="request-id"]').count()).resolves.toBe(0);
    else await expect(alert.locator('[data-vod-part="request-id"]').textContent()).resolves.toBe(requestId);
  });

  it.each(Object.keys(CASES).filter((name) => CASES[name]?.requestId !== undefined).map((name) => [name, LANGUAGES[Object.keys(CASES).indexOf(name) % 2] as string] as const))(
    '%s in %s: Copy puts the RequestId on the system clipboard',
    async (name, lng) => {
      const alert = alertOf(name, lng);
      await alert.getByRole('button', { name: ui[lng as 'en-US'].copyRequestId?.replace('{{requestId}}', CASES[name]?.requestId ?? '') }).click();
      await alert.getByText(ui[lng as 'en-US'].copied as string).first().waitFor();
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(CASES[name]?.requestId);
    },
  );

  it.each(Object.keys(CASES).map((name, index) => [name, LANGUAGES[index % 2] as string] as const))('%s in %s: Details shows the code, and its report copies without a credential', async (name, lng) => {
    const labels = ui[lng as 'en-US'];
    await alertOf(name, lng).getByRole('button', { name: labels.details }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect(dialog.locator('code', { hasText: CASES[name]?.code as string }).first().isVisible()).resolves.toBe(true);
    await dialog.getByRole('button', { name: labels.copyReport }).click();
    const report = await page.evaluate(() => navigator.clipboard.readText());
    expect(report).toContain(CASES[name]?.code);
    if (CASES[name]?.requestId !== undefined) expect(report).toContain(CASES[name]?.requestId);
    expect(secrets.flatMap((secret) => leakedPart(report, secret) ?? [])).toEqual([]);
    // The DOM while the dialog is open: every field the kit shows of this error.
    const dom = await page.content();
    expect(secrets.flatMap((secret) => leakedPart(dom, secret) ?? [])).toEqual([]);
    await dialog.getByRole('button', { name: labels.close }).first().click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('let no credential reach the browser: network traffic, DOM and clipboard', async () => {
    // The backend did hold them: the SDK errors it caught carry signed URLs and echoed keys.
    const caught = [...serverModels.values()].map((model) => inspect(vodErrorCause(model), { depth: 6, showHidden: true })).join('\n');
    expect(secrets.filter((secret) => caught.includes(secret)).length).toBeGreaterThanOrEqual(3);
    expect(traffic.length).toBeGreaterThan(Object.keys(CASES).length);
    const everything = `${traffic.join('\n')}\n${await page.content()}\n${await page.evaluate(() => navigator.clipboard.readText())}`;
    expect(secrets.flatMap((secret) => leakedPart(everything, secret) ?? [])).toEqual([]);
  });
});
