/**
 * @alicloud/pop-core against a loopback server playing vod.cn-shanghai.aliyuncs.com. It throws
 * an `Error` named `<Code>Error` with the body in `data` and the status in
 * `entry.response.statusCode`; its `message` and `url` hold the signed request URL. XML and
 * HTML replies make its JSON parser throw a plain object (`name: "SyntaxError"`, body in `text`).
 */
import RPCClient from '@alicloud/pop-core';
import { describe, expect, it } from 'vitest';
import { buildSupportReport, normalizeVodError, type VodError } from '../../src/core';
import {
  aliyunGatewayHtmlReply,
  aliyunHostId,
  aliyunRequestId,
  aliyunThrottledXmlReply,
  aliyunUnavailableReply,
  aliyunVideoNotFoundReply,
} from '../fixtures/aliyun-replies';
import { jsonCopy, rejectionOf, spreadCopy } from './support/capture';
import { closedPort, useProviderLoopback } from './support/loopback';

const loopback = useProviderLoopback();

// Fresh per run, so the assertions below search the output for values nobody typed in.
const accessKeyId = `LTAI${crypto.randomUUID().replace(/-/g, '').slice(0, 20)}`;
const securityToken = `CAIS${crypto.randomUUID().replace(/-/g, '')}${crypto.randomUUID().replace(/-/g, '')}`;

function client(port: number) {
  return new RPCClient({
    accessKeyId,
    accessKeySecret: 'example-access-key-secret',
    securityToken,
    endpoint: `http://vod.cn-shanghai.aliyuncs.com:${port}`,
    apiVersion: '2017-03-21',
  });
}

/** GET is pop-core's default: the signed query string ends up in `message` and `url`. */
const getPlayInfo = (port: number, timeout = 2000) => () => client(port).request('GetPlayInfo', { VideoId: '93ab850b4f6f54b6e91d24d81d4a4a1a' }, { timeout });

function expectNoCredential(error: VodError): void {
  const { cause: _cause, ...model } = error;
  const output = `${JSON.stringify(model)}\n${buildSupportReport(error)}`;
  expect(output).not.toContain(accessKeyId);
  expect(output).not.toContain(securityToken);
  expect(output).not.toMatch(/Signature=(?!\[REDACTED\])/);
}

describe('@alicloud/pop-core', () => {
  it('reports a 4xx with code, status, RequestId, HostId and the Recommend link', async () => {
    loopback.server.answer(aliyunVideoNotFoundReply);
    const thrown = await rejectionOf(getPlayInfo(loopback.server.port));
    expect(String((thrown as Error).message)).toContain(accessKeyId);
    for (const form of [thrown, jsonCopy(thrown), spreadCopy(thrown)]) {
      const error = normalizeVodError(form);
      expect(error).toMatchObject({
        provider: 'aliyun',
        format: 'aliyun-rpc',
        code: 'InvalidVideo.NotFound',
        httpStatus: 404,
        requestId: aliyunRequestId,
        hostId: aliyunHostId,
        message: 'The video does not exist.',
        category: 'not-found',
      });
      expect(error.links.map((link) => link.kind)).toContain('recommend');
      expectNoCredential(error);
    }
  });

  it('reports a 5xx as a retryable server failure', async () => {
    loopback.server.answer(aliyunUnavailableReply);
    const thrown = await rejectionOf(getPlayInfo(loopback.server.port));
    for (const form of [thrown, jsonCopy(thrown)]) {
      const error = normalizeVodError(form);
      expect(error).toMatchObject({ provider: 'aliyun', code: 'ServiceUnavailable', httpStatus: 503, requestId: aliyunRequestId, retryable: true });
      expectNoCredential(error);
    }
  });

  it('recovers the code of an XML error body from the parser error pop-core throws', async () => {
    loopback.server.answer(aliyunThrottledXmlReply);
    const thrown = await rejectionOf(getPlayInfo(loopback.server.port));
    expect(thrown).toMatchObject({ name: 'SyntaxError' });
    for (const form of [thrown, jsonCopy(thrown)]) {
      // The status is gone with the response; the kit does not make one up.
      expect(normalizeVodError(form)).toMatchObject({ provider: 'aliyun', code: 'Throttling.User', httpStatus: undefined, requestId: aliyunRequestId, category: 'rate-limit', retryable: true });
    }
  });

  it('reads the status of an HTML gateway page from the text pop-core failed to parse', async () => {
    loopback.server.answer(aliyunGatewayHtmlReply);
    const error = normalizeVodError(await rejectionOf(getPlayInfo(loopback.server.port)), { provider: 'aliyun' });
    expect(error).toMatchObject({ provider: 'aliyun', code: 'HTTP.502', httpStatus: 502, message: '502 Bad Gateway', retryable: true });
    expect(error.message).not.toContain('Tengine');
  });

  it('reports a refused connection as a network failure, provider from the host, credentials removed', async () => {
    const thrown = await rejectionOf(getPlayInfo(await closedPort()));
    expect(String((thrown as Error).message)).toContain(accessKeyId);
    for (const form of [thrown, jsonCopy(thrown), spreadCopy(thrown)]) {
      const error = normalizeVodError(form);
      expect(error).toMatchObject({ code: 'NetworkError', httpStatus: undefined, retryable: true });
      expectNoCredential(error);
    }
    expect(normalizeVodError(thrown).provider).toBe('aliyun');
  });

  it('reports a read timeout as a timeout, provider from the host, credentials removed', async () => {
    loopback.server.answer('hang');
    const thrown = await rejectionOf(getPlayInfo(loopback.server.port, 300));
    expect(thrown).toMatchObject({ name: 'RequestTimeoutError' });
    for (const form of [thrown, jsonCopy(thrown)]) {
      const error = normalizeVodError(form);
      expect(error).toMatchObject({ provider: 'aliyun', code: 'Timeout', category: 'timeout', retryable: true });
      expectNoCredential(error);
    }
  });
});
