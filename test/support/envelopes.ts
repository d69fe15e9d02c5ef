/**
 * Error values as the kit meets them in apps: provider envelopes copied from the providers'
 * documented replies, and a browser network failure.
 */

/** Alibaba Cloud ApsaraVideo VOD (RPC API): GetPlayInfo for a deleted video. */
export const aliyunVideoNotFound = {
  RequestId: '8906582E-6722-409A-A6C4-0E7863B733A5',
  HostId: 'vod.cn-shanghai.aliyuncs.com',
  Code: 'InvalidVideo.NotFound',
  Message: 'The video does not exist.',
} as const;
export const aliyunRequestId = aliyunVideoNotFound.RequestId;

/** Alibaba Cloud: the API's flow control kicked in (rate-limit, retryable, a warning). */
export const aliyunThrottled = {
  RequestId: 'D4B1A3C2-5E6F-4A7B-8C9D-0E1F2A3B4C5D',
  HostId: 'vod.cn-shanghai.aliyuncs.com',
  Code: 'Throttling.User',
  Message: 'Request was denied due to user flow control.',
} as const;

/** Tencent Cloud API 3.0: DescribeMediaInfos for a FileId that does not exist. */
export const tencentFileNotFound = {
  Response: {
    Error: { Code: 'ResourceNotFound.FileNotExist', Message: 'The file does not exist.' },
    RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6',
  },
} as const;
export const tencentRequestId = tencentFileNotFound.Response.RequestId;

/** Huawei Cloud VOD: an HTTP response wrapper around the JSON body, with its request id header. */
export const huaweiAssetNotFound = {
  status: 404,
  headers: { 'X-Request-Id': '3b2f6a1c9d8e4f7a8b6c5d4e3f2a1b0c' },
  body: { error_code: 'VOD.10062', error_msg: 'The media asset does not exist.' },
} as const;
export const huaweiRequestId = huaweiAssetNotFound.headers['X-Request-Id'];

/** What `fetch` rejects with when the network is down or CORS blocks the request. */
export function networkFailure(): TypeError {
  return new TypeError('Failed to fetch');
}

/** A request the app cancelled: the kit shows it as a notice (severity `info`). */
export function abortedRequest(): DOMException {
  return new DOMException('The user aborted a request.', 'AbortError');
}

/** An Alibaba reply whose server message carries markup; it must render as text. */
export const aliyunWithMarkup = {
  ...aliyunVideoNotFound,
  RequestId: 'A1B2C3D4-0000-4000-8000-000000000001',
  Message: '<img src=x onerror=alert(1)>',
} as const;

/** Distinct Alibaba errors (different codes do not coalesce), for queue tests. */
export function distinctAliyunErrors(count: number): object[] {
  const codes = ['InvalidVideo.NotFound', 'Forbidden', 'InvalidParameter', 'OperationDenied', 'MissingParameter', 'Throttling.User', 'ServiceUnavailable'];
  return Array.from({ length: count }, (_, index) => ({
    RequestId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    HostId: 'vod.cn-shanghai.aliyuncs.com',
    Code: codes[index % codes.length],
    Message: `Error number ${index}.`,
  }));
}
