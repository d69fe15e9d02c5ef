/**
 * tencentcloud-sdk-nodejs-vod (API 3.0) against a loopback server playing vod.tencentcloudapi.com.
 * The SDK throws `TencentCloudSDKHttpException`; on non-200 replies it keeps only `httpCode`
 * and the status text, so the kit must report the status and never invent a code.
 */
import tencentcloud from 'tencentcloud-sdk-nodejs-vod';
import { describe, expect, it } from 'vitest';
import { normalizeVodError } from '../../src/core';
import {
  tencentFileNotFoundReply,
  tencentForbiddenReply,
  tencentGatewayHtmlReply,
  tencentHtmlWith200Reply,
  tencentRequestId,
  tencentTraceId,
  tencentUnavailableReply,
} from '../fixtures/tencent-replies';
import { jsonCopy, rejectionOf, spreadCopy } from './support/capture';
import { closedPort, useProviderLoopback } from './support/loopback';

const VodClient = tencentcloud.vod.v20180717.Client;

const loopback = useProviderLoopback();

function client(port: number, reqTimeoutSeconds = 2) {
  return new VodClient({
    credential: { secretId: 'AKIDexampleexampleexample0000', secretKey: 'example-secret-key' },
    region: 'ap-guangzhou',
    profile: { httpProfile: { endpoint: `vod.tencentcloudapi.com:${port}`, protocol: 'http://', reqTimeout: reqTimeoutSeconds } },
  });
}

const describeMedia = (port: number, reqTimeoutSeconds?: number) => () =>
  client(port, reqTimeoutSeconds).DescribeMediaInfos({ FileIds: ['5285890781763144364'] });

describe('tencentcloud-sdk-nodejs-vod', () => {
  it('reports an API error (HTTP 200 body) with its code, RequestId and trace header', async () => {
    loopback.server.answer(tencentFileNotFoundReply);
    const thrown = await rejectionOf(describeMedia(loopback.server.port));
    expect(loopback.server.requests.at(-1)?.headers.host).toBe(`vod.tencentcloudapi.com:${loopback.server.port}`);
    for (const form of [thrown, jsonCopy(thrown), spreadCopy(thrown)]) {
      expect(normalizeVodError(form)).toMatchObject({
        provider: 'tencent',
        format: 'tencent-v3',
        code: 'ResourceNotFound.FileNotExist',
        httpStatus: undefined,
        requestId: tencentRequestId,
        traceId: tencentTraceId,
        category: 'not-found',
      });
    }
    expect(normalizeVodError(thrown).message).toBe('The file does not exist.');
  });

  it('reports a 4xx reply by its status alone, because the SDK drops the body code', async () => {
    loopback.server.answer(tencentForbiddenReply);
    const thrown = await rejectionOf(describeMedia(loopback.server.port));
    for (const form of [thrown, jsonCopy(thrown), spreadCopy(thrown)]) {
      const error = normalizeVodError(form);
      expect(error).toMatchObject({ provider: 'tencent', format: 'http', code: 'HTTP.403', httpStatus: 403, requestId: undefined, category: 'permission' });
      expect(error.code).not.toBe('AuthFailure.SignatureFailure');
    }
  });

  it('reports a 5xx reply as a retryable server failure with the trace header the SDK kept', async () => {
    loopback.server.answer(tencentUnavailableReply);
    const error = normalizeVodError(await rejectionOf(describeMedia(loopback.server.port)));
    expect(error).toMatchObject({ provider: 'tencent', code: 'HTTP.503', httpStatus: 503, traceId: tencentTraceId, retryable: true });
  });

  it('reports an HTML gateway page by its status, not as an API code', async () => {
    loopback.server.answer(tencentGatewayHtmlReply);
    const error = normalizeVodError(await rejectionOf(describeMedia(loopback.server.port)));
    expect(error).toMatchObject({ provider: 'tencent', code: 'HTTP.502', httpStatus: 502, category: 'unavailable', retryable: true });
  });

  it('reports an HTML page sent with 200 as an invalid response from the Tencent endpoint', async () => {
    loopback.server.answer(tencentHtmlWith200Reply);
    // Here the SDK lets node-fetch's own FetchError (type "invalid-json") escape unwrapped.
    const thrown = await rejectionOf(describeMedia(loopback.server.port));
    expect(thrown).toMatchObject({ name: 'FetchError', type: 'invalid-json' });
    expect(normalizeVodError(thrown)).toMatchObject({ provider: 'tencent', code: 'InvalidResponse', httpStatus: undefined, category: 'unavailable' });
  });

  it('reports a refused connection as a retryable network failure, provider found from the endpoint host', async () => {
    const port = await closedPort();
    const thrown = await rejectionOf(describeMedia(port));
    for (const form of [thrown, spreadCopy(thrown)]) {
      expect(normalizeVodError(form)).toMatchObject({ provider: 'tencent', format: 'network', code: 'NetworkError', httpStatus: undefined, retryable: true });
    }
    // A plain JSON copy keeps only requestId/traceId: the kit says so rather than guessing.
    expect(normalizeVodError(jsonCopy(thrown))).toMatchObject({ provider: 'tencent', code: 'Unknown', httpStatus: undefined });
  });

  it('reports an SDK timeout (reqTimeout) as a timeout', async () => {
    loopback.server.answer('hang');
    const thrown = await rejectionOf(describeMedia(loopback.server.port, 0.3));
    for (const form of [thrown, spreadCopy(thrown)]) {
      expect(normalizeVodError(form)).toMatchObject({ provider: 'tencent', code: 'Timeout', category: 'timeout', retryable: true });
    }
  });
});
