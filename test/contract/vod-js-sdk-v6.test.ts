/**
 * vod-js-sdk-v6 (Tencent's browser upload SDK) run in Node: Node 20 has the `File` it checks
 * for, and its axios instance (`vodAxios`) is pointed at the loopback server as an HTTP proxy,
 * so the SDK still calls `https://vod2.qcloud.com/…` (or its backup `vod2.dnsv1.com`) by name.
 * It retries ApplyUploadUGC 4 times, then rejects `done()` with either an `Error` carrying the
 * numeric business `code`, or the axios error whose `code` it overwrote with `500`.
 */
import TcVodExport from 'vod-js-sdk-v6';
import { vodAxios } from 'vod-js-sdk-v6/lib/src/uploader';
import { describe, expect, it } from 'vitest';
import { normalizeVodError } from '../../src/core';
import {
  tencentGatewayHtmlReply,
  tencentTraceId,
  tencentUploadForbiddenReply,
  tencentUploadSignatureExpiredReply,
  tencentUploadUnavailableReply,
} from '../fixtures/tencent-replies';
import { jsonCopy, rejectionOf } from './support/capture';
import { closedPort, useProviderLoopback } from './support/loopback';

// The package is CommonJS with `exports.default`; Node's ESM loader hands over the exports object.
const TcVod = (TcVodExport as unknown as { default?: typeof TcVodExport }).default ?? TcVodExport;

const loopback = useProviderLoopback();

function upload(port: number, requestTimeoutMs = 2000): () => Promise<unknown> {
  vodAxios.defaults.proxy = { protocol: 'http', host: '127.0.0.1', port };
  const tcVod = new TcVod({ getSignature: async () => 'example-upload-signature', allowReport: false, enableRaceRegion: false, enableResume: false });
  const uploader = tcVod.upload({
    mediaFile: new File([new Uint8Array(16)], 'clip.mp4', { type: 'video/mp4' }),
    applyRequestTimeout: requestTimeoutMs,
    retryDelay: 1,
  });
  return () => uploader.done();
}

describe('vod-js-sdk-v6', () => {
  it('reports a business rejection by its numeric code, thrown and (with the provider option) as JSON', async () => {
    loopback.server.answer(tencentUploadSignatureExpiredReply);
    const thrown = await rejectionOf(upload(loopback.server.port));
    expect(loopback.server.requests.at(-1)?.url).toMatch(/^https:\/\/vod2\.(?:qcloud|dnsv1)\.com\/v3\/index\.php\?Action=ApplyUploadUGC$/);
    expect(thrown).toMatchObject({ code: 10008, message: 'signature expired' });
    expect(normalizeVodError(thrown)).toMatchObject({ provider: 'tencent', format: 'tencent-v2', code: '10008', httpStatus: undefined });
    // JSON keeps only `{ code: 10008 }`: the number survives, the provider must come from the app.
    expect(jsonCopy(thrown)).toEqual({ code: 10008 });
    expect(normalizeVodError(jsonCopy(thrown), { provider: 'tencent' })).toMatchObject({ provider: 'tencent', code: '10008' });
  });

  it('reports a 4xx with the real status from response.status, never the 500 the SDK wrote into code', async () => {
    loopback.server.answer(tencentUploadForbiddenReply);
    const thrown = await rejectionOf(upload(loopback.server.port));
    expect(thrown).toMatchObject({ code: 500, response: { status: 403 } });
    expect(normalizeVodError(thrown)).toMatchObject({ provider: 'tencent', code: '4000', httpStatus: 403, traceId: tencentTraceId });
    // axios 0.21's toJSON drops `response`; the status is recovered from its message.
    const copy = normalizeVodError(jsonCopy(thrown));
    expect(copy).toMatchObject({ provider: 'tencent', code: 'HTTP.403', httpStatus: 403, category: 'permission' });
  });

  it('reports a 5xx with the body\'s code and the real status, never the SDK\'s 500', async () => {
    loopback.server.answer(tencentUploadUnavailableReply);
    const thrown = await rejectionOf(upload(loopback.server.port));
    expect(thrown).toMatchObject({ code: 500, response: { status: 503 } });
    expect(normalizeVodError(thrown)).toMatchObject({ provider: 'tencent', code: '6200', httpStatus: 503, category: 'unavailable', retryable: true });
  });

  it('reports an HTML gateway page by its real status', async () => {
    loopback.server.answer(tencentGatewayHtmlReply);
    const thrown = await rejectionOf(upload(loopback.server.port));
    for (const form of [thrown, jsonCopy(thrown)]) {
      expect(normalizeVodError(form)).toMatchObject({ provider: 'tencent', code: 'HTTP.502', httpStatus: 502, retryable: true });
    }
  });

  it('reports a refused connection as a network failure with no status, though code says 500', async () => {
    const thrown = await rejectionOf(upload(await closedPort()));
    expect(thrown).toMatchObject({ code: 500, message: expect.stringMatching(/ECONNREFUSED/) });
    for (const form of [thrown, jsonCopy(thrown)]) {
      expect(normalizeVodError(form)).toMatchObject({ provider: 'tencent', code: 'NetworkError', httpStatus: undefined, retryable: true });
    }
  });

  it('reports an apply-request timeout as a timeout, though code says 500', async () => {
    loopback.server.answer('hang');
    const thrown = await rejectionOf(upload(loopback.server.port, 200));
    expect(thrown).toMatchObject({ code: 500, message: 'timeout of 200ms exceeded' });
    for (const form of [thrown, jsonCopy(thrown)]) {
      expect(normalizeVodError(form)).toMatchObject({ provider: 'tencent', code: 'Timeout', httpStatus: undefined, category: 'timeout' });
    }
  });
});
