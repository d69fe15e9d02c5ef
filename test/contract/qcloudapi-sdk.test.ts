/**
 * qcloudapi-sdk (Tencent legacy API 2.0) against a loopback server playing vod.api.qcloud.com.
 * It never throws: the callback gets `(err, body)`, where `err` is a bare Node/`request` error
 * and `body` the legacy object, or the raw text when the reply was not JSON. The status of the
 * reply is not passed on at all.
 */
import QcloudApi from 'qcloudapi-sdk';
import { describe, expect, it } from 'vitest';
import { normalizeVodError } from '../../src/core';
import {
  tencentGatewayHtmlReply,
  tencentLegacyAuthFailureReply,
  tencentLegacyDualCodeReply,
  tencentLegacyServerErrorReply,
} from '../fixtures/tencent-replies';
import { jsonCopy, spreadCopy } from './support/capture';
import { closedPort, useProviderLoopback } from './support/loopback';

const loopback = useProviderLoopback();

interface LegacyResult {
  readonly err: unknown;
  readonly body: unknown;
}

/** What an app's callback receives; `extra` goes to the `request` library (e.g. `timeout`). */
function call(port: number, extra: Record<string, unknown> = {}): Promise<LegacyResult> {
  const api = new QcloudApi({
    SecretId: 'AKIDexampleexampleexample0000',
    SecretKey: 'example-secret-key',
    serviceType: 'vod',
    protocol: 'http',
    host: `vod.api.qcloud.com:${port}`,
  });
  return new Promise((resolve) => {
    api.request({ Region: 'gz', Action: 'DescribeVodPlayInfo', fileName: 'clip' }, api.defaults, (err: unknown, body: unknown) => resolve({ err, body }), extra);
  });
}

/** The app-side rule the README shows: the error if there is one, else a body that is not success. */
function failureOf({ err, body }: LegacyResult): unknown {
  if (err) return err;
  if (typeof body === 'object' && body !== null && (body as { code?: unknown }).code === 0) throw new Error('the call succeeded');
  return body;
}

describe('qcloudapi-sdk (legacy API 2.0)', () => {
  it('reports a dual-code body with both the access-layer code and the video-cloud code', async () => {
    loopback.server.answer(tencentLegacyDualCodeReply);
    const failure = failureOf(await call(loopback.server.port));
    expect(loopback.server.requests.at(-1)?.headers.host).toBe(`vod.api.qcloud.com:${loopback.server.port}`);
    expect(normalizeVodError(failure)).toMatchObject({ provider: 'tencent', format: 'tencent-v2', code: '4000', subCode: '10008', category: 'not-found' });
  });

  it('reports a 4xx reply by its legacy code (the SDK passes on the body, not the status)', async () => {
    loopback.server.answer(tencentLegacyAuthFailureReply);
    const error = normalizeVodError(failureOf(await call(loopback.server.port)));
    expect(error).toMatchObject({ provider: 'tencent', format: 'tencent-v2', code: '4100', httpStatus: undefined, requestId: undefined, category: 'auth' });
  });

  it('reports a 5xx reply by its legacy code, retryable', async () => {
    loopback.server.answer(tencentLegacyServerErrorReply);
    const error = normalizeVodError(failureOf(await call(loopback.server.port)));
    expect(error).toMatchObject({ provider: 'tencent', code: '6000', httpStatus: undefined, category: 'server', retryable: true });
  });

  it('reads the status of an HTML gateway page from its title; the provider comes from the option', async () => {
    loopback.server.answer(tencentGatewayHtmlReply);
    const failure = failureOf(await call(loopback.server.port));
    expect(typeof failure).toBe('string');
    expect(normalizeVodError(failure, { provider: 'tencent' })).toMatchObject({ provider: 'tencent', code: 'HTTP.502', httpStatus: 502, retryable: true });
    expect(normalizeVodError(failure).provider).toBe('unknown');
  });

  it('reports a refused connection as a network failure in every form the error travels', async () => {
    const failure = failureOf(await call(await closedPort()));
    for (const form of [failure, jsonCopy(failure), spreadCopy(failure)]) {
      expect(normalizeVodError(form, { provider: 'tencent' })).toMatchObject({ provider: 'tencent', code: 'NetworkError', httpStatus: undefined, retryable: true });
    }
  });

  it('reports a request timeout (ESOCKETTIMEDOUT) as a timeout', async () => {
    loopback.server.answer('hang');
    const failure = failureOf(await call(loopback.server.port, { timeout: 300 }));
    expect(failure).toMatchObject({ code: 'ESOCKETTIMEDOUT' });
    for (const form of [failure, jsonCopy(failure)]) {
      expect(normalizeVodError(form, { provider: 'tencent' })).toMatchObject({ code: 'Timeout', category: 'timeout', retryable: true });
    }
  });
});
