/**
 * Every way a real client hands over a failure, without a network: JSON copies of the official
 * SDKs' errors (captured from real runs, see test/fixtures/*-sdk-errors.ts), errors built with
 * the SDKs' own classes, and the browser-side shapes (fetch, axios, XMLHttpRequest, upload SDK
 * callbacks). The same clients run for real against a loopback server in test/contract/.
 */
import { createRequire } from 'node:module';
import { ExceptionUtil } from '@huaweicloud/huaweicloud-sdk-core/exception/ExceptionUtil';
import { AxiosError, AxiosHeaders, CanceledError, type InternalAxiosRequestConfig } from 'axios';
import { describe, expect, it } from 'vitest';
import {
  buildSupportReport,
  fromAliyunUploadFailure,
  fromAliyunUploadTokenExpired,
  normalizeVodError,
  normalizeVodErrorAsync,
  type VodError,
  vodErrorCause,
} from '../../src/core';
import * as aliyunSdk from '../fixtures/aliyun-sdk-errors';
import * as huaweiSdk from '../fixtures/huawei-sdk-errors';
import * as tencentSdk from '../fixtures/tencent-sdk-errors';

const require = createRequire(import.meta.url);
const TencentCloudSDKHttpException = (require('tencentcloud-sdk-nodejs-common/tencentcloud/common/exception/tencent_cloud_sdk_exception') as {
  default: new (message: string, requestId?: string, traceId?: string) => Error & { code?: string; httpCode?: number };
}).default;
const tea = require('@alicloud/tea-typescript') as { newError(data: Record<string, unknown>): Error };

const ALIYUN_REQUEST_ID = '8906582E-6722-409A-A6C4-0E7863B733A5';
const TENCENT_REQUEST_ID = 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6';
const HUAWEI_REQUEST_ID = 'f1e2d3c4b5a6978812345678abcdef01';

type Expected = Partial<Pick<VodError, 'provider' | 'format' | 'code' | 'httpStatus' | 'requestId' | 'hostId' | 'traceId' | 'category' | 'retryable'>>;

describe('JSON copies of SDK errors, as an app backend passes them on', () => {
  const cases: ReadonlyArray<readonly [string, unknown, Expected]> = [
    ['pop-core 404 (body in data, status in entry.response)', aliyunSdk.popCoreNotFoundJson, { provider: 'aliyun', code: 'InvalidVideo.NotFound', httpStatus: 404, requestId: ALIYUN_REQUEST_ID, hostId: 'vod.cn-shanghai.aliyuncs.com' }],
    ['pop-core XML reply (json-bigint parse error with the body in text)', aliyunSdk.popCoreXmlParseErrorJson, { provider: 'aliyun', code: 'Throttling.User', httpStatus: undefined, requestId: ALIYUN_REQUEST_ID, retryable: true }],
    ['pop-core connection refused (signed URL in the message)', aliyunSdk.popCoreRefusedSpread, { provider: 'aliyun', code: 'NetworkError', httpStatus: undefined, retryable: true }],
    ['pop-core read timeout', aliyunSdk.popCoreTimeoutJson, { provider: 'aliyun', code: 'Timeout', category: 'timeout' }],
    ['Tea 404 (message lost, data and statusCode kept)', aliyunSdk.teaNotFoundJson, { provider: 'aliyun', code: 'InvalidVideo.NotFound', httpStatus: 404, requestId: ALIYUN_REQUEST_ID }],
    ['Tea 404, spread (Tea message form)', aliyunSdk.teaNotFoundSpread, { provider: 'aliyun', code: 'InvalidVideo.NotFound', httpStatus: 404, requestId: ALIYUN_REQUEST_ID }],
    ['Tea on an HTML page (bare SyntaxError)', aliyunSdk.teaHtmlSpread, { code: 'InvalidResponse', httpStatus: undefined, category: 'unavailable' }],
    ['Tea connection refused', aliyunSdk.teaRefusedSpread, { provider: 'aliyun', code: 'NetworkError' }],
    ['Tencent SDK API error', tencentSdk.tencentApiErrorJson, { provider: 'tencent', format: 'tencent-v3', code: 'ResourceNotFound.FileNotExist', requestId: TENCENT_REQUEST_ID, traceId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' }],
    ['Tencent SDK API error, spread', tencentSdk.tencentApiErrorSpread, { provider: 'tencent', code: 'ResourceNotFound.FileNotExist', requestId: TENCENT_REQUEST_ID }],
    ['Tencent SDK non-200 reply (httpCode only)', tencentSdk.tencentHttp403Json, { provider: 'tencent', format: 'http', code: 'HTTP.403', httpStatus: 403, category: 'permission' }],
    ['Tencent SDK connection refused', tencentSdk.tencentRefusedSpread, { provider: 'tencent', code: 'NetworkError', httpStatus: undefined }],
    ['Tencent SDK timeout', tencentSdk.tencentTimeoutSpread, { provider: 'tencent', code: 'Timeout' }],
    ['vod-js-sdk-v6 403 (code overwritten with 500, response dropped)', tencentSdk.vodJs403Json, { provider: 'tencent', code: 'HTTP.403', httpStatus: 403, category: 'permission' }],
    ['Huawei ClientRequestException', huaweiSdk.huaweiNotFoundJson, { provider: 'huawei', code: 'VOD.10062', httpStatus: 404, requestId: HUAWEI_REQUEST_ID, category: 'not-found' }],
    ['Huawei ServerResponseException', huaweiSdk.huaweiServerErrorJson, { provider: 'huawei', code: 'VOD.10051', httpStatus: 500, requestId: HUAWEI_REQUEST_ID }],
    ['Huawei transport failure (errorMsg only)', huaweiSdk.huaweiRefusedJson, { provider: 'huawei', code: 'NetworkError', httpStatus: undefined }],
    ['Huawei timeout (errorMsg only)', huaweiSdk.huaweiTimeoutJson, { provider: 'huawei', code: 'Timeout' }],
  ];

  it.each(cases)('%s', (_name, copy, expected) => {
    expect(normalizeVodError(copy)).toMatchObject(expected);
  });

  it('never reports the 500 vod-js-sdk-v6 writes over axios\' code as the status', () => {
    expect(normalizeVodError(tencentSdk.vodJs403Json).httpStatus).not.toBe(500);
    expect(normalizeVodError({ message: 'timeout of 5000ms exceeded', config: { url: 'https://vod2.qcloud.com/v3/index.php' }, code: 500 })).toMatchObject({ code: 'Timeout', httpStatus: undefined });
  });

  it('keeps the numeric business code of a vod-js-sdk-v6 rejection whose message JSON dropped', () => {
    expect(normalizeVodError(tencentSdk.vodJsBusinessJson, { provider: 'tencent' })).toMatchObject({ provider: 'tencent', format: 'tencent-v2', code: '10008' });
  });

  it('keeps pop-core\'s signed URL out of the model and the support report', () => {
    for (const copy of [aliyunSdk.popCoreNotFoundJson, aliyunSdk.popCoreRefusedSpread, aliyunSdk.popCoreTimeoutJson, aliyunSdk.teaRefusedSpread]) {
      const error = normalizeVodError(copy);
      const { cause: _cause, ...model } = error;
      for (const output of [JSON.stringify(model), buildSupportReport(error)]) {
        expect(output).not.toContain('LTAI5tFixtureKey0000000');
        expect(output).not.toMatch(/Signature(?:Nonce)?=(?!\[REDACTED\])/);
      }
    }
  });
});

describe('Node transport errors that name only the endpoint host', () => {
  it('finds the provider of "getaddrinfo ENOTFOUND" from the hostname Node puts on the error, also in a JSON copy', () => {
    const thrown = Object.assign(new Error('getaddrinfo ENOTFOUND vod.cn-shanghai.aliyuncs.com'), {
      code: 'ENOTFOUND',
      syscall: 'getaddrinfo',
      hostname: 'vod.cn-shanghai.aliyuncs.com',
    });
    for (const form of [thrown, JSON.parse(JSON.stringify(thrown)) as unknown]) {
      expect(normalizeVodError(form)).toMatchObject({ provider: 'aliyun', format: 'network', code: 'NetworkError', retryable: true });
    }
  });

  it('leaves the provider unknown for ECONNREFUSED to a bare IP, unless the app passes the url', () => {
    const thrown = Object.assign(new Error('connect ECONNREFUSED 47.100.1.2:443'), { code: 'ECONNREFUSED', address: '47.100.1.2', port: 443 });
    expect(normalizeVodError(thrown).provider).toBe('unknown');
    expect(normalizeVodError(thrown, { url: 'https://vod.ap-southeast-1.myhuaweicloud.com/v1.0/p/asset' })).toMatchObject({ provider: 'huawei', code: 'NetworkError' });
  });
});

describe('errors built with the SDKs\' own classes', () => {
  it('Huawei: the SDK\'s own ExceptionUtil turns a nested {error:{code,message}} reply into a ClientRequestException the kit reads', () => {
    const thrown = ExceptionUtil.generalException({ status: 403, data: { error: { code: 'VOD.10054', message: 'Authentication failed.' } }, requestId: HUAWEI_REQUEST_ID });
    expect(thrown.name).toBe('ClientRequestException');
    for (const form of [thrown, JSON.parse(JSON.stringify(thrown)) as unknown]) {
      expect(normalizeVodError(form)).toMatchObject({ provider: 'huawei', code: 'VOD.10054', httpStatus: 403, requestId: HUAWEI_REQUEST_ID, category: 'auth' });
    }
  });

  it('Huawei: a transport failure has no status and no code, and is still a Huawei network failure', () => {
    const thrown = ExceptionUtil.generalException({ message: 'getaddrinfo ENOTFOUND vod.cn-north-4.myhuaweicloud.com' });
    expect(thrown.name).toBe('ServiceResponseException');
    expect(normalizeVodError(thrown)).toMatchObject({ provider: 'huawei', code: 'NetworkError', httpStatus: undefined });
  });

  it('Tencent: an SDK exception for a non-200 reply is recognised by its class, with the status and nothing invented', () => {
    const thrown = new TencentCloudSDKHttpException('Bad Gateway', '', '');
    thrown.httpCode = 502;
    expect(thrown.name).toBe('Error');
    expect(normalizeVodError(thrown)).toMatchObject({ provider: 'tencent', code: 'HTTP.502', httpStatus: 502, message: 'Bad Gateway', retryable: true });
  });

  it('Tea: an error made by tea-typescript\'s newError is read from code, data and statusCode', () => {
    const thrown = tea.newError({
      code: 'Forbidden.RAM',
      message: `code: 403, User not authorized. request id: ${ALIYUN_REQUEST_ID}`,
      data: { RequestId: ALIYUN_REQUEST_ID, HostId: 'vod.cn-shanghai.aliyuncs.com', Code: 'Forbidden.RAM', Message: 'User not authorized.', statusCode: 403 },
    });
    expect(normalizeVodError(thrown)).toMatchObject({ provider: 'aliyun', code: 'Forbidden.RAM', httpStatus: 403, requestId: ALIYUN_REQUEST_ID, category: 'permission' });
  });
});

describe('fetch', () => {
  it.each([
    ['Chrome', 'Failed to fetch'],
    ['Firefox', 'NetworkError when attempting to fetch resource.'],
    ['Safari', 'Load failed'],
  ])('reports %s\'s TypeError as a network failure, provider from the url option', (_browser, message) => {
    const error = normalizeVodError(new TypeError(message), { url: 'https://vod.cn-shanghai.aliyuncs.com/' });
    expect(error).toMatchObject({ provider: 'aliyun', code: 'NetworkError', category: 'network', retryable: true });
  });

  it('reports an AbortError DOMException as aborted and a TimeoutError DOMException as a timeout', () => {
    expect(normalizeVodError(new DOMException('The operation was aborted.', 'AbortError'))).toMatchObject({ code: 'Aborted', retryable: false });
    expect(normalizeVodError(new DOMException('The operation timed out.', 'TimeoutError'))).toMatchObject({ code: 'Timeout', retryable: true });
  });

  it('never takes a DOMException\'s numeric code (20, 23) for a provider code', () => {
    const abort = new DOMException('aborted', 'AbortError');
    expect(abort.code).toBe(20);
    expect(normalizeVodError({ name: abort.name, message: abort.message, code: abort.code }).code).toBe('Aborted');
  });

  it('reads a Response body from a clone, so the caller can still read it', async () => {
    const response = new Response(JSON.stringify({ error_code: 'VOD.10062', error_msg: 'not found' }), {
      status: 404,
      headers: { 'content-type': 'application/json', 'X-Request-Id': HUAWEI_REQUEST_ID },
    });
    expect(await normalizeVodErrorAsync(response)).toMatchObject({ provider: 'huawei', code: 'VOD.10062', httpStatus: 404, requestId: HUAWEI_REQUEST_ID });
    expect(response.bodyUsed).toBe(false);
    await expect(response.json()).resolves.toEqual({ error_code: 'VOD.10062', error_msg: 'not found' });
  });

  it('returns a model that normalizeVodError hands back as is', async () => {
    const error = await normalizeVodErrorAsync(new Response('{}', { status: 503 }));
    expect(normalizeVodError(error)).toBe(error);
  });

  it('reads only a bounded prefix of a body that never ends, and still reports the status', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new TextEncoder().encode('<html><title>502 Bad Gateway</title>'.padEnd(64 * 1024, ' ')));
      },
    });
    const response = new Response(endless, { status: 502, headers: { 'content-type': 'text/html' } });
    const error = await normalizeVodErrorAsync(response);
    expect(error).toMatchObject({ code: 'HTTP.502', httpStatus: 502, message: '502 Bad Gateway' });
    expect(pulled).toBeLessThan(64);
  });

  it('reads the Response an error carries in `response` (ky\'s HTTPError)', async () => {
    const response = new Response(JSON.stringify({ Response: { Error: { Code: 'LimitExceeded', Message: 'too many' }, RequestId: TENCENT_REQUEST_ID } }), { status: 200 });
    const httpError = Object.assign(new Error('Request failed with status code 200'), { name: 'HTTPError', response });
    expect(await normalizeVodErrorAsync(httpError)).toMatchObject({ provider: 'tencent', code: 'LimitExceeded', requestId: TENCENT_REQUEST_ID });
  });
});

describe('axios', () => {
  const config = (url: string) => ({ url, headers: new AxiosHeaders() }) as InternalAxiosRequestConfig;

  it('reports ERR_NETWORK ("Network Error", the browser XHR adapter) as a network failure from config.url', () => {
    const thrown = new AxiosError('Network Error', 'ERR_NETWORK', config('https://vod.tencentcloudapi.com/'), {});
    expect(normalizeVodError(thrown)).toMatchObject({ provider: 'tencent', code: 'NetworkError', httpStatus: undefined });
  });

  it('reports ECONNABORTED as a timeout and ERR_CANCELED as aborted', () => {
    expect(normalizeVodError(new AxiosError('timeout of 5000ms exceeded', 'ECONNABORTED', config('/api/vod')))).toMatchObject({ code: 'Timeout' });
    expect(normalizeVodError(new CanceledError(undefined, config('/api/vod')))).toMatchObject({ code: 'Aborted', retryable: false });
  });

  it('takes the status, Retry-After and body from response, never axios\' ERR_BAD_REQUEST', () => {
    const response = {
      status: 429,
      statusText: 'Too Many Requests',
      headers: new AxiosHeaders({ 'Retry-After': '3', 'X-Acs-Request-Id': ALIYUN_REQUEST_ID }),
      data: { RequestId: ALIYUN_REQUEST_ID, HostId: 'vod.cn-shanghai.aliyuncs.com', Code: 'Throttling.User', Message: 'Request was denied due to user flow control.' },
      config: config('https://vod.cn-shanghai.aliyuncs.com/'),
    };
    const thrown = new AxiosError('Request failed with status code 429', 'ERR_BAD_REQUEST', response.config, {}, response);
    expect(normalizeVodError(thrown)).toMatchObject({ provider: 'aliyun', code: 'Throttling.User', httpStatus: 429, requestId: ALIYUN_REQUEST_ID, retryable: true, retryAfterMs: 3000 });
  });
});

/** A stand-in for XMLHttpRequest with its observable surface: status, body, headers, URL and events. */
class FakeXhr extends EventTarget {
  readyState = 4;
  constructor(
    readonly status: number,
    readonly responseText: string,
    readonly responseURL: string,
    private readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super();
  }
  get response(): string {
    return this.responseText;
  }
  getResponseHeader(name: string): string | null {
    const key = Object.keys(this.headers).find((header) => header.toLowerCase() === name.toLowerCase());
    return key === undefined ? null : (this.headers[key] ?? null);
  }
}

/** The ProgressEvent an `onerror`/`ontimeout`/`onabort` handler receives, with `target` set. */
function dispatched(xhr: FakeXhr, type: string): Event {
  let received: Event | undefined;
  xhr.addEventListener(type, (event) => (received = event));
  xhr.dispatchEvent(new Event(type));
  if (received === undefined) throw new Error('event not delivered');
  return received;
}

describe('XMLHttpRequest', () => {
  it('reads status, responseText and the X-Request-Id header through getResponseHeader', () => {
    const xhr = new FakeXhr(403, JSON.stringify({ error_code: 'VOD.10099', error_msg: 'The media asset is blocked.' }), 'https://vod.cn-north-4.myhuaweicloud.com/v1.0/p/asset', {
      'X-Request-Id': HUAWEI_REQUEST_ID,
    });
    expect(normalizeVodError(xhr)).toMatchObject({ provider: 'huawei', code: 'VOD.10099', httpStatus: 403, requestId: HUAWEI_REQUEST_ID });
  });

  it('reads a COS XML error and its x-cos-request-id, provider from responseURL rather than the XML form', () => {
    const xml = '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied.</Message><RequestId>NjU0YzA2ZTFfY2Q</RequestId></Error>';
    const xhr = new FakeXhr(403, xml, 'https://vodfile-1250000000.cos.ap-guangzhou.myqcloud.com/clip.mp4?partNumber=1', { 'x-cos-request-id': 'NjU0YzA2ZTFfY2Q' });
    expect(normalizeVodError(xhr)).toMatchObject({ provider: 'tencent', code: 'AccessDenied', httpStatus: 403, requestId: 'NjU0YzA2ZTFfY2Q', category: 'permission' });
  });

  it('reports status 0 (no reply: network, CORS, offline) as a network failure', () => {
    const xhr = new FakeXhr(0, '', 'https://outin-example.oss-cn-shanghai.aliyuncs.com/sv/clip.mp4');
    expect(normalizeVodError(xhr)).toMatchObject({ provider: 'aliyun', code: 'NetworkError', httpStatus: undefined, retryable: true });
  });

  it.each([
    ['error', 'NetworkError'],
    ['timeout', 'Timeout'],
    ['abort', 'Aborted'],
  ])('reports the %s event the app rejected with as %s', (type, code) => {
    const xhr = new FakeXhr(0, '', 'https://vod.tencentcloudapi.com/');
    expect(normalizeVodError(dispatched(xhr, type))).toMatchObject({ provider: 'tencent', code });
  });

  it('survives an XHR whose responseText getter throws (responseType "json")', () => {
    const xhr = new FakeXhr(404, '', 'https://vod.tencentcloudapi.com/');
    Object.defineProperty(xhr, 'responseText', {
      get() {
        throw new DOMException('responseText is only available if responseType is \'\' or \'text\'.', 'InvalidStateError');
      },
    });
    Object.defineProperty(xhr, 'response', { value: { Response: { Error: { Code: 'ResourceNotFound.FileNotExist', Message: 'x' }, RequestId: TENCENT_REQUEST_ID } } });
    expect(normalizeVodError(xhr)).toMatchObject({ provider: 'tencent', code: 'ResourceNotFound.FileNotExist', requestId: TENCENT_REQUEST_ID });
  });
});

describe('Alibaba upload SDK callbacks', () => {
  const file = new File([new Uint8Array(1024)], 'holiday.mp4', { type: 'video/mp4' });
  const uploadInfo = {
    file,
    endpoint: 'https://oss-cn-shanghai.aliyuncs.com',
    bucket: 'outin-7a2b9c',
    object: 'sv/4d3b2a1c/holiday.mp4',
    videoId: '93ab850b4f6f54b6e91d24d81d4a4a1a',
    checkpoint: { file, uploadId: 'upload-id' },
    state: 'Failure',
  };

  it('onUploadFailed: an SDK code becomes an Alibaba error with that code', () => {
    const input = fromAliyunUploadFailure(uploadInfo, 'FileAlreadyExist', 'The file already exists.');
    expect(normalizeVodError(input)).toMatchObject({ provider: 'aliyun', format: 'aliyun-rpc', code: 'FileAlreadyExist', message: 'The file already exists.', category: 'conflict' });
  });

  it('onUploadFailed: an OSS code passed through is classified too', () => {
    expect(normalizeVodError(fromAliyunUploadFailure(uploadInfo, 'AccessDenied', 'You have no right to access this object.'))).toMatchObject({ provider: 'aliyun', code: 'AccessDenied', category: 'permission' });
  });

  it('onUploadFailed without a code: the message still says what happened', () => {
    expect(normalizeVodError(fromAliyunUploadFailure(uploadInfo, undefined, 'Failed to fetch'))).toMatchObject({ provider: 'aliyun', code: 'NetworkError', retryable: true });
  });

  it('reads the Android upload SDK\'s "Upload Status  Error" (two spaces) as the listed "Upload Status Error"', () => {
    const error = normalizeVodError(fromAliyunUploadFailure(uploadInfo, 'Upload Status  Error', 'upload status error'));
    expect(error).toMatchObject({ provider: 'aliyun', code: 'Upload Status Error', catalogCode: 'Upload Status Error', category: 'conflict' });
  });

  it('onUploadTokenExpired becomes UploadTokenExpired, an auth problem to resume from', () => {
    const error = normalizeVodError(fromAliyunUploadTokenExpired(uploadInfo));
    expect(error).toMatchObject({ provider: 'aliyun', code: 'UploadTokenExpired', category: 'auth', severity: 'warning' });
  });

  it('keeps videoId, endpoint and bucket as hints and never the file or the checkpoint', () => {
    const input = fromAliyunUploadFailure(uploadInfo, 'InvalidArgument', 'bad part size');
    expect(input).toMatchObject({ videoId: uploadInfo.videoId, endpoint: uploadInfo.endpoint, bucket: uploadInfo.bucket });
    expect(Object.values(input)).not.toContain(file);
    expect(JSON.stringify(input)).not.toMatch(/checkpoint|holiday\.mp4|upload-id/);
    expect(vodErrorCause(normalizeVodError(input))).toBe(input);
  });

  it('redacts an OSS signed URL the SDK put in the message', () => {
    const message = 'PUT https://outin-7a2b9c.oss-cn-shanghai.aliyuncs.com/sv/a.mp4?OSSAccessKeyId=STS.NTexampleexample1234&Signature=abcDEF%2B123%3D&security-token=CAISexampleexampleexampleexampleexampleexample failed';
    const error = normalizeVodError(fromAliyunUploadFailure(uploadInfo, 'RequestError', message));
    expect(error.message).not.toMatch(/STS\.NTexample|abcDEF|CAISexample/);
  });

  it('never throws on what a broken callback passes', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('trap'); } });
    expect(() => normalizeVodError(fromAliyunUploadFailure(hostile, { code: 1 }, Symbol('x')))).not.toThrow();
    expect(normalizeVodError(fromAliyunUploadFailure(null, null, null))).toMatchObject({ provider: 'aliyun' });
    expect(() => fromAliyunUploadTokenExpired(hostile)).not.toThrow();
  });
});
