/**
 * @huaweicloud/huaweicloud-sdk-core + -vod against a loopback server playing
 * vod.cn-north-4.myhuaweicloud.com. API errors arrive as `ClientRequestException` (4xx) or
 * `ServerResponseException` (5xx) with `httpStatusCode`, `errorCode`, `errorMsg` and the
 * `X-Request-Id` header as `requestId`; transport failures as the base
 * `ServiceResponseException` with nothing but `errorMsg`.
 */
import { createRequire } from 'node:module';
import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core';
import { ShowAssetDetailRequest, VodClient } from '@huaweicloud/huaweicloud-sdk-vod';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildSupportReport, normalizeVodError } from '../../src/core';
import {
  huaweiAssetNotFoundReply,
  huaweiGatewayAuthReply,
  huaweiGatewayHtmlReply,
  huaweiInternalErrorReply,
  huaweiRequestId,
} from '../fixtures/huawei-replies';
import { jsonCopy, rejectionOf, spreadCopy } from './support/capture';
import { closedPort, routeProviderHostsToLoopback, startLoopback, type Loopback } from './support/loopback';

// The SDK logs every failure, request headers (Authorization, X-Security-Token) included, at
// ERROR level through log4js; keep that out of the test output.
const { Logger4jInstance } = createRequire(import.meta.url)('@huaweicloud/huaweicloud-sdk-core/logger/log4jLogger') as {
  Logger4jInstance: { error: (...args: unknown[]) => void };
};

let server: Loopback;
let restoreDns: () => void;
beforeAll(async () => {
  vi.spyOn(Logger4jInstance, 'error').mockImplementation(() => undefined);
  restoreDns = routeProviderHostsToLoopback();
  server = await startLoopback();
});
afterAll(async () => {
  await server.close();
  restoreDns();
  vi.restoreAllMocks();
});

const securityToken = `hws-token-${crypto.randomUUID()}`;
const accessKey = `HPUA${crypto.randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase()}`;

function client(port: number, timeoutMs = 2000): VodClient {
  const credentials = new BasicCredentials()
    .withAk(accessKey)
    .withSk('example-secret-key')
    .withProjectId('0123456789abcdef0123456789abcdef')
    .withSecurityToken(securityToken);
  return VodClient.newBuilder()
    .withCredential(credentials)
    .withEndpoint(`http://vod.cn-north-4.myhuaweicloud.com:${port}`)
    .withOptions({ axiosRequestConfig: { timeout: timeoutMs } })
    .build();
}

const showAsset = (port: number, timeoutMs?: number) => () => {
  const request = new ShowAssetDetailRequest();
  request.assetId = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
  return client(port, timeoutMs).showAssetDetail(request);
};

describe('@huaweicloud/huaweicloud-sdk-vod', () => {
  it('reports a 4xx ClientRequestException with code, status and the X-Request-Id header', async () => {
    server.answer(huaweiAssetNotFoundReply);
    const thrown = await rejectionOf(showAsset(server.port));
    expect(thrown).toMatchObject({ name: 'ClientRequestException' });
    expect(server.requests.at(-1)?.headers['x-security-token']).toBe(securityToken);
    for (const form of [thrown, jsonCopy(thrown), spreadCopy(thrown)]) {
      const error = normalizeVodError(form);
      expect(error).toMatchObject({
        provider: 'huawei',
        format: 'huawei',
        code: 'VOD.10062',
        httpStatus: 404,
        requestId: huaweiRequestId,
        message: 'Media asset or resource does not exist, please check.',
        category: 'not-found',
      });
      expect(buildSupportReport(error)).not.toContain(securityToken);
    }
  });

  it('reports an API-gateway 401 by its APIG code (the SDK drops the request_id in the body)', async () => {
    server.answer(huaweiGatewayAuthReply);
    const error = normalizeVodError(await rejectionOf(showAsset(server.port)));
    expect(error).toMatchObject({ provider: 'huawei', code: 'APIG.0301', httpStatus: 401, requestId: undefined, category: 'auth' });
  });

  it('reports a 5xx ServerResponseException with its VOD code and RequestId', async () => {
    server.answer(huaweiInternalErrorReply);
    const thrown = await rejectionOf(showAsset(server.port));
    expect(thrown).toMatchObject({ name: 'ServerResponseException' });
    for (const form of [thrown, jsonCopy(thrown)]) {
      expect(normalizeVodError(form)).toMatchObject({ provider: 'huawei', code: 'VOD.10051', httpStatus: 500, requestId: huaweiRequestId });
    }
  });

  it('reports an HTML gateway page by its status, provider from the exception class', async () => {
    server.answer(huaweiGatewayHtmlReply);
    const thrown = await rejectionOf(showAsset(server.port));
    for (const form of [thrown, jsonCopy(thrown)]) {
      expect(normalizeVodError(form)).toMatchObject({ provider: 'huawei', code: 'HTTP.502', httpStatus: 502, retryable: true });
    }
  });

  it('reports a refused connection (base ServiceResponseException) as a network failure, in every form', async () => {
    const thrown = await rejectionOf(showAsset(await closedPort()));
    expect(thrown).toMatchObject({ name: 'ServiceResponseException', httpStatusCode: undefined });
    for (const form of [thrown, jsonCopy(thrown), spreadCopy(thrown)]) {
      expect(normalizeVodError(form)).toMatchObject({ provider: 'huawei', format: 'network', code: 'NetworkError', httpStatus: undefined, retryable: true });
    }
  });

  it('reports an axios timeout inside the SDK as a timeout, in every form', async () => {
    server.answer('hang');
    const thrown = await rejectionOf(showAsset(server.port, 300));
    for (const form of [thrown, jsonCopy(thrown), spreadCopy(thrown)]) {
      expect(normalizeVodError(form)).toMatchObject({ provider: 'huawei', code: 'Timeout', category: 'timeout', retryable: true });
    }
  });
});
