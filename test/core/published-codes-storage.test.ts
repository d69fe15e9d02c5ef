import { describe, expect, it } from 'vitest';
import { fromAliyunUploadFailure, normalizeVodError, type VodErrorCategory } from '../../src/core';
import {
  COS_HOST,
  COS_REQUEST_ID,
  COS_TRACE_ID,
  cosHeaders,
  cosXml,
  OBS_HOST,
  OBS_REQUEST_ID,
  obsHeaders,
  obsXml,
  OSS_HOST,
  OSS_REQUEST_ID,
  ossHeaders,
  ossXml,
} from '../fixtures/storage-replies';

describe('direct-upload storage errors name the right provider and request', () => {
  it('an OSS XML reply is Alibaba OSS, with RequestId and HostId', () => {
    const error = normalizeVodError({ status: 403, headers: ossHeaders, body: ossXml('RequestTimeTooSkewed', 'The request time is too far from the server time.') });
    expect(error).toMatchObject({ provider: 'aliyun', format: 'aliyun-oss', code: 'RequestTimeTooSkewed', requestId: OSS_REQUEST_ID, hostId: OSS_HOST });
  });

  it('a COS XML reply is Tencent COS, with RequestId and TraceId', () => {
    const error = normalizeVodError({ status: 403, headers: cosHeaders, body: cosXml('SignatureDoesNotMatch', 'The signature does not match.') });
    expect(error).toMatchObject({ provider: 'tencent', format: 'tencent-cos', code: 'SignatureDoesNotMatch', requestId: COS_REQUEST_ID, traceId: COS_TRACE_ID });
  });

  it('an OBS XML reply from *.myhuaweicloud.com with x-obs-request-id is Huawei OBS, not Alibaba', () => {
    const error = normalizeVodError({ status: 403, headers: obsHeaders, body: obsXml('AccessDenied', 'Access Denied') });
    expect(error).toMatchObject({ provider: 'huawei', format: 'huawei-obs', code: 'AccessDenied', requestId: OBS_REQUEST_ID, hostId: OBS_HOST });
  });

  it('the request-id header alone names the storage when the body has no marker', () => {
    const body = '<Error><Code>NoSuchUpload</Code><Message>The upload does not exist.</Message></Error>';
    expect(normalizeVodError({ status: 404, headers: cosHeaders, body })).toMatchObject({ provider: 'tencent', format: 'tencent-cos', requestId: COS_REQUEST_ID });
    expect(normalizeVodError({ status: 404, headers: obsHeaders, body })).toMatchObject({ provider: 'huawei', format: 'huawei-obs', requestId: OBS_REQUEST_ID });
    expect(normalizeVodError({ status: 404, headers: ossHeaders, body })).toMatchObject({ provider: 'aliyun', format: 'aliyun-oss', requestId: OSS_REQUEST_ID });
  });

  it('the upload URL names the storage of an XHR failure', () => {
    const error = normalizeVodError({
      isAxiosError: true,
      message: 'Request failed with status code 400',
      config: { url: `https://${COS_HOST}/video/holiday.mp4?partNumber=3&uploadId=1` },
      response: { status: 400, data: '<Error><Code>EntityTooSmall</Code><Message>part too small</Message></Error>', headers: {} },
    });
    expect(error).toMatchObject({ provider: 'tencent', format: 'tencent-cos', code: 'EntityTooSmall', category: 'invalid-request' });
  });

  it('JSON bodies and the browser SDKs\' error objects are read the same way', () => {
    // ali-oss: `name` `<Code>Error`, `code`, `status`, `requestId`, `hostId`.
    const aliOss = { name: 'RequestTimeTooSkewedError', code: 'RequestTimeTooSkewed', status: 403, requestId: OSS_REQUEST_ID, hostId: OSS_HOST, message: 'clock' };
    expect(normalizeVodError(aliOss)).toMatchObject({ provider: 'aliyun', format: 'aliyun-oss', requestId: OSS_REQUEST_ID, category: 'auth' });
    // cos-js-sdk-v5: `{ statusCode, headers, error: { Code, Message, RequestId, TraceId } }`.
    const cosSdk = { statusCode: 403, headers: cosHeaders, error: { Code: 'AccessDenied', Message: 'Request has expired', RequestId: COS_REQUEST_ID, TraceId: COS_TRACE_ID } };
    expect(normalizeVodError(cosSdk)).toMatchObject({ provider: 'tencent', format: 'tencent-cos', subCode: 'RequestExpired', traceId: COS_TRACE_ID });
    // esdk-obs-browserjs: the callback's `result.CommonMsg`.
    const obsSdk = { CommonMsg: { Status: 400, Code: 'EntityTooLarge', Message: 'too large', HostId: OBS_HOST, RequestId: OBS_REQUEST_ID } };
    expect(normalizeVodError(obsSdk)).toMatchObject({ provider: 'huawei', format: 'huawei-obs', httpStatus: 400, code: 'EntityTooLarge', category: 'invalid-request' });
    // A backend relaying the body as JSON.
    const json = JSON.stringify({ Code: 'NoSuchKey', Message: 'gone', RequestId: OBS_REQUEST_ID, HostId: OBS_HOST });
    expect(normalizeVodError(json)).toMatchObject({ provider: 'huawei', format: 'huawei-obs', category: 'not-found' });
  });

  it('an OSS code passed through the Alibaba upload SDK is read as OSS', () => {
    const error = normalizeVodError(fromAliyunUploadFailure({ endpoint: 'https://oss-cn-shanghai.aliyuncs.com', bucket: 'vod-upload' }, 'RequestTimeTooSkewed', 'clock'));
    expect(error).toMatchObject({ provider: 'aliyun', format: 'aliyun-oss', category: 'auth' });
  });

  it('the upload SDK\'s own codes stay upload-SDK codes beside a storage endpoint', () => {
    const error = normalizeVodError(fromAliyunUploadFailure({ endpoint: 'https://oss-cn-shanghai.aliyuncs.com' }, 'UploadTokenExpired', ''));
    expect(error).toMatchObject({ provider: 'aliyun', format: 'aliyun-rpc', code: 'UploadTokenExpired' });
  });

  it('an Alibaba VOD API reply is not taken for OSS', () => {
    const body = { RequestId: '8906582E-6722-409A-A6C4-0E7863B733A5', HostId: 'vod.cn-shanghai.aliyuncs.com', Code: 'Forbidden', Message: '' };
    expect(normalizeVodError({ status: 403, body })).toMatchObject({ provider: 'aliyun', format: 'aliyun-rpc' });
  });
});

describe('what the uploader is told for the errors uploads meet', () => {
  // Decided from each service's error-code page; retryable follows the category unless noted.
  const cases: ReadonlyArray<readonly [string, string, VodErrorCategory, boolean]> = [
    ['RequestTimeTooSkewed', 'clock', 'auth', false],
    ['SignatureDoesNotMatch', 'bad signature', 'auth', false],
    ['InvalidAccessKeyId', 'unknown key', 'auth', false],
    ['AccessDenied', 'Access Denied', 'permission', false],
    ['EntityTooLarge', 'too large', 'invalid-request', false],
    ['EntityTooSmall', 'too small', 'invalid-request', false],
    ['InvalidPart', 'bad part', 'invalid-request', false],
    ['InvalidPartOrder', 'bad order', 'invalid-request', false],
    ['NoSuchUpload', 'no upload', 'not-found', false],
    ['NoSuchBucket', 'no bucket', 'not-found', false],
    ['NoSuchKey', 'no key', 'not-found', false],
    ['RequestTimeout', 'idle', 'timeout', true],
    ['SlowDown', 'slow down', 'rate-limit', true],
    ['InternalError', 'oops', 'server', true],
    ['ServiceUnavailable', 'busy', 'unavailable', true],
  ];
  const services = [
    ['OSS', ossXml, ossHeaders, 'aliyun-oss'],
    ['COS', cosXml, cosHeaders, 'tencent-cos'],
    ['OBS', obsXml, obsHeaders, 'huawei-obs'],
  ] as const;

  it.each(services.flatMap(([name, xml, headers, format]) => cases.map(([code, message, category, retryable]) => [name, code, { xml, headers, format, message, category, retryable }] as const)))(
    '%s %s',
    (_service, code, { xml, headers, format, message, category, retryable }) => {
      const error = normalizeVodError({ status: 400, headers, body: xml(code, message) });
      expect(error).toMatchObject({ format, code, catalogCode: code, category, retryable });
    },
  );

  it.each(services.map(([name, xml, headers]) => [name, xml, headers] as const))('%s "Request has expired": the upload session ran out, start again', (_name, xml, headers) => {
    const error = normalizeVodError({ status: 403, headers, body: xml('AccessDenied', 'Request has expired') });
    expect(error).toMatchObject({ code: 'AccessDenied', subCode: 'RequestExpired', category: 'auth', retryable: false, severity: 'warning' });
  });

  it.each([
    ['OSS SecurityTokenExpired', { status: 403, headers: ossHeaders, body: ossXml('SecurityTokenExpired', 'The security token you provided has expired.') }],
    ['COS ExpiredToken', { status: 400, headers: cosHeaders, body: cosXml('ExpiredToken', 'token expired') }],
    ['OBS InvalidAccessKeyId for an expired token', { status: 403, headers: obsHeaders, body: obsXml('InvalidAccessKeyId', 'The security token has expired.') }],
  ] as const)('%s: the temporary upload credential expired', (_name, reply) => {
    const error = normalizeVodError(reply);
    expect(error).toMatchObject({ category: 'auth', severity: 'warning', retryable: false });
  });

  it('a COS reply under legal block reads like blocked media elsewhere', () => {
    const error = normalizeVodError({ status: 451, headers: cosHeaders, body: cosXml('UnavailableForLegalReasons', 'blocked') });
    const tencent = normalizeVodError({ Response: { Error: { Code: 'FailedOperation.MediaForbidedBySystem', Message: '' }, RequestId: 'r' } });
    expect([error.category, error.severity]).toEqual([tencent.category, tencent.severity]);
  });
});

describe('storage errors link to the storage service\'s pages', () => {
  it.each([
    ['OSS', ossXml, ossHeaders, 'https://help.aliyun.com/zh/oss/support/oss-error-codes', /^https:\/\/api\.aliyun\.com\/troubleshoot\?q=NoSuchKey&product=Oss&requestId=/],
    ['COS', cosXml, cosHeaders, 'https://cloud.tencent.com/document/product/436/7730', undefined],
    ['OBS', obsXml, obsHeaders, 'https://support.huaweicloud.com/api-obs/obs_04_0115.html', undefined],
  ] as const)('%s: its error-code page, and a diagnosis only where the tool knows storage', (_name, xml, headers, docs, diagnosis) => {
    const { links } = normalizeVodError({ status: 404, headers, body: xml('NoSuchKey', 'gone') });
    expect(links.find((link) => link.kind === 'docs')?.url).toBe(docs);
    const found = links.find((link) => link.kind === 'diagnosis')?.url;
    if (diagnosis === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(diagnosis);
  });
});
