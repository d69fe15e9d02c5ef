/**
 * `fetch` (Node's, which follows the same standard as the browsers') against the loopback
 * server: error Responses read with `normalizeVodErrorAsync` without using up the caller's body,
 * and the rejections fetch produces itself.
 */
import { describe, expect, it } from 'vitest';
import { normalizeVodError, normalizeVodErrorAsync, vodErrorCause } from '../../src/core';
import { aliyunGatewayHtmlReply, aliyunRequestId, aliyunThrottledXmlReply, aliyunUnavailableReply } from '../fixtures/aliyun-replies';
import { huaweiAssetNotFoundReply, huaweiRequestId } from '../fixtures/huawei-replies';
import { tencentFileNotFoundReply, tencentRequestId, tencentTraceId } from '../fixtures/tencent-replies';
import { rejectionOf } from './support/capture';
import { closedPort, useProviderLoopback } from './support/loopback';

const loopback = useProviderLoopback();

describe('fetch Responses', () => {
  it('reads a 4xx body and the X-Request-Id header, and the caller can still read the body', async () => {
    loopback.server.answer(huaweiAssetNotFoundReply);
    const response = await fetch(`http://vod.cn-north-4.myhuaweicloud.com:${loopback.server.port}/v1.0/p/asset/details`);
    const error = await normalizeVodErrorAsync(response);
    expect(error).toMatchObject({ provider: 'huawei', code: 'VOD.10062', httpStatus: 404, requestId: huaweiRequestId, category: 'not-found' });
    expect(vodErrorCause(error)).toBe(response);
    await expect(response.json()).resolves.toMatchObject({ error_code: 'VOD.10062' });
  });

  it('reads a Tencent API 3.0 error sent with 200, with its trace header', async () => {
    loopback.server.answer(tencentFileNotFoundReply);
    const response = await fetch(`http://vod.tencentcloudapi.com:${loopback.server.port}/`, { method: 'POST', body: '{}' });
    expect(response.ok).toBe(true);
    const error = await normalizeVodErrorAsync(response);
    expect(error).toMatchObject({ provider: 'tencent', code: 'ResourceNotFound.FileNotExist', requestId: tencentRequestId, traceId: tencentTraceId });
    expect(await response.text()).toContain('FileNotExist');
  });

  it('reads a 5xx JSON body: code, status, RequestId, retryable', async () => {
    loopback.server.answer(aliyunUnavailableReply);
    const response = await fetch(`http://vod.cn-shanghai.aliyuncs.com:${loopback.server.port}/?Action=GetPlayInfo`);
    expect(await normalizeVodErrorAsync(response)).toMatchObject({ provider: 'aliyun', code: 'ServiceUnavailable', httpStatus: 503, requestId: aliyunRequestId, retryable: true });
  });

  it('reads an Alibaba XML error body', async () => {
    loopback.server.answer(aliyunThrottledXmlReply);
    const response = await fetch(`http://vod.cn-shanghai.aliyuncs.com:${loopback.server.port}/?Format=XML`);
    expect(await normalizeVodErrorAsync(response)).toMatchObject({ provider: 'aliyun', code: 'Throttling.User', httpStatus: 400, requestId: aliyunRequestId, retryable: true });
  });

  it('reports an HTML gateway page by status, provider from the response URL, page markup left out', async () => {
    loopback.server.answer(aliyunGatewayHtmlReply);
    const response = await fetch(`http://vod.cn-shanghai.aliyuncs.com:${loopback.server.port}/`);
    const error = await normalizeVodErrorAsync(response);
    expect(error).toMatchObject({ provider: 'aliyun', code: 'HTTP.502', httpStatus: 502, message: '502 Bad Gateway', retryable: true });
  });

  it('skips the body when the caller already read it, and still reports status and headers', async () => {
    loopback.server.answer(huaweiAssetNotFoundReply);
    const response = await fetch(`http://vod.cn-north-4.myhuaweicloud.com:${loopback.server.port}/`);
    await response.text();
    expect(await normalizeVodErrorAsync(response)).toMatchObject({ provider: 'huawei', code: 'HTTP.404', httpStatus: 404, requestId: huaweiRequestId });
  });
});

describe('fetch rejections', () => {
  it('reports a refused connection ("fetch failed", cause ECONNREFUSED) as a network failure', async () => {
    const port = await closedPort();
    const thrown = await rejectionOf(() => fetch(`http://vod.cn-shanghai.aliyuncs.com:${port}/`));
    expect(thrown).toBeInstanceOf(TypeError);
    const error = normalizeVodError(thrown, { url: `https://vod.cn-shanghai.aliyuncs.com/` });
    expect(error).toMatchObject({ provider: 'aliyun', code: 'NetworkError', category: 'network', retryable: true });
    expect(await normalizeVodErrorAsync(thrown)).toMatchObject({ code: 'NetworkError' });
  });

  it('reports AbortSignal.timeout() (a TimeoutError DOMException) as a timeout', async () => {
    loopback.server.answer('hang');
    const thrown = await rejectionOf(() => fetch(`http://vod.tencentcloudapi.com:${loopback.server.port}/`, { signal: AbortSignal.timeout(200) }));
    expect(thrown).toBeInstanceOf(DOMException);
    expect(normalizeVodError(thrown)).toMatchObject({ code: 'Timeout', category: 'timeout', retryable: true });
  });

  it('reports the app aborting (an AbortError DOMException) as aborted, not retryable', async () => {
    loopback.server.answer('hang');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const thrown = await rejectionOf(() => fetch(`http://vod.tencentcloudapi.com:${loopback.server.port}/`, { signal: controller.signal }));
    expect(normalizeVodError(thrown)).toMatchObject({ code: 'Aborted', category: 'aborted', retryable: false });
  });
});
