/** vod-error-kit/server: what a route handler sends for each kind of failure. */
import { rolldown } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { normalizeVodError, normalizeVodErrorAsync } from '../../src/core';
import { vodErrorReply, vodErrorResponse, vodErrorStatus } from '../../src/server';
import { aliyunRequestId } from '../fixtures/aliyun-replies';
import { huaweiRequestId } from '../fixtures/huawei-replies';
import { tencentRequestId } from '../fixtures/tencent-replies';

const tencent = (code: string) => ({ Response: { Error: { Code: code, Message: 'm' }, RequestId: tencentRequestId } });
const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), { code: 'ECONNREFUSED' });
const timedOut = () => Object.assign(new Error('timeout of 2000ms exceeded'), { code: 'ECONNABORTED', isAxiosError: true, config: { url: 'https://vod.tencentcloudapi.com/' } });

describe('the status to send', () => {
  it.each([
    ['the provider\'s real 404', { status: 404, headers: { 'X-Request-Id': huaweiRequestId }, data: { error_code: 'VOD.10062', error_msg: 'x' } }, 404],
    ['the provider\'s real 403', { status: 403, headers: {}, data: { RequestId: aliyunRequestId, HostId: 'vod.cn-shanghai.aliyuncs.com', Code: 'Forbidden.RAM', Message: 'x' } }, 403],
    ['the provider\'s real 503', { status: 503, headers: {}, data: { Code: 'ServiceUnavailable', RequestId: aliyunRequestId, HostId: 'vod.cn-shanghai.aliyuncs.com', Message: 'x' } }, 503],
    ['a Tencent not-found sent with 200', { status: 200, headers: {}, data: tencent('ResourceNotFound.FileNotExist') }, 404],
    ['a Tencent signature failure sent with 200', tencent('AuthFailure.SignatureFailure'), 401],
    ['a Tencent missing parameter sent with 200', tencent('MissingParameter'), 400],
    ['a Tencent throttle sent with 200', tencent('RequestLimitExceeded'), 429],
    ['a Tencent internal error sent with 200', tencent('InternalError'), 500],
    ['a refused connection (the provider did not answer)', refused(), 502],
    ['a timeout (the provider did not answer in time)', timedOut(), 504],
    ['a reply that was not JSON (node-fetch invalid-json, as the Tencent SDK lets it escape)', Object.assign(new Error('invalid json response body at https://vod.tencentcloudapi.com/ reason: Unexpected token <'), { name: 'FetchError', type: 'invalid-json' }), 502],
    ['an error of the app\'s own code', new Error('cannot read properties of undefined'), 500],
    ['a reply that is a success (DryRunOperation)', tencent('DryRunOperation'), 500],
  ])('for %s', (_name, caught, status) => {
    expect(vodErrorReply(caught).status).toBe(status);
  });

  it('is never 2xx or 3xx, whatever is caught', () => {
    const values: unknown[] = [null, undefined, 0, 200, 'ok', {}, [], { status: 200 }, { status: 302, headers: {} }, tencent('DryRunOperation'), { code: 0, message: 'ok' }];
    for (const value of values) expect(vodErrorReply(value).status).toBeGreaterThanOrEqual(400);
  });
});

describe('the headers', () => {
  it('carry the RequestId as X-Request-Id, JSON, and no caching', () => {
    const { headers } = vodErrorReply(tencent('ResourceNotFound.FileNotExist'));
    expect(headers).toEqual({ 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Request-Id': tencentRequestId });
  });

  it('carry Retry-After in seconds when the error is retryable, from the provider\'s own header first', () => {
    expect(vodErrorReply({ status: 503, headers: { 'retry-after': '7' }, body: '' }).headers['Retry-After']).toBe('7');
    expect(vodErrorReply(tencent('RequestLimitExceeded')).headers['Retry-After']).toMatch(/^[1-9]\d*$/);
    expect(vodErrorReply(tencent('ResourceNotFound.FileNotExist')).headers).not.toHaveProperty('Retry-After');
  });

  it('leave out a RequestId that is not a plain header value (no response splitting)', () => {
    const { headers } = vodErrorReply({ Response: { Error: { Code: 'InternalError', Message: 'x' }, RequestId: 'abc\r\nSet-Cookie: session=stolen' } });
    expect(headers).not.toHaveProperty('X-Request-Id');
    for (const value of Object.values(headers)) expect(value).not.toMatch(/[\r\n]|Set-Cookie/);
  });
});

describe('the body', () => {
  it('is the model as plain JSON, which normalizes back to the same error', () => {
    const caught = Object.assign(new Error('x'), { code: 'ResourceNotFound.FileNotExist', requestId: tencentRequestId, url: 'https://vod.tencentcloudapi.com/?SecretId=AKIDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' });
    const { body } = vodErrorReply(caught);
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect(JSON.stringify(body)).not.toContain('AKID');
    expect(normalizeVodError(body)).toMatchObject({ code: 'ResourceNotFound.FileNotExist', requestId: tencentRequestId, category: 'not-found', retryable: false });
  });

  it('drops a cause smuggled into a JSON copy that is relayed again', () => {
    const copy = { ...JSON.parse(JSON.stringify(normalizeVodError(tencent('InternalError')))), cause: { headers: { Authorization: 'Bearer SECRETSECRETSECRETSECRET' } } };
    expect(JSON.stringify(vodErrorReply(copy).body)).not.toContain('SECRET');
  });
});

describe('vodErrorResponse', () => {
  it('is a Web Response with the same status, headers and body, which the page reads back', async () => {
    const response = vodErrorResponse(tencent('ResourceNotFound.FileNotExist'));
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(404);
    expect(response.headers.get('x-request-id')).toBe(tencentRequestId);
    const error = await normalizeVodErrorAsync(response);
    expect(error).toMatchObject({ provider: 'tencent', code: 'ResourceNotFound.FileNotExist', requestId: tencentRequestId, category: 'not-found' });
  });

  it('never throws, even for a value whose every read throws', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); } });
    expect(vodErrorResponse(hostile).status).toBe(500);
    expect(vodErrorStatus(normalizeVodError(hostile))).toBe(500);
  });
});

describe('the server entry', () => {
  it('bundles without React, react-dom, i18next or any framework', async () => {
    const bundle = await rolldown({ input: 'src/server/index.ts', logLevel: 'silent' });
    const { output } = await bundle.generate({ format: 'esm', minify: true });
    await bundle.close();
    const modules = output[0].moduleIds.filter((id) => !id.startsWith('\u0000'));
    expect(modules.filter((id) => /node_modules|[\\/](react|i18n)[\\/]/.test(id))).toEqual([]);
    expect(output[0].code).not.toMatch(/from ['"](?:react|react-dom|i18next|express|next)/);
  });
});
