/**
 * axios (the HTTP client of most browser apps, of vod-js-sdk-v6 and of the Huawei SDK) against
 * the loopback server, as an app calls its own backend or a provider API directly.
 */
import axios, { type AxiosError } from 'axios';
import { describe, expect, it } from 'vitest';
import { normalizeVodError } from '../../src/core';
import { aliyunRequestId, aliyunUnavailableReply } from '../fixtures/aliyun-replies';
import { huaweiAssetNotFoundReply, huaweiGatewayHtmlReply, huaweiRequestId } from '../fixtures/huawei-replies';
import { jsonCopy, rejectionOf, spreadCopy } from './support/capture';
import { closedPort, useProviderLoopback } from './support/loopback';

const loopback = useProviderLoopback();

const huaweiUrl = (port: number) => `http://vod.cn-north-4.myhuaweicloud.com:${port}/v1.0/0123456789abcdef/asset/details?asset_id=a1`;
const aliyunUrl = (port: number) => `http://vod.cn-shanghai.aliyuncs.com:${port}/?Action=GetPlayInfo&VideoId=v1`;

describe('axios', () => {
  it('reports a 4xx from response.status, response.data and the X-Request-Id header', async () => {
    loopback.server.answer(huaweiAssetNotFoundReply);
    const thrown = await rejectionOf(() => axios.get(huaweiUrl(loopback.server.port), { timeout: 2000 }));
    expect(normalizeVodError(thrown)).toMatchObject({ provider: 'huawei', code: 'VOD.10062', httpStatus: 404, requestId: huaweiRequestId, category: 'not-found' });
    // axios' toJSON keeps the status and config but not the response: what is left still says 404 from Huawei.
    expect(normalizeVodError(jsonCopy(thrown))).toMatchObject({ provider: 'huawei', code: 'HTTP.404', httpStatus: 404 });
    // Sending `err.response.data` on, as many backends do, keeps the provider code.
    expect(normalizeVodError((thrown as AxiosError).response?.data)).toMatchObject({ provider: 'huawei', code: 'VOD.10062' });
  });

  it('reports a 5xx body with its provider code, never axios\' own ERR_BAD_RESPONSE', async () => {
    loopback.server.answer(aliyunUnavailableReply);
    const thrown = await rejectionOf(() => axios.post(aliyunUrl(loopback.server.port), 'x=1', { timeout: 2000 }));
    expect(thrown).toMatchObject({ code: 'ERR_BAD_RESPONSE' });
    expect(normalizeVodError(thrown)).toMatchObject({ provider: 'aliyun', code: 'ServiceUnavailable', httpStatus: 503, requestId: aliyunRequestId, retryable: true });
  });

  it('reports an HTML gateway page (data is the page text) by its status', async () => {
    loopback.server.answer(huaweiGatewayHtmlReply);
    const thrown = await rejectionOf(() => axios.get(huaweiUrl(loopback.server.port), { timeout: 2000 }));
    expect(normalizeVodError(thrown)).toMatchObject({ provider: 'huawei', code: 'HTTP.502', httpStatus: 502, message: '502 Bad Gateway' });
  });

  it('reports ECONNREFUSED as a network failure, provider from config.url, thrown and as JSON', async () => {
    const port = await closedPort();
    const thrown = await rejectionOf(() => axios.get(aliyunUrl(port)));
    expect(thrown).toMatchObject({ code: 'ECONNREFUSED' });
    // `{ ...err }` of an axios error cannot even be sent: `request` is a ClientRequest with a cycle.
    expect(() => spreadCopy(thrown)).toThrow(/circular/);
    for (const form of [thrown, jsonCopy(thrown)]) {
      expect(normalizeVodError(form)).toMatchObject({ provider: 'aliyun', code: 'NetworkError', httpStatus: undefined, retryable: true });
    }
  });

  it('reports ERR_NETWORK (the fetch adapter, as in a browser) as a network failure', async () => {
    const port = await closedPort();
    const thrown = await rejectionOf(() => axios.get(aliyunUrl(port), { adapter: 'fetch' }));
    expect(thrown).toMatchObject({ code: 'ERR_NETWORK' });
    expect(normalizeVodError(thrown)).toMatchObject({ provider: 'aliyun', code: 'NetworkError', retryable: true });
  });

  it('reports ECONNABORTED (axios timeout) as a timeout', async () => {
    loopback.server.answer('hang');
    const thrown = await rejectionOf(() => axios.get(huaweiUrl(loopback.server.port), { timeout: 200 }));
    expect(thrown).toMatchObject({ code: 'ECONNABORTED' });
    for (const form of [thrown, jsonCopy(thrown)]) {
      expect(normalizeVodError(form)).toMatchObject({ provider: 'huawei', code: 'Timeout', category: 'timeout', retryable: true });
    }
  });

  it('reports an AbortSignal.timeout() firing as a timeout, though axios calls it "canceled"', async () => {
    loopback.server.answer('hang');
    const thrown = await rejectionOf(() => axios.get(huaweiUrl(loopback.server.port), { signal: AbortSignal.timeout(200) }));
    expect(thrown).toMatchObject({ code: 'ERR_CANCELED', message: 'canceled' });
    expect(normalizeVodError(thrown)).toMatchObject({ code: 'Timeout', category: 'timeout' });
  });

  it('reports ERR_CANCELED from the app\'s own AbortController as aborted, not retryable', async () => {
    loopback.server.answer('hang');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const thrown = await rejectionOf(() => axios.get(huaweiUrl(loopback.server.port), { signal: controller.signal }));
    for (const form of [thrown, jsonCopy(thrown)]) {
      expect(normalizeVodError(form)).toMatchObject({ code: 'Aborted', category: 'aborted', retryable: false });
    }
  });
});
