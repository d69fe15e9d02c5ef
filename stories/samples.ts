/**
 * Real-shaped errors from the three VOD providers, shared by every story, the Playground and the
 * Upload form's mock server. Bodies are byte-for-byte in each provider's wire format (see
 * shared/PROVIDERS.md); `caught` is what an app actually holds in its `catch` — sometimes the
 * parsed body, sometimes an SDK exception, an axios error or a browser `TypeError`.
 */

/** Which toolbar "Provider" filter a sample belongs to. */
export type SampleGroup = 'aliyun' | 'tencent' | 'huawei' | 'network';

/** One HTTP reply as the server sends it: what the Upload form's service worker answers. */
export interface WireResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** The body exactly as it travels (JSON, XML or HTML text). */
  readonly body: string;
}

export interface VodErrorSample {
  /** Stable id: Playground presets and the mock server refer to it. */
  readonly id: string;
  readonly group: SampleGroup;
  /** The API (and version) that answered, e.g. `Alibaba VOD · CreateUploadVideo`. */
  readonly api: string;
  /** Short technical label: code and status. */
  readonly label: string;
  /** The reply on the wire, for HTTP errors; transport failures have none. */
  readonly wire?: WireResponse;
  /** What the app catches and hands to the kit. */
  readonly caught: unknown;
  /** Text for the Playground: the JSON an app would log or forward from its backend. */
  readonly pasted: string;
}

const json = (value: unknown): string => JSON.stringify(value);

/** `Error` objects lose their fields in `JSON.stringify`; this is how apps log them. */
function serializeError(error: Error & Record<string, unknown>): string {
  const copy: Record<string, unknown> = { name: error.name, message: error.message };
  for (const key of Object.keys(error)) copy[key] = error[key];
  return JSON.stringify(copy, null, 2);
}

/** What axios rejects with for a non-2xx reply (shape of `AxiosError#toJSON()` plus `response`). */
function axiosError(method: string, url: string, wire: WireResponse): Record<string, unknown> {
  let data: unknown = wire.body;
  try {
    data = JSON.parse(wire.body);
  } catch {
    // Non-JSON bodies (XML, HTML) stay strings, as axios leaves them.
  }
  return {
    name: 'AxiosError',
    message: `Request failed with status code ${wire.status}`,
    code: wire.status >= 500 ? 'ERR_BAD_RESPONSE' : 'ERR_BAD_REQUEST',
    isAxiosError: true,
    config: { method, url, timeout: 30000 },
    response: { status: wire.status, statusText: '', headers: lowerCaseKeys(wire.headers), data },
  };
}

function lowerCaseKeys(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

function sdkError(name: string, message: string, fields: Record<string, unknown>): Error & Record<string, unknown> {
  const error = new Error(message) as Error & Record<string, unknown>;
  error.name = name;
  Object.assign(error, fields);
  return error;
}

// ── Alibaba Cloud ApsaraVideo VOD (RPC, 2017-03-21) ─────────────────────────────────────────

const ALIYUN_HOST = 'vod.cn-shanghai.aliyuncs.com';
const aliyunRecommend = (code: string, requestId: string) =>
  `https://api.aliyun.com/troubleshoot?q=${code}&product=Vod&requestId=${requestId}`;

function aliyunBody<Extra extends Record<string, unknown>>(requestId: string, code: string, message: string, extra: Extra = {} as Extra) {
  return { RequestId: requestId, HostId: ALIYUN_HOST, Code: code, Message: message, Recommend: aliyunRecommend(code, requestId), ...extra };
}

const aliyunVideoNotFound = aliyunBody('8906582E-6722-409A-A6C4-0E7863B733A5', 'InvalidVideo.NotFound', 'The video does not exist.');

const aliyunForbiddenRamId = '5C2A8B3D-7E1F-4A60-9B2C-3D4E5F6A7B8C';
const aliyunForbiddenRam = aliyunBody(
  aliyunForbiddenRamId,
  'Forbidden.RAM',
  "User not authorized to operate on the specified resource, or this API doesn't support RAM.",
  {
    AccessDeniedDetail: {
      PolicyType: 'AccountLevelIdentityBasedPolicy',
      AuthPrincipalOwnerId: '1380000000000000',
      EncodedDiagnosticMessage: 'AQEAAAAAZ0YdS0M4QjkxQzUtOTM0Ny00Rj...',
      AuthPrincipalType: 'SubUser',
      AuthPrincipalDisplayName: 'uploader@1380000000000000.onaliyun.com',
      NoPermissionType: 'ImplicitDeny',
      AuthAction: 'vod:CreateUploadVideo',
    },
  },
);
const aliyunForbiddenRamWire: WireResponse = {
  status: 403,
  headers: { 'Content-Type': 'application/json;charset=utf-8', 'x-acs-request-id': aliyunForbiddenRamId },
  body: json(aliyunForbiddenRam),
};

const aliyunThrottling = aliyunBody('A1D53E1B-5C62-4B9E-8C3F-2E0D9F7A6B54', 'Throttling.User', 'Request was denied due to user flow control.');

const aliyunIllegalStatus = aliyunBody(
  '0F9E8D7C-6B5A-4938-8271-605F4E3D2C1B',
  'Forbidden.IllegalStatus',
  'Status of the video is illegal.',
);

const aliyunSignatureXml = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<Error>',
  '  <RequestId>3B7C5E2A-91D4-4F6B-A8E0-C2D1F0E9B8A7</RequestId>',
  `  <HostId>${ALIYUN_HOST}</HostId>`,
  '  <Code>SignatureDoesNotMatch</Code>',
  '  <Message>Specified signature is not matched with our calculation.</Message>',
  `  <Recommend><![CDATA[${aliyunRecommend('SignatureDoesNotMatch', '3B7C5E2A-91D4-4F6B-A8E0-C2D1F0E9B8A7')}]]></Recommend>`,
  '</Error>',
].join('\n');

const aliyunLongMessageId = '7D6C5B4A-3F2E-4D1C-B0A9-8F7E6D5C4B3A';
const aliyunLongMessage = aliyunBody(
  aliyunLongMessageId,
  'InvalidParameter',
  'The specified parameter "UserData" is not valid. ' +
    'UserData must be a JSON string of at most 1024 bytes whose keys are limited to Extend, MessageCallback and AccelerateConfig; ' +
    'MessageCallback.CallbackURL must be an HTTP or HTTPS URL no longer than 256 characters, ' +
    'MessageCallback.CallbackType must be http or mns, and AccelerateConfig.Type must be oss when acceleration is enabled for the bucket ' +
    'vod-upload-cn-shanghai-1380000000000000. Received: {"Extend":{"uploader":"web-console","batch":"2025-11-22-evening-news","tags":["news","evening","sports","weather","finance"]},"MessageCallback":{"CallbackURL":"ftp://callbacks.example.com/vod"}}',
);

// ── Tencent Cloud VOD API 3.0 (vod 2018-07-17): errors arrive with HTTP 200 ────────────────────

const tencentFileNotExist = {
  Response: {
    Error: { Code: 'ResourceNotFound.FileNotExist', Message: 'The file does not exist.' },
    RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6',
  },
};

const tencentUploadCosFailId = '6f0a2c4e-8b1d-4e3f-a5c7-9d2e4f6a8b0c';
const tencentUploadCosFail = {
  Response: {
    Error: { Code: 'FailedOperation.UploadCosFail', Message: 'Failed to upload the file to COS.' },
    RequestId: tencentUploadCosFailId,
  },
};
const tencentUploadCosFailWire: WireResponse = {
  status: 200,
  headers: { 'Content-Type': 'application/json', 'X-TC-TraceId': '2b7e1a0c-5f3d-4c9b-8e6a-1d0f2c4b6a8e' },
  body: json(tencentUploadCosFail),
};

const tencentDryRun = {
  Response: {
    Error: { Code: 'DryRunOperation', Message: 'Request would have succeeded, but DryRun flag is set.' },
    RequestId: '4c1b9a2e-7d3f-4e8a-b6c5-0f9e8d7c6b5a',
  },
};

const tencentRequestLimit = {
  Response: {
    Error: { Code: 'RequestLimitExceeded', Message: 'Your current request times equals to `21` in a second, which exceeds the frequency limit `20` for a second. Please reduce the frequency of calls.' },
    RequestId: 'b3a2c1d0-e9f8-4a7b-8c6d-5e4f3a2b1c0d',
  },
};

const tencentDefinitionUnknownChild = {
  Response: {
    Error: { Code: 'InvalidParameterValue.Definition', Message: 'Invalid parameter value: Definition.' },
    RequestId: '9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b',
  },
};

/** What tencentcloud-sdk-nodejs 4.x throws (measured): name "Error", `code`, `requestId`, `traceId`. */
const tencentSdkSignatureExpire = sdkError('Error', 'Signature expired. Timestamp: 1732254000, server time: 1732258000.', {
  code: 'AuthFailure.SignatureExpire',
  requestId: '1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b',
  traceId: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
});

// ── Tencent Cloud legacy API 2.0: no RequestId; dual codes inside `message` ────────────────────

const tencentLegacyDualCode = { code: 4000, message: '(10008)fileId does not exist', codeDesc: 'InvalidParameter' };
const tencentLegacyAuth = { code: 4100, message: '鉴权失败，请参考文档中鉴权部分。', codeDesc: 'AuthFailure' };

// ── Huawei Cloud VOD: RequestId in the X-Request-Id header ─────────────────────────────────────

const huaweiAssetNotFoundId = 'a8b5c2d3e4f5061728394a5b6c7d8e9f';
const huaweiAssetNotFoundWire: WireResponse = {
  status: 403,
  headers: { 'Content-Type': 'application/json', 'X-Request-Id': huaweiAssetNotFoundId },
  body: json({ error_code: 'VOD.10062', error_msg: 'Media asset or resource does not exist, please check.' }),
};
/** What @huaweicloud/huaweicloud-sdk-core 3.1 throws (measured): ClientRequestException. */
const huaweiSdkAssetNotFound = sdkError('ClientRequestException', 'Media asset or resource does not exist, please check.', {
  httpStatusCode: 403,
  errorCode: 'VOD.10062',
  errorMsg: 'Media asset or resource does not exist, please check.',
  requestId: huaweiAssetNotFoundId,
});

const huaweiRateLimitWire: WireResponse = {
  status: 429,
  headers: { 'Content-Type': 'application/json', 'X-Request-Id': '0c9b8a7f6e5d4c3b2a1908f7e6d5c4b3', 'Retry-After': '2' },
  body: json({ error_code: 'VOD.10127', error_msg: 'The request rate exceeds the limit.' }),
};

const huaweiGatewayAuth = {
  error_code: 'APIG.0301',
  error_msg: 'Incorrect IAM authentication information: verify aksk signature fail, header x-sdk-date is invalid',
  request_id: 'd2c1b0a9f8e7d6c5b4a3928170f6e5d4',
};

const huaweiArrearsWire: WireResponse = {
  status: 403,
  headers: { 'Content-Type': 'application/json', 'X-Request-Id': '5e4d3c2b1a09f8e7d6c5b4a392817065' },
  body: json({ error_code: 'VOD.10120', error_msg: 'The account is in arrears.' }),
};

/** A Huawei reply read without its headers: the RequestId is lost. */
const huaweiNoRequestId = { error_code: 'VOD.10053', error_msg: 'Illegal parameter: {0} is invalid.' };

// ── Gateways and transport failures ──────────────────────────────────────────────────────────

const gateway502Wire: WireResponse = {
  status: 502,
  headers: { 'Content-Type': 'text/html' },
  body:
    '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n' +
    '<hr><center>Tengine</center>\r\n</body>\r\n</html>\r\n',
};

const failedToFetch = new TypeError('Failed to fetch');
const timeoutError = new DOMException('signal timed out', 'TimeoutError');
const abortError = new DOMException('The user aborted a request.', 'AbortError');
const axiosTimeout = {
  name: 'AxiosError',
  message: 'timeout of 10000ms exceeded',
  code: 'ECONNABORTED',
  isAxiosError: true,
  config: { method: 'post', url: 'https://vod.tencentcloudapi.com/', timeout: 10000 },
};

function sample(
  id: string,
  group: SampleGroup,
  api: string,
  label: string,
  caught: unknown,
  wire?: WireResponse,
  pasted?: string,
): VodErrorSample {
  const text =
    pasted ??
    (caught instanceof Error ? serializeError(caught as Error & Record<string, unknown>) : typeof caught === 'string' ? caught : JSON.stringify(caught, null, 2));
  return wire === undefined ? { id, group, api, label, caught, pasted: text } : { id, group, api, label, caught, wire, pasted: text };
}

function domExceptionText(error: DOMException): string {
  return JSON.stringify({ name: error.name, message: error.message }, null, 2);
}

/** Every sample, in display order. */
export const samples: readonly VodErrorSample[] = [
  sample('aliyun-video-not-found', 'aliyun', 'Alibaba VOD · GetPlayInfo', 'InvalidVideo.NotFound · 404', aliyunVideoNotFound, {
    status: 404,
    headers: { 'Content-Type': 'application/json;charset=utf-8' },
    body: json(aliyunVideoNotFound),
  }),
  sample(
    'aliyun-forbidden-ram',
    'aliyun',
    'Alibaba VOD · CreateUploadVideo (Tea SDK)',
    'Forbidden.RAM · 403',
    // @alicloud/openapi-client's thrown value (measured shape): plain Error with code, statusCode, data.
    sdkError(
      'Error',
      `Forbidden.RAM: code: 403, ${aliyunForbiddenRam.Message} request id: ${aliyunForbiddenRamId}`,
      {
        code: 'Forbidden.RAM',
        statusCode: 403,
        data: { ...aliyunForbiddenRam, statusCode: 403 },
        accessDeniedDetail: aliyunForbiddenRam.AccessDeniedDetail,
      },
    ),
    aliyunForbiddenRamWire,
  ),
  sample('aliyun-throttling', 'aliyun', 'Alibaba VOD · GetVideoInfo', 'Throttling.User · 400', aliyunThrottling, {
    status: 400,
    headers: { 'Content-Type': 'application/json;charset=utf-8' },
    body: json(aliyunThrottling),
  }),
  sample('aliyun-illegal-status', 'aliyun', 'Alibaba VOD · SubmitTranscodeJobs', 'Forbidden.IllegalStatus · 400', aliyunIllegalStatus, {
    status: 400,
    headers: { 'Content-Type': 'application/json;charset=utf-8' },
    body: json(aliyunIllegalStatus),
  }),
  sample('aliyun-signature-xml', 'aliyun', 'Alibaba VOD · GetPlayInfo (XML)', 'SignatureDoesNotMatch · 400', aliyunSignatureXml, {
    status: 400,
    headers: { 'Content-Type': 'text/xml;charset=utf-8' },
    body: aliyunSignatureXml,
  }),
  sample('aliyun-long-message', 'aliyun', 'Alibaba VOD · CreateUploadVideo', 'InvalidParameter · 400 · long message', aliyunLongMessage, {
    status: 400,
    headers: { 'Content-Type': 'application/json;charset=utf-8' },
    body: json(aliyunLongMessage),
  }),
  sample('tencent-file-not-exist', 'tencent', 'Tencent VOD API 3.0 · DescribeMediaInfos', 'ResourceNotFound.FileNotExist · 200', tencentFileNotExist, {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
    body: json(tencentFileNotExist),
  }),
  sample('tencent-upload-cos-fail', 'tencent', 'Tencent VOD API 3.0 · CommitUpload', 'FailedOperation.UploadCosFail · 200', tencentUploadCosFail, tencentUploadCosFailWire),
  sample('tencent-dry-run', 'tencent', 'Tencent VOD API 3.0 · DeleteMedia (DryRun)', 'DryRunOperation · 200', tencentDryRun, {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
    body: json(tencentDryRun),
  }),
  sample('tencent-request-limit', 'tencent', 'Tencent VOD API 3.0 · SearchMedia', 'RequestLimitExceeded · 200', tencentRequestLimit, {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
    body: json(tencentRequestLimit),
  }),
  sample(
    'tencent-definition',
    'tencent',
    'Tencent VOD API 3.0 · ProcessMedia',
    'InvalidParameterValue.Definition · 200 (parent fallback)',
    tencentDefinitionUnknownChild,
  ),
  sample('tencent-sdk-signature-expire', 'tencent', 'Tencent VOD API 3.0 · Node SDK', 'AuthFailure.SignatureExpire (SDK exception)', tencentSdkSignatureExpire),
  sample('tencent-legacy-dual-code', 'tencent', 'Tencent VOD API 2.0 · DescribeVodPlayUrls', '4000 + (10008) dual code', tencentLegacyDualCode),
  sample('tencent-legacy-auth', 'tencent', 'Tencent VOD API 2.0 · GetVideoInfo', '4100 AuthFailure · no RequestId', tencentLegacyAuth),
  sample('huawei-asset-not-found', 'huawei', 'Huawei VOD · ShowAssetDetail (Node SDK)', 'VOD.10062 · 403', huaweiSdkAssetNotFound, huaweiAssetNotFoundWire),
  sample(
    'huawei-rate-limit',
    'huawei',
    'Huawei VOD · CreateAsset (axios)',
    'VOD.10127 · 429 · Retry-After',
    axiosError('post', 'https://vod.cn-north-4.myhuaweicloud.com/v1/0a1b2c3d4e5f60718293a4b5c6d7e8f9/asset', huaweiRateLimitWire),
    huaweiRateLimitWire,
  ),
  sample('huawei-gateway-auth', 'huawei', 'Huawei API Gateway', 'APIG.0301 · 401', huaweiGatewayAuth, {
    status: 401,
    headers: { 'Content-Type': 'application/json' },
    body: json(huaweiGatewayAuth),
  }),
  sample(
    'huawei-arrears',
    'huawei',
    'Huawei VOD · ListAssetList (axios)',
    'VOD.10120 · 403 · account in arrears',
    axiosError('get', 'https://vod.cn-north-4.myhuaweicloud.com/v1/0a1b2c3d4e5f60718293a4b5c6d7e8f9/asset/list', huaweiArrearsWire),
    huaweiArrearsWire,
  ),
  sample('huawei-no-request-id', 'huawei', 'Huawei VOD · body without headers', 'VOD.10053 · no RequestId', huaweiNoRequestId),
  sample(
    'gateway-502',
    'network',
    'Gateway · HTML error page',
    '502 Bad Gateway (Tengine)',
    { status: 502, body: gateway502Wire.body, url: '/api/vod/upload/create' },
    gateway502Wire,
  ),
  sample('network-failed-to-fetch', 'network', 'Browser fetch', 'TypeError: Failed to fetch', failedToFetch),
  sample('network-timeout', 'network', 'Browser fetch · AbortSignal.timeout', 'TimeoutError', timeoutError, undefined, domExceptionText(timeoutError)),
  sample('network-axios-timeout', 'network', 'axios → vod.tencentcloudapi.com', 'ECONNABORTED · timeout of 10000ms', axiosTimeout),
  sample('network-abort', 'network', 'Browser fetch · user cancelled', 'AbortError', abortError, undefined, domExceptionText(abortError)),
];

/** A sample by id; throws on a typo so stories fail loudly. */
export function sampleById(id: string): VodErrorSample {
  const found = samples.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`Unknown sample "${id}"`);
  return found;
}

/** Samples matching the toolbar's provider filter (`all` keeps every one). */
export function samplesFor(filter: string): readonly VodErrorSample[] {
  return filter === 'all' || filter === '' ? samples : samples.filter((candidate) => candidate.group === filter);
}
