/**
 * The README's "From your backend to the page" section, checked: its statement of what is and
 * is not serialized against the model, and its Express, Koa and Fastify examples run as written
 * with the real framework and the real Tencent SDK against the loopback provider.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeVodError, normalizeVodErrorAsync, vodErrorCause } from '../../src/core';
import { useProviderLoopback } from '../contract/support/loopback';
import { leakedPart } from '../fuzz/secret-embedding';
import { tencentRequestId } from '../fixtures/tencent-replies';
import { echoingReplies } from './support/failure-corpus';
import { backendCredentials, callSdk, credentialValues } from './support/provider-calls';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## From your backend to the page'), readme.indexOf('## Texts: zh-CN and en-US through i18next'));

describe('the README statement of what is serialized', () => {
  const statement = /\*\*What is serialized and what is not\.\*\*([\s\S]*?)\n\n/.exec(section)?.[1] ?? '';
  const listed = /see: ([\s\S]*?)\. The server/.exec(statement)?.[1]?.match(/`(\w+)`/g)?.map((name) => name.slice(1, -1)) ?? [];

  it('lists exactly the fields a model carries, in every format', () => {
    const inputs = [
      { code: 5100, message: '20108:channel is not editable', codeDesc: 'InvalidParameter', status: 400 },
      { status: 429, headers: { 'retry-after': '3', 'x-tc-traceid': 't' }, data: { Response: { Error: { Code: 'RequestLimitExceeded', Message: 'x' }, RequestId: 'r' } } },
      { RequestId: '8906582E-6722-409A-A6C4-0E7863B733A5', HostId: 'vod.cn-shanghai.aliyuncs.com', Code: 'MissingParameter', Message: 'The input parameter "VideoId" is missing.', statusCode: 400 },
      { error_code: 'VOD.10062', error_msg: 'not found' },
    ];
    const carried = new Set(inputs.flatMap((input) => Object.entries(normalizeVodError(input)).filter(([, value]) => value !== undefined).map(([key]) => key)));
    expect(listed.length).toBeGreaterThan(10);
    expect(new Set(listed)).toEqual(carried);
  });

  it('is right that the raw value is no field, hidden or not, and stays reachable in the process', () => {
    expect(statement).toMatch(/raw caught value is never serialized/);
    expect(statement).toMatch(/vodErrorCause\(error\)/);
    const caught = Object.assign(new Error('x'), { code: 'ResourceNotFound.FileNotExist', requestId: tencentRequestId });
    const error = normalizeVodError(caught);
    expect(Reflect.ownKeys(error)).toEqual(Object.keys(error));
    expect(Reflect.ownKeys(error)).not.toContain('cause');
    expect(vodErrorCause(error)).toBe(caught);
    expect(vodErrorCause(structuredClone(error))).toBeUndefined();
  });
});

// The examples, as written, with `vod` the shared client the README describes.
const FRAMEWORKS = ['Express', 'Koa', 'Fastify'] as const;
function example(framework: (typeof FRAMEWORKS)[number]): string {
  const code = new RegExp(`\\*\\*${framework}\\*\\*[^\\n]*\\n\\n\`\`\`ts\\n([\\s\\S]*?)\`\`\``).exec(section)?.[1];
  if (code === undefined) throw new Error(`README has no ${framework} example`);
  return code;
}

const loopback = useProviderLoopback();
const credentials = backendCredentials();
const root = fileURLToPath(new URL('../../', import.meta.url));
let scratch: string;
beforeAll(() => {
  // Inside the repository, so the examples' imports resolve from its node_modules.
  scratch = mkdtempSync(join(root, 'test/relay/.readme-'));
  (globalThis as { vod?: unknown }).vod = {
    DescribeMediaInfos: () => callSdk('tencent', loopback.server.port, credentials),
  };
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  delete (globalThis as { vod?: unknown }).vod;
});

/** Starts the example's app on an ephemeral loopback port; returns its origin and how to stop it. */
async function start(framework: (typeof FRAMEWORKS)[number]): Promise<{ origin: string; stop: () => Promise<void> }> {
  const code = example(framework)
    .replace("from 'vod-error-kit/server'", `from ${JSON.stringify(join(root, 'src/server/index.ts'))}`)
    // The one line that differs: listen on a free loopback port, not 3000.
    .replace(/^app\.listen\(.*\);$/m, 'export { app };');
  const file = join(scratch, `${framework.toLowerCase()}.ts`);
  writeFileSync(file, `declare const vod: { DescribeMediaInfos(request: object): Promise<unknown> };\n${code}`);
  // Each framework's app has its own type; only the calls below are made on it.
  const { app } = (await import(/* @vite-ignore */ file)) as {
    app: http.RequestListener & { callback(): http.RequestListener; listen(options: object): Promise<void>; close(): Promise<void>; server: http.Server };
  };
  if (framework === 'Fastify') {
    await app.listen({ port: 0, host: '127.0.0.1' });
    return { origin: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, stop: () => app.close() };
  }
  const server = framework === 'Koa' ? http.createServer(app.callback()) : http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

describe.each(FRAMEWORKS)('the README %s example', (framework) => {
  it('relays a Tencent failure sent with HTTP 200 as 401 with X-Request-Id, and a body the page reads back without a credential', async () => {
    loopback.server.answer(echoingReplies(credentials).tencent);
    const { origin, stop } = await start(framework);
    try {
      const response = await fetch(`${origin}/api/media/5285890781763144364`);
      const raw = await response.clone().text();
      expect(response.status).toBe(401);
      expect(response.headers.get('x-request-id')).toBe(tencentRequestId);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      await expect(normalizeVodErrorAsync(response)).resolves.toMatchObject({ provider: 'tencent', code: 'AuthFailure.SignatureFailure', requestId: tencentRequestId, category: 'auth', retryable: false });
      const headers = [...response.headers].join('\n');
      expect(credentialValues(credentials).flatMap((secret) => leakedPart(`${headers}\n${raw}`, secret) ?? [])).toEqual([]);
    } finally {
      await stop();
    }
  });
});
