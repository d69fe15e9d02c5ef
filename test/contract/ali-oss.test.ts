/**
 * ali-oss (Alibaba's OSS SDK, the one the browser upload SDK builds on; it runs in Node too)
 * against a loopback OSS: the DNS guard sends `vod-upload.oss-cn-shanghai.aliyuncs.com` to
 * 127.0.0.1, so the SDK signs and sends a real PUT to the real host name, and throws what it
 * makes of OSS's `<Error>` reply.
 */
import OSS from 'ali-oss';
import { describe, expect, it } from 'vitest';
import { normalizeVodError, type VodErrorCategory } from '../../src/core';
import { OSS_REQUEST_ID, ossXml } from '../fixtures/storage-replies';
import { jsonCopy, rejectionOf } from './support/capture';
import { useProviderLoopback } from './support/loopback';

const loopback = useProviderLoopback();
const ACCESS_KEY_SECRET = 'example-access-key-secret-0123456789';
const SECURITY_TOKEN = 'CAIS-example-security-token-0123456789abcdef';

function putObject(): () => Promise<unknown> {
  const client = new OSS({
    region: 'oss-cn-shanghai',
    endpoint: `http://oss-cn-shanghai.aliyuncs.com:${loopback.server.port}`,
    accessKeyId: 'STS.example-access-key-id',
    accessKeySecret: ACCESS_KEY_SECRET,
    stsToken: SECURITY_TOKEN,
    // As an app configures it: the upload credential is fetched again from its backend after
    // a while (the SDK warns on the console when this is missing).
    refreshSTSToken: async () => ({ accessKeyId: 'STS.example-access-key-id', accessKeySecret: ACCESS_KEY_SECRET, stsToken: SECURITY_TOKEN }),
    refreshSTSTokenInterval: 15 * 60_000,
    bucket: 'vod-upload',
    timeout: 3000,
  });
  return () => client.put('video/clip.mp4', Buffer.alloc(16));
}

function answer(status: number, code: string, message: string): void {
  loopback.server.answer({
    status,
    headers: { 'content-type': 'application/xml', 'x-oss-request-id': OSS_REQUEST_ID },
    body: ossXml(code, message).replace('vod-upload-cn-shanghai.oss-cn-shanghai.aliyuncs.com', 'vod-upload.oss-cn-shanghai.aliyuncs.com'),
  });
}

describe('ali-oss against a loopback OSS', () => {
  const cases: ReadonlyArray<readonly [number, string, string, VodErrorCategory, boolean]> = [
    [403, 'RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.', 'auth', false],
    [403, 'SecurityTokenExpired', 'The security token you provided has expired.', 'auth', false],
    [400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size.', 'invalid-request', false],
    [404, 'NoSuchBucket', 'The specified bucket does not exist.', 'not-found', false],
    [503, 'ServiceUnavailable', 'Please reduce your request rate.', 'unavailable', true],
  ];

  it.each(cases)('HTTP %i %s: Alibaba OSS with its RequestId and HostId, thrown and as JSON', async (status, code, message, category, retryable) => {
    answer(status, code, message);
    const thrown = await rejectionOf(putObject());
    expect(loopback.server.requests.at(-1)).toMatchObject({ method: 'PUT', headers: { host: `vod-upload.oss-cn-shanghai.aliyuncs.com:${loopback.server.port}` } });
    expect(thrown).toMatchObject({ name: `${code}Error`, code, status });
    for (const value of [thrown, jsonCopy(thrown)]) {
      expect(normalizeVodError(value)).toMatchObject({
        provider: 'aliyun',
        format: 'aliyun-oss',
        code,
        catalogCode: code,
        httpStatus: status,
        requestId: OSS_REQUEST_ID,
        hostId: 'vod-upload.oss-cn-shanghai.aliyuncs.com',
        category,
        retryable,
      });
    }
  });

  it('an AccessDenied "Request has expired" tells the upload session expired', async () => {
    answer(403, 'AccessDenied', 'Request has expired.');
    const error = normalizeVodError(await rejectionOf(putObject()));
    expect(error).toMatchObject({ format: 'aliyun-oss', code: 'AccessDenied', subCode: 'RequestExpired', category: 'auth', severity: 'warning' });
  });

  it('keeps the upload credential out of the model', async () => {
    answer(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.');
    const error = normalizeVodError(await rejectionOf(putObject()));
    const { cause: _cause, ...model } = error;
    const serialized = JSON.stringify(model);
    expect(serialized).not.toContain(ACCESS_KEY_SECRET);
    expect(serialized).not.toContain(SECURITY_TOKEN);
  });
});
