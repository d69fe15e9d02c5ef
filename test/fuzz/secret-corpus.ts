// Credentials as the three providers' SDKs, gateways and storage layers really carry them, with
// fresh random values on every call, and every shape of caught value they can arrive in.
// Browser-safe: the Chromium suite (test/browser/secrets.test.tsx) uses it too.

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = `${UPPER}abcdefghijklmnopqrstuvwxyz0123456789`;
const BASE64 = `${ALNUM}+/`;
const BASE64URL = `${ALNUM}-_`;
const HEX = '0123456789abcdef';

/** `length` random characters of `alphabet`, from the platform's CSPRNG. */
export function randomString(alphabet: string, length: number): string {
  const bytes = new Uint32Array(length);
  crypto.getRandomValues(bytes);
  let out = '';
  for (const byte of bytes) out += alphabet[byte % alphabet.length];
  return out;
}

const base64 = (length: number) => `${randomString(BASE64, length)}=`;
const uuid = () => crypto.randomUUID();

export interface SecretSample {
  /** What it is, for test names and failure messages. */
  readonly name: string;
  readonly provider: 'aliyun' | 'tencent' | 'huawei' | 'any';
  /** The text as an SDK, a gateway or an app would put it into a message, URL, header or body. */
  readonly text: string;
  /** The credential values in `text`: none may be shown, copied or reported. */
  readonly secrets: readonly string[];
}

/** One fresh sample of every credential form; call again for new random values. */
export function secretSamples(): SecretSample[] {
  const ltai = `LTAI5t${randomString(ALNUM, 18)}`;
  const stsKeyId = `STS.N${randomString(ALNUM, 24)}`;
  const stsToken = `CAIS${randomString(BASE64, 600)}`;
  const stsTokenUrl = encodeURIComponent(stsToken);
  const popSignature = encodeURIComponent(base64(27));
  const nonce = uuid();
  const akid = `AKID${randomString(ALNUM, 32)}`;
  const tcSecretKey = randomString(ALNUM, 32);
  const tc3Signature = randomString(HEX, 64);
  const tcToken = randomString(BASE64URL, 180);
  const cosSignature = randomString(HEX, 40);
  const huaweiAk = randomString(UPPER + '0123456789', 20);
  const huaweiSk = randomString(ALNUM, 40);
  const huaweiSignature = randomString(HEX, 64);
  const huaweiSecurityToken = `gQpjbi1ub3J0aC00${randomString(BASE64URL, 2400)}`;
  const iamToken = `MIIZ${randomString(BASE64URL, 8000)}`;
  const uploadAuth = `eyJ${randomString(BASE64, 300)}=`;
  const uploadAddress = `eyJ${randomString(BASE64, 120)}=`;
  const jwt = `eyJ${randomString(BASE64URL, 30)}.eyJ${randomString(BASE64URL, 120)}.${randomString(BASE64URL, 43)}`;
  const pageToken = randomString(BASE64URL, 40);
  const authKeyHash = randomString(HEX, 32);
  const accessToken = randomString(BASE64URL, 64);
  const password = randomString(ALNUM, 24);
  const vodUploadSignature = base64(160);
  const cdnSign = randomString(HEX, 32);
  return [
    {
      name: 'Alibaba POP signed URL (AccessKeyId, SecurityToken, Signature, SignatureNonce)',
      provider: 'aliyun',
      text: `https://vod.cn-shanghai.aliyuncs.com/?AccessKeyId=${ltai}&Action=GetPlayInfo&Format=JSON&RegionId=cn-shanghai&SecurityToken=${stsTokenUrl}&Signature=${popSignature}&SignatureMethod=HMAC-SHA1&SignatureNonce=${nonce}&SignatureVersion=1.0&Timestamp=2024-05-01T10%3A00%3A00Z&Version=2017-03-21&VideoId=93ab850b4f6f4b4f9ec8b8c8e8f0a1b2`,
      secrets: [ltai, stsTokenUrl, popSignature, nonce],
    },
    {
      name: 'Alibaba SignatureDoesNotMatch message with the string to sign',
      provider: 'aliyun',
      text: `Specified signature is not matched with our calculation. server string to sign is:GET&%2F&AccessKeyId%3D${ltai}%26Action%3DGetPlayInfo%26Format%3DJSON%26SecurityToken%3D${encodeURIComponent(stsTokenUrl)}%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D${nonce}%26Version%3D2017-03-21`,
      secrets: [ltai, encodeURIComponent(stsTokenUrl), nonce],
    },
    {
      name: 'Alibaba STS credentials in JSON (AccessKeyId, AccessKeySecret, SecurityToken)',
      provider: 'aliyun',
      text: `{"Credentials":{"AccessKeyId":"${stsKeyId}","AccessKeySecret":"${huaweiSk}","SecurityToken":"${stsToken}","Expiration":"2024-05-01T11:00:00Z"}}`,
      secrets: [stsKeyId, huaweiSk, stsToken],
    },
    {
      name: 'Alibaba CreateUploadVideo reply (UploadAuth, UploadAddress)',
      provider: 'aliyun',
      text: `{"VideoId":"93ab850b4f6f4b4f","UploadAddress":"${uploadAddress}","UploadAuth":"${uploadAuth}","RequestId":"25818875-5F78-4A13-BEF6-D7393642CA58"}`,
      secrets: [uploadAuth, uploadAddress],
    },
    {
      name: 'OSS upload headers (Authorization: OSS, x-oss-security-token)',
      provider: 'aliyun',
      text: `PUT /video.mp4 HTTP/1.1\nAuthorization: OSS ${stsKeyId}:${base64(27)}\nx-oss-security-token: ${stsToken}`,
      secrets: [stsKeyId, stsToken],
    },
    {
      name: 'a bare key id and STS key in a message',
      provider: 'aliyun',
      text: `Specified access key ${ltai} is disabled; the temporary key ${stsKeyId} has expired.`,
      secrets: [ltai, stsKeyId],
    },
    {
      name: 'Tencent TC3-HMAC-SHA256 Authorization header',
      provider: 'tencent',
      text: `Authorization: TC3-HMAC-SHA256 Credential=${akid}/2024-05-01/vod/tc3_request, SignedHeaders=content-type;host, Signature=${tc3Signature}`,
      secrets: [akid, tc3Signature],
    },
    {
      name: 'Tencent X-TC-Token temporary credential',
      provider: 'tencent',
      text: `X-TC-Action: DescribeMediaInfos\nX-TC-Token: ${tcToken}\nX-TC-Timestamp: 1714557600`,
      secrets: [tcToken],
    },
    {
      name: 'Tencent API 2.0 signed URL (SecretId, Signature)',
      provider: 'tencent',
      text: `https://vod.api.qcloud.com/v2/index.php?Action=DescribeVodPlayUrls&Nonce=12345&Region=gz&SecretId=${akid}&Signature=${popSignature}&Timestamp=1714557600&fileId=5285890781234`,
      secrets: [akid, popSignature],
    },
    {
      name: 'Tencent COS pre-signed URL (q-ak, q-signature, x-cos-security-token)',
      provider: 'tencent',
      text: `https://vod-1250000000.cos.ap-guangzhou.myqcloud.com/video.mp4?q-sign-algorithm=sha1&q-ak=${akid}&q-sign-time=1714557600;1714561200&q-key-time=1714557600;1714561200&q-header-list=host&q-url-param-list=&q-signature=${cosSignature}&x-cos-security-token=${tcToken}`,
      secrets: [akid, cosSignature, tcToken],
    },
    {
      name: 'Tencent SecretId/SecretKey in a JSON config',
      provider: 'tencent',
      text: `{"credential":{"secretId":"${akid}","secretKey":"${tcSecretKey}"},"region":"ap-guangzhou"}`,
      secrets: [akid, tcSecretKey],
    },
    {
      name: 'vod-js-sdk-v6 upload signature in a request body',
      provider: 'tencent',
      text: `{"signature":"${vodUploadSignature}","videoName":"holiday.mp4","storageRegion":"ap-guangzhou"}`,
      secrets: [vodUploadSignature],
    },
    {
      name: 'Huawei SDK-HMAC-SHA256 Authorization header',
      provider: 'huawei',
      text: `Authorization: SDK-HMAC-SHA256 Access=${huaweiAk}, SignedHeaders=content-type;host;x-sdk-date, Signature=${huaweiSignature}`,
      secrets: [huaweiAk, huaweiSignature],
    },
    {
      name: 'Huawei X-Security-Token (temporary AK/SK)',
      provider: 'huawei',
      text: `X-Sdk-Date: 20240501T100000Z\nX-Security-Token: ${huaweiSecurityToken}\nX-Project-Id: 0a1b2c3d`,
      secrets: [huaweiSecurityToken],
    },
    {
      name: 'Huawei X-Auth-Token (an 8 KB IAM token)',
      provider: 'huawei',
      text: `X-Auth-Token: ${iamToken}`,
      secrets: [iamToken],
    },
    {
      name: 'Huawei AK/SK in a JSON config',
      provider: 'huawei',
      text: `{"ak": "${huaweiAk}", "sk": "${huaweiSk}", "project_id": "0a1b2c3d"}`,
      secrets: [huaweiAk, huaweiSk],
    },
    {
      name: 'Authorization: Bearer JWT',
      provider: 'any',
      text: `Authorization: Bearer ${jwt}`,
      secrets: [jwt],
    },
    {
      name: 'page URL with token, auth_key and an access_token fragment',
      provider: 'any',
      text: `https://app.example.com/videos/upload?token=${pageToken}&auth_key=1714557600-0-0-${authKeyHash}&lang=zh-CN#access_token=${accessToken}&expires_in=3600`,
      secrets: [pageToken, authKeyHash, accessToken],
    },
    {
      name: 'Tencent CDN anti-leech playback URL (sign)',
      provider: 'tencent',
      text: `https://1250000000.vod2.myqcloud.com/abc/def/f0.mp4?t=6633f0a0&us=72d4cd1101&sign=${cdnSign}`,
      secrets: [cdnSign],
    },
    {
      name: 'credentials in URL user info',
      provider: 'any',
      text: `request to https://uploader:${password}@vod.cn-shanghai.aliyuncs.com/upload failed`,
      secrets: [password],
    },
  ];
}

const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Builds a caught value that carries `text`. */
export type SecretShape = readonly [name: string, build: (text: string) => unknown];

/** Every shape a credential can reach the kit in: bodies, SDK errors, wrappers, headers, causes, JSON copies. */
export const SECRET_SHAPES: readonly SecretShape[] = [
  ['Alibaba body Message', (text) => ({ RequestId: '25818875-5F78-4A13-BEF6-D7393642CA58', HostId: 'vod.cn-shanghai.aliyuncs.com', Code: 'SignatureDoesNotMatch', Message: text, Recommend: 'https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch&product=Vod' })],
  ['Alibaba XML body', (text) => `<?xml version="1.0" encoding="UTF-8"?><Error><RequestId>25818875-5F78-4A13-BEF6-D7393642CA58</RequestId><HostId>vod.cn-shanghai.aliyuncs.com</HostId><Code>SignatureDoesNotMatch</Code><Message>${xmlEscape(text)}</Message></Error>`],
  ['Tencent API 3.0 body Message', (text) => ({ Response: { Error: { Code: 'AuthFailure.SignatureFailure', Message: text }, RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6' } })],
  ['Tencent API 2.0 body message', (text) => ({ code: 4100, message: text, codeDesc: 'AuthFailure' })],
  ['Huawei body error_msg', (text) => ({ error_code: 'APIG.0301', error_msg: text, request_id: '8a8b8c8d8e8f' })],
  ['Huawei nested error', (text) => ({ error: { code: 'VOD.10054', message: text } })],
  ['pop-core error (message, url, data)', (text) => Object.assign(new Error(text), { name: 'SignatureDoesNotMatchError', code: 'SignatureDoesNotMatch', url: text, data: { RequestId: '25818875-5F78-4A13-BEF6-D7393642CA58', HostId: 'vod.cn-shanghai.aliyuncs.com', Code: 'SignatureDoesNotMatch', Message: text }, entry: { request: { headers: { authorization: text } }, response: { statusCode: 400 } } })],
  ['Tea error message', (text) => Object.assign(new Error(`SignatureDoesNotMatch: code: 400, ${text} request id: 25818875-5F78-4A13-BEF6-D7393642CA58`), { code: 'SignatureDoesNotMatch', statusCode: 400, data: { Message: text } })],
  ['Tencent SDK exception', (text) => Object.assign(new Error(text), { code: 'AuthFailure.SignatureFailure', requestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6', traceId: 'trace-1' })],
  ['Huawei SDK exception', (text) => Object.assign(new Error(text), { name: 'ClientRequestException', httpStatusCode: 401, errorCode: 'APIG.0301', errorMsg: text, requestId: '8a8b8c8d8e8f', encodedAuthorizationMessage: text })],
  ['axios error (config.url, config.headers, response)', (text) => ({ isAxiosError: true, name: 'AxiosError', code: 'ERR_BAD_REQUEST', message: 'Request failed with status code 403', config: { url: text, baseURL: text, headers: { Authorization: text, 'X-TC-Token': text } }, request: {}, response: { status: 403, headers: { 'x-request-id': 'req-1', 'x-tc-traceid': 'trace-2' }, data: { Response: { Error: { Code: 'AuthFailure.SignatureFailure', Message: text }, RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6' } } } })],
  ['fetch wrapper (url, JSON body text)', (text) => ({ status: 403, url: text, headers: { 'x-request-id': 'req-1' }, body: JSON.stringify({ error_code: 'APIG.0301', error_msg: text }) })],
  ['response headers', (text) => ({ status: 401, headers: { 'x-request-id': 'req-1', 'www-authenticate': text, 'set-cookie': text, 'x-auth-token': text }, body: { Code: 'InvalidSecurityToken.Expired', Message: 'The security token has expired.' } })],
  ['transport error message', (text) => Object.assign(new Error(`request to ${text} failed, reason: connect ECONNREFUSED 10.0.0.1:443`), { name: 'FetchError', code: 'ECONNREFUSED', errno: 'ECONNREFUSED' })],
  ['nested cause', (text) => new Error('upload failed', { cause: { message: 'retry failed', cause: new Error(text) } })],
  ['HTML gateway page', (text) => `<html><head><title>403 Forbidden ${xmlEscape(text)}</title></head><body>${xmlEscape(text)}</body></html>`],
  ['plain text', (text) => text],
  ['JSON copy of an Alibaba body', (text) => JSON.stringify({ RequestId: '25818875-5F78-4A13-BEF6-D7393642CA58', HostId: 'vod.cn-shanghai.aliyuncs.com', Code: 'SignatureDoesNotMatch', Message: text })],
  ['JSON copy of an axios error', (text) => JSON.stringify({ message: 'Request failed with status code 403', code: 'ERR_BAD_REQUEST', config: { url: text, headers: { Authorization: text } }, response: { status: 403, data: { error_code: 'APIG.0301', error_msg: text } } })],
];
