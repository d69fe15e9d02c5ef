/**
 * @vitest-environment jsdom
 *
 * The browser storage SDKs the upload SDKs write through, run as shipped in a DOM (jsdom's
 * XMLHttpRequest, with CORS preflights) against a loopback storage server: Tencent's
 * cos-js-sdk-v5 (used by vod-js-sdk-v6) and Huawei's esdk-obs-browserjs. The DNS guard sends the
 * real bucket host names (`*.cos.ap-guangzhou.myqcloud.com`, `*.obs.cn-north-4.myhuaweicloud.com`)
 * to 127.0.0.1, so the kit sees what an app sees, and no request leaves the machine.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import COS from 'cos-js-sdk-v5';
import ObsClient from 'esdk-obs-browserjs/dist/@cloud/esdk-obs-browserjs-without-polyfill.3.25.6.min.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeVodError, type VodErrorCategory } from '../../src/core';
import { COS_REQUEST_ID, COS_TRACE_ID, cosXml, OBS_REQUEST_ID } from '../fixtures/storage-replies';
import { jsonCopy } from './support/capture';
import { routeProviderHostsToLoopback } from './support/loopback';

interface StorageReply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

// The browser asks first (CORS preflight); storage that allows the page answers it, then the
// real request gets the error.
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET,PUT,POST,DELETE,HEAD',
  'access-control-allow-headers': '*',
  'access-control-expose-headers': 'x-cos-request-id,x-obs-request-id,x-obs-id-2,x-obs-api,ETag',
};

let reply: StorageReply = { status: 500, headers: {}, body: '' };
const seen: Array<{ method: string; host: string }> = [];
const server = http.createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    if (request.method === 'OPTIONS') {
      response.writeHead(200, CORS);
      response.end();
      return;
    }
    // The OBS SDK first asks which API the endpoint speaks; real OBS answers with `x-obs-api`.
    if (request.method === 'HEAD' && request.url?.includes('apiversion') === true) {
      response.writeHead(200, { ...CORS, 'x-obs-api': '3.0' });
      response.end();
      return;
    }
    seen.push({ method: request.method ?? '', host: request.headers.host ?? '' });
    response.writeHead(reply.status, { ...CORS, ...reply.headers });
    response.end(reply.body);
  });
});
let port = 0;
let restoreDns: () => void = () => undefined;

beforeAll(async () => {
  restoreDns = routeProviderHostsToLoopback();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  restoreDns();
});

const cases: ReadonlyArray<readonly [number, string, string, VodErrorCategory, boolean]> = [
  [403, 'RequestTimeTooSkewed', 'The difference between the request time and the server time is too large.', 'auth', false],
  [400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed object size.', 'invalid-request', false],
  [404, 'NoSuchUpload', 'The specified multipart upload does not exist.', 'not-found', false],
  [403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.', 'auth', false],
];

describe('cos-js-sdk-v5 (Tencent COS) in a DOM', () => {
  const now = () => Math.floor(Date.now() / 1000);
  function putObject(): Promise<unknown> {
    const cos = new COS({
      Protocol: 'http:',
      Domain: `{Bucket}.cos.{Region}.myqcloud.com:${port}`,
      getAuthorization: (_options: unknown, callback: (credentials: unknown) => void) =>
        callback({ TmpSecretId: 'AKIDexample', TmpSecretKey: 'example-temporary-secret', SecurityToken: 'example-session-token', StartTime: now(), ExpiredTime: now() + 600 }),
    });
    return new Promise((resolve) => cos.putObject({ Bucket: 'vod-1250000000', Region: 'ap-guangzhou', Key: 'video/clip.mp4', Body: 'clip' }, (error: unknown) => resolve(error)));
  }
  const answer = (status: number, code: string, message: string) => {
    reply = { status, headers: { 'content-type': 'application/xml', 'x-cos-request-id': COS_REQUEST_ID }, body: cosXml(code, message) };
  };

  it.each(cases)('HTTP %i %s: Tencent COS with RequestId and TraceId, as called back and as JSON', async (status, code, message, category, retryable) => {
    answer(status, code, message);
    const error = await putObject();
    expect(seen.at(-1)).toEqual({ method: 'PUT', host: `vod-1250000000.cos.ap-guangzhou.myqcloud.com:${port}` });
    expect(error).toMatchObject({ code, statusCode: status });
    for (const value of [error, jsonCopy(error)]) {
      expect(normalizeVodError(value)).toMatchObject({
        provider: 'tencent',
        format: 'tencent-cos',
        code,
        catalogCode: code,
        httpStatus: status,
        requestId: COS_REQUEST_ID,
        traceId: COS_TRACE_ID,
        category,
        retryable,
      });
    }
  });

  it('"Request has expired" is an expired upload session', async () => {
    answer(403, 'AccessDenied', 'Request has expired');
    expect(normalizeVodError(await putObject())).toMatchObject({ format: 'tencent-cos', subCode: 'RequestExpired', category: 'auth', severity: 'warning' });
  });
});

describe('esdk-obs-browserjs (Huawei OBS) in a DOM', () => {
  const HOST = 'vod-upload.obs.cn-north-4.myhuaweicloud.com';
  function putObject(): Promise<unknown> {
    const client = new ObsClient({
      access_key_id: 'example-access-key',
      secret_access_key: 'example-secret-access-key',
      security_token: 'example-security-token',
      server: `http://obs.cn-north-4.myhuaweicloud.com:${port}`,
      timeout: 3,
    });
    // The SDK resolves with `{ CommonMsg }` on an error reply: the app checks `CommonMsg.Status`.
    return client.putObject({ Bucket: 'vod-upload', Key: 'video/clip.mp4', Body: 'clip' });
  }
  const answer = (status: number, code: string, message: string) => {
    reply = {
      status,
      headers: { 'content-type': 'application/xml', 'x-obs-request-id': OBS_REQUEST_ID, 'x-obs-id-2': 'example-id-2' },
      body: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Error><Code>${code}</Code><Message>${message}</Message><RequestId>${OBS_REQUEST_ID}</RequestId><HostId>${HOST}</HostId></Error>`,
    };
  };

  it.each(cases)('HTTP %i %s: Huawei OBS with RequestId and HostId, from the result and its JSON', async (status, code, message, category, retryable) => {
    answer(status, code, message);
    const result = await putObject();
    expect(seen.at(-1)).toEqual({ method: 'PUT', host: `${HOST}:${port}` });
    expect(result).toMatchObject({ CommonMsg: { Status: status, Code: code } });
    for (const value of [result, jsonCopy(result)]) {
      expect(normalizeVodError(value)).toMatchObject({
        provider: 'huawei',
        format: 'huawei-obs',
        code,
        catalogCode: code,
        httpStatus: status,
        requestId: OBS_REQUEST_ID,
        hostId: HOST,
        category,
        retryable,
      });
    }
  });

  it('"Request has expired" is an expired upload session', async () => {
    answer(403, 'AccessDenied', 'Request has expired');
    expect(normalizeVodError(await putObject())).toMatchObject({ format: 'huawei-obs', subCode: 'RequestExpired', category: 'auth', severity: 'warning' });
  });
});
