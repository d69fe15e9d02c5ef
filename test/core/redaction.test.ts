/**
 * Credentials as the real clients put them into errors: pop-core's signed query string, the
 * Authorization headers the Tencent and Huawei SDKs sign (made here by their own signers), COS
 * request signatures, security tokens, STS key IDs and Alibaba upload credentials. Every secret
 * is generated fresh per run and searched for in everything the kit outputs.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildSupportReport, normalizeVodError, redactSecrets, type VodError } from '../../src/core';

const require = createRequire(import.meta.url);
const TencentSign = (require('tencentcloud-sdk-nodejs-common/tencentcloud/common/sign') as {
  default: { sign3(input: Record<string, unknown>): string };
}).default;
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner') as {
  AKSKSigner: { sign(request: Record<string, unknown>, credential: Record<string, unknown>): Record<string, string> };
};

const alnum = (length: number) => randomBytes(length * 2).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, length);
const base64 = (length: number) => randomBytes(length).toString('base64');
const hex = (bytes: number) => randomBytes(bytes).toString('hex');

interface CredentialText {
  readonly label: string;
  /** The text as the client produces it. */
  readonly text: string;
  /** Values that must not appear anywhere in the output. */
  readonly secrets: readonly string[];
}

function popCoreSignedUrl(): CredentialText {
  const accessKeyId = `LTAI${alnum(20)}`;
  const securityToken = `CAIS${alnum(120)}`;
  const nonce = hex(16);
  const signature = base64(20);
  const query =
    `AccessKeyId=${accessKeyId}&Action=GetPlayInfo&Format=JSON&SecurityToken=${securityToken}&SignatureMethod=HMAC-SHA1` +
    `&SignatureNonce=${nonce}&SignatureVersion=1.0&Timestamp=2026-11-22T13%3A09%3A35Z&Version=2017-03-21&VideoId=v1` +
    `&Signature=${encodeURIComponent(signature)}`;
  return {
    label: 'pop-core signed query string (AccessKeyId, SecurityToken, SignatureNonce, Signature)',
    text: `connect ECONNREFUSED 47.100.1.2:443GET https://vod.cn-shanghai.aliyuncs.com/?${query} failed.`,
    secrets: [accessKeyId, securityToken, nonce, encodeURIComponent(signature)],
  };
}

function tencentTc3Header(): CredentialText {
  const secretId = `AKID${alnum(32)}`;
  const authorization = TencentSign.sign3({
    method: 'POST',
    url: 'https://vod.tencentcloudapi.com/',
    payload: { FileIds: ['5285890781763144364'] },
    timestamp: Math.floor(Date.now() / 1000),
    service: 'vod',
    secretId,
    secretKey: alnum(32),
    multipart: false,
    boundary: undefined,
    headers: { 'Content-Type': 'application/json', Host: 'vod.tencentcloudapi.com' },
  });
  const signature = /Signature=([0-9a-f]{64})/.exec(authorization)?.[1] ?? '';
  expect(signature).not.toBe('');
  const token = alnum(180);
  return {
    label: 'Tencent TC3-HMAC-SHA256 Authorization and X-TC-Token headers (SDK signer)',
    text: `request rejected, headers: {"Authorization":"${authorization}","X-TC-Token":"${token}","X-TC-Action":"DescribeMediaInfos"}`,
    secrets: [secretId, signature, token],
  };
}

function cosRequestSignature(): CredentialText {
  const secretId = `AKID${alnum(32)}`;
  const signature = hex(20);
  const token = alnum(200);
  const now = Math.floor(Date.now() / 1000);
  const auth =
    `q-sign-algorithm=sha1&q-ak=${secretId}&q-sign-time=${now};${now + 3600}&q-key-time=${now};${now + 3600}` +
    `&q-header-list=content-length;host&q-url-param-list=partnumber;uploadid&q-signature=${signature}`;
  return {
    label: 'COS request signature (q-ak, q-signature) and x-cos-security-token',
    text: `PUT https://vodfile-1250000000.cos.ap-guangzhou.myqcloud.com/clip.mp4?partNumber=1 failed\nAuthorization: ${auth}\nx-cos-security-token: ${token}`,
    secrets: [secretId, signature, token],
  };
}

function huaweiAkskHeader(): CredentialText {
  const accessKey = `HPUA${alnum(16).toUpperCase()}`;
  const headers = AKSKSigner.sign(
    { endpoint: 'https://vod.cn-north-4.myhuaweicloud.com/v1.0/p/asset/details', method: 'GET', headers: { 'Content-Type': 'application/json' }, queryParams: { asset_id: 'a1' }, data: {}, pathParams: {} },
    { getAk: () => accessKey, getSk: () => alnum(40) },
  );
  const authorization = headers.Authorization ?? '';
  const signature = /Signature=([0-9a-f]{64})/.exec(authorization)?.[1] ?? '';
  expect(signature).not.toBe('');
  const securityToken = base64(1200);
  return {
    label: 'Huawei SDK-HMAC-SHA256 Authorization (SDK signer) and X-Security-Token',
    text: `Some error found: {"headers":{"Authorization":"${authorization}","X-Security-Token":"${securityToken}","X-Project-Id":"0123456789abcdef"}}`,
    secrets: [accessKey, signature, securityToken],
  };
}

function stsKeyId(): CredentialText {
  const stsKeyId = `STS.${alnum(24)}`;
  return {
    label: 'bare STS AccessKeyId',
    text: `The specified AccessKeyId ${stsKeyId} is expired or invalid.`,
    secrets: [stsKeyId],
  };
}

function aliyunUploadCredentials(): CredentialText {
  const accessKeyId = `STS.${alnum(24)}`;
  const accessKeySecret = alnum(44);
  const securityToken = `CAIS${alnum(300)}`;
  const uploadAuth = Buffer.from(
    JSON.stringify({ SecurityToken: securityToken, AccessKeyId: accessKeyId, ExpireUTCTime: '2026-11-22T14:00:00Z', AccessKeySecret: accessKeySecret, Expiration: '3600', Region: 'cn-shanghai' }),
  ).toString('base64');
  const uploadAddress = Buffer.from(JSON.stringify({ Endpoint: 'https://oss-cn-shanghai.aliyuncs.com', Bucket: `outin-${hex(16)}`, FileName: `sv/${randomUUID()}.mp4` })).toString('base64');
  return {
    label: 'Alibaba UploadAuth / UploadAddress (base64 JSON), keyed and bare',
    text: `setUploadAuthAndAddress failed: {"UploadAuth":"${uploadAuth}","UploadAddress":"${uploadAddress}"}; retry with ${uploadAuth}`,
    secrets: [uploadAuth, uploadAddress, accessKeyId],
  };
}

const credentialTexts: Array<() => CredentialText> = [popCoreSignedUrl, tencentTc3Header, cosRequestSignature, huaweiAkskHeader, stsKeyId, aliyunUploadCredentials];

/** Where a credential text can sit in what the kit is handed. */
const carriers: ReadonlyArray<readonly [string, (text: string) => unknown]> = [
  ['a thrown Error message (transport failure)', (text) => Object.assign(new Error(text), { code: 'ECONNREFUSED' })],
  ['an Alibaba body Message', (text) => ({ RequestId: '8906582E-6722-409A-A6C4-0E7863B733A5', HostId: 'vod.cn-shanghai.aliyuncs.com', Code: 'Forbidden.RAM', Message: text })],
  ['an Alibaba body RequestId, HostId and Recommend', (text) => ({ RequestId: text, HostId: text, Code: 'SignatureDoesNotMatch', Message: 'x', Recommend: `https://api.aliyun.com/troubleshoot?${text}` })],
  ['a provider code', (text) => ({ Response: { Error: { Code: text, Message: text }, RequestId: text } })],
  ['a Huawei exception (JSON copy)', (text) => ({ name: 'ClientRequestException', httpStatusCode: 401, errorCode: 'APIG.0301', errorMsg: text, requestId: text })],
  ['a Tencent SDK exception (spread copy)', (text) => ({ name: 'Error', message: text, requestId: text, traceId: text, code: 'AuthFailure.SignatureFailure' })],
  ['response headers (X-Request-Id, X-TC-TraceId)', (text) => ({ status: 403, headers: { 'x-request-id': text, 'x-tc-traceid': text }, body: { error_code: 'VOD.10054', error_msg: text } })],
  ['an XHR responseText and header', (text) => ({ status: 403, responseText: JSON.stringify({ error_code: 'VOD.10054', error_msg: text }), responseURL: 'https://vod.cn-north-4.myhuaweicloud.com/', getResponseHeader: () => text })],
  ['a pop-core JSON-parse failure on a non-JSON reply', (text) => ({ name: 'SyntaxError', message: "Unexpected '<'", text: `<html><head><title>${text}</title></head></html>` })],
];

/** Everything the kit outputs for an error: the model's fields (not the raw `cause`) and the support report. */
function everythingShown(error: VodError, pageText: string): string {
  const { cause: _cause, ...model } = error;
  return `${JSON.stringify(model)}\n${buildSupportReport(error, { pageUrl: `https://app.example.com/upload?${pageText}`, developerDetail: pageText })}`;
}

describe('credentials in real client errors', () => {
  describe.each(credentialTexts.map((make) => [make().label, make] as const))('%s', (_label, make) => {
    it('are removed by redactSecrets', () => {
      const { text, secrets } = make();
      const redacted = redactSecrets(text);
      for (const secret of secrets) expect(redacted).not.toContain(secret);
    });

    it.each(carriers)('never reach the model or the support report from %s', (_where, carry) => {
      const { text, secrets } = make();
      const error = normalizeVodError(carry(text));
      const shown = everythingShown(error, text);
      for (const secret of secrets) expect(shown).not.toContain(secret);
    });
  });

  it('drops a recommend link whose plain query holds a bare key ID or token', () => {
    for (const value of ['LTAI5tExample1234567', 'AKIDExample1234567890ab', `eyJ${'a'.repeat(20)}`]) {
      const error = normalizeVodError({
        RequestId: '8906582E-6722-409A-A6C4-0E7863B733A5',
        HostId: 'vod.cn-shanghai.aliyuncs.com',
        Code: 'InvalidVideo.NotFound',
        Message: 'x',
        Recommend: `https://api.aliyun.com/troubleshoot?q=${value}&product=vod`,
      });
      expect(JSON.stringify(error)).not.toContain(value);
    }
  });

  it('drops a recommend link shaped like the kit\'s own diagnosis link when the code or RequestId in it is a secret', () => {
    // A Recommend equal to the link the kit builds skips the checks; the kit builds its link from
    // the cleaned code and RequestId, so a secret there can never make the two equal.
    const requestId = '8906582E-6722-409A-A6C4-0E7863B733A5';
    for (const value of ['LTAI5tExample1234567', 'AKIDExample1234567890ab', `eyJ${'a'.repeat(20)}`]) {
      for (const [code, id] of [[value, requestId], ['InvalidVideo.NotFound', value]]) {
        const error = normalizeVodError({
          RequestId: id,
          HostId: 'vod.cn-shanghai.aliyuncs.com',
          Code: code,
          Message: 'x',
          Recommend: `https://api.aliyun.com/troubleshoot?q=${code}&product=Vod&requestId=${id}`,
        });
        expect(JSON.stringify(error)).not.toContain(value);
        expect(error.links.some((link) => link.kind === 'recommend')).toBe(false);
      }
    }
  });

  it('keeps the useful part of a pop-core transport error: the host and the failure, without the query', () => {
    const { text } = popCoreSignedUrl();
    const error = normalizeVodError(Object.assign(new Error(text), { code: 'ECONNREFUSED' }));
    expect(error).toMatchObject({ provider: 'aliyun', code: 'NetworkError' });
    expect(error.message).toContain('vod.cn-shanghai.aliyuncs.com');
    expect(error.message).toContain('AccessKeyId=[REDACTED]');
  });
});
