/**
 * @alicloud/openapi-client (the Tea core every generated Alibaba SDK, @alicloud/vod20170321
 * included, calls) against a loopback server playing vod.cn-shanghai.aliyuncs.com. The VOD
 * client package is not on the registry this project uses, so the test calls the Tea client's
 * `doRPCRequest` directly, as the generated `VodClient` does. It throws a plain `Error` with
 * `code`, `statusCode` and the body in `data`; non-JSON replies give a bare `SyntaxError`.
 */
import OpenApi, { Config, OpenApiRequest } from '@alicloud/openapi-client';
import { RuntimeOptions } from '@alicloud/tea-util';
import { describe, expect, it } from 'vitest';
import { buildSupportReport, normalizeVodError, type VodError } from '../../src/core';
import {
  aliyunForbiddenReply,
  aliyunGatewayHtmlReply,
  aliyunHostId,
  aliyunRequestId,
  aliyunUnavailableReply,
  aliyunVideoNotFoundReply,
} from '../fixtures/aliyun-replies';
import { jsonCopy, rejectionOf, spreadCopy } from './support/capture';
import { closedPort, useProviderLoopback } from './support/loopback';

const loopback = useProviderLoopback();

const accessKeyId = `LTAI${crypto.randomUUID().replace(/-/g, '').slice(0, 20)}`;
const securityToken = `CAIS${crypto.randomUUID().replace(/-/g, '')}${crypto.randomUUID().replace(/-/g, '')}`;

function client(port: number, timeoutMs = 2000): OpenApi {
  return new OpenApi(
    new Config({
      accessKeyId,
      accessKeySecret: 'example-access-key-secret',
      securityToken,
      endpoint: `vod.cn-shanghai.aliyuncs.com:${port}`,
      protocol: 'http',
      regionId: 'cn-shanghai',
      readTimeout: timeoutMs,
      connectTimeout: timeoutMs,
    }),
  );
}

const getPlayInfo = (port: number, timeoutMs?: number) => () =>
  client(port, timeoutMs).doRPCRequest(
    'GetPlayInfo',
    '2017-03-21',
    'HTTP',
    'POST',
    'AK',
    'json',
    new OpenApiRequest({ query: { VideoId: '93ab850b4f6f54b6e91d24d81d4a4a1a' } }),
    new RuntimeOptions({}),
  );

function expectNoCredential(error: VodError): void {
  const { cause: _cause, ...model } = error;
  const output = `${JSON.stringify(model)}\n${buildSupportReport(error)}`;
  expect(output).not.toContain(accessKeyId);
  expect(output).not.toContain(securityToken);
}

describe('@alicloud/openapi-client (Tea)', () => {
  it('reports a 4xx with code, status, RequestId and HostId, also from a JSON copy that lost the message', async () => {
    loopback.server.answer(aliyunVideoNotFoundReply);
    const thrown = await rejectionOf(getPlayInfo(loopback.server.port));
    expect(loopback.server.requests.at(-1)?.headers.host).toBe(`vod.cn-shanghai.aliyuncs.com:${loopback.server.port}`);
    for (const form of [thrown, jsonCopy(thrown), spreadCopy(thrown)]) {
      expect(normalizeVodError(form)).toMatchObject({
        provider: 'aliyun',
        code: 'InvalidVideo.NotFound',
        httpStatus: 404,
        requestId: aliyunRequestId,
        hostId: aliyunHostId,
        message: 'The video does not exist.',
        category: 'not-found',
      });
    }
  });

  it('reports a RAM permission error (403 with AccessDeniedDetail) as a permission problem', async () => {
    loopback.server.answer(aliyunForbiddenReply);
    const error = normalizeVodError(await rejectionOf(getPlayInfo(loopback.server.port)));
    expect(error).toMatchObject({ provider: 'aliyun', code: 'Forbidden.RAM', httpStatus: 403, category: 'permission', retryable: false });
  });

  it('reports a 5xx as a retryable server failure', async () => {
    loopback.server.answer(aliyunUnavailableReply);
    const thrown = await rejectionOf(getPlayInfo(loopback.server.port));
    for (const form of [thrown, jsonCopy(thrown)]) {
      expect(normalizeVodError(form)).toMatchObject({ provider: 'aliyun', code: 'ServiceUnavailable', httpStatus: 503, retryable: true });
    }
  });

  it('reports the bare SyntaxError Tea throws on an HTML gateway page as an invalid response, with no made-up status', async () => {
    loopback.server.answer(aliyunGatewayHtmlReply);
    const thrown = await rejectionOf(getPlayInfo(loopback.server.port));
    expect(thrown).toBeInstanceOf(SyntaxError);
    const error = normalizeVodError(thrown, { provider: 'aliyun' });
    expect(error).toMatchObject({ provider: 'aliyun', code: 'InvalidResponse', httpStatus: undefined, category: 'unavailable', retryable: true });
    // A JSON copy of a SyntaxError is `{}`: nothing is left to read, and nothing is invented.
    expect(jsonCopy(thrown)).toEqual({});
    expect(normalizeVodError(spreadCopy(thrown))).toMatchObject({ code: 'InvalidResponse', httpStatus: undefined });
  });

  it('reports a refused connection as a network failure, provider from the host in the message', async () => {
    const thrown = await rejectionOf(getPlayInfo(await closedPort()));
    // doRPCRequest signs in the query string, and the transport error repeats the whole URL.
    expect(String((thrown as Error).message)).toContain(accessKeyId);
    for (const form of [thrown, spreadCopy(thrown)]) {
      const error = normalizeVodError(form);
      expect(error).toMatchObject({ provider: 'aliyun', code: 'NetworkError', httpStatus: undefined, retryable: true });
      expectNoCredential(error);
    }
  });

  it('reports a read timeout as a timeout, provider from the host in the message', async () => {
    loopback.server.answer('hang');
    const thrown = await rejectionOf(getPlayInfo(loopback.server.port, 300));
    for (const form of [thrown, jsonCopy(thrown)]) {
      const error = normalizeVodError(form);
      expect(error).toMatchObject({ provider: 'aliyun', code: 'Timeout', category: 'timeout', retryable: true });
      expectNoCredential(error);
    }
  });
});
