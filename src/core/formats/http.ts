import { present, type Draft } from '../draft.js';
import { isRecord, readKey, toHttpStatus } from '../read.js';

/** Longest Retry-After the kit will suggest: past this, a person should decide. */
const MAX_RETRY_AFTER_MS = 5 * 60 * 1000;

/**
 * Reads one header from a `Headers` object, axios' `AxiosHeaders`, a Node `IncomingHttpHeaders`,
 * an `XMLHttpRequest` or a plain object with any letter case. Never throws.
 */
export function readHeader(headers: unknown, name: string): string | undefined {
  // Arrays hold no header names, and enumerating a huge one below would cost its full length.
  if (!isRecord(headers) || Array.isArray(headers) || ArrayBuffer.isView(headers)) return undefined;
  // `get`: fetch Headers and AxiosHeaders; `getResponseHeader`: an XMLHttpRequest.
  for (const method of ['get', 'getResponseHeader']) {
    const get = readKey(headers, method);
    if (typeof get !== 'function') continue;
    try {
      const value: unknown = get.call(headers, name);
      if (typeof value === 'string' && value !== '') return value;
      if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
    } catch {
      // fall through to property access
    }
  }
  const direct = readKey(headers, name) ?? readKey(headers, name.toLowerCase());
  if (typeof direct === 'string') return direct;
  if (Array.isArray(direct) && typeof direct[0] === 'string') return direct[0];
  try {
    let seen = 0;
    const wanted = name.toLowerCase();
    for (const key in headers) {
      if (++seen > 200) break;
      if (key.toLowerCase() === wanted) {
        const value = readKey(headers, key);
        if (typeof value === 'string') return value;
      }
    }
  } catch {
    // a Proxy whose ownKeys trap throws
  }
  return undefined;
}

/** Parses `Retry-After` (seconds or an HTTP date) into a bounded wait. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  let ms: number;
  if (/^\d{1,7}$/.test(trimmed)) ms = Number(trimmed) * 1000;
  else {
    const at = trimmed.length <= 64 ? Date.parse(trimmed) : NaN;
    if (Number.isNaN(at)) return undefined;
    ms = at - now;
  }
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}

/** Fills RequestId, trace IDs and Retry-After from response headers of any provider. */
export function readResponseHeaders(headers: unknown, draft: Draft, now: number): void {
  if (!isRecord(headers)) return;
  draft.requestId ??= present(readHeader(headers, 'x-request-id'));
  draft.requestId ??= present(readHeader(headers, 'x-acs-request-id'));
  draft.requestId ??= present(readHeader(headers, 'x-tc-requestid'));
  // Upload storage behind the VOD upload SDKs: Tencent COS, Alibaba OSS, Huawei OBS. Their
  // request-id header also tells which storage answered.
  for (const [header, storage] of STORAGE_REQUEST_ID_HEADERS) {
    const requestId = readHeader(headers, header);
    if (requestId === undefined) continue;
    draft.requestId ??= present(requestId);
    draft.storage ??= storage;
  }
  draft.traceId ??= present(readHeader(headers, 'x-tc-traceid'));
  draft.traceId ??= present(readHeader(headers, 'x-acs-trace-id'));
  draft.retryAfterMs ??= present(parseRetryAfter(readHeader(headers, 'retry-after'), now));
}

const STORAGE_REQUEST_ID_HEADERS = [
  ['x-cos-request-id', 'tencent-cos'],
  ['x-oss-request-id', 'aliyun-oss'],
  ['x-obs-request-id', 'huawei-obs'],
] as const;

/** Where responses and errors keep their HTTP status, most common first. */
export const STATUS_KEYS = ['status', 'statusCode', 'httpStatusCode', 'httpCode', 'httpStatus'] as const;

/** The first valid HTTP status among a value's usual status fields. */
export function readStatus(value: unknown): number | undefined {
  for (const key of STATUS_KEYS) {
    const status = toHttpStatus(readKey(value, key));
    if (status !== undefined) return status;
  }
  return undefined;
}

/** The keys of a response (or an XMLHttpRequest) besides its status: headers, and the XHR's method. */
export const RESPONSE_KEYS = ['headers', 'getResponseHeader'] as const;

/**
 * An `XMLHttpRequest` (or a look-alike an upload library hands over): it has
 * `getResponseHeader`, a numeric `status` and possibly a `responseText` body.
 */
export function isXhrLike(value: unknown): boolean {
  return typeof readKey(value, 'getResponseHeader') === 'function' && typeof readKey(value, 'status') === 'number';
}

// axios (and every library built on it: vod-js-sdk-v6, the Huawei SDK) says only this when a
// reply had an error status; a JSON copy of axios 0.x errors keeps the message and drops `response`.
const AXIOS_STATUS_MESSAGE = /^Request failed with status code ([1-5]\d\d)$/;

/** The status inside axios' `"Request failed with status code 403"`, when that is all that is left. */
export function readStatusFromMessage(message: string): number | undefined {
  const match = message.length <= 64 ? AXIOS_STATUS_MESSAGE.exec(message) : null;
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * axios errors (and vod-js-sdk-v6's, which overwrites axios' `code` with `500`) carry a client
 * code, not a provider code: the provider's answer is in `response`.
 */
export function isHttpClientError(value: object): boolean {
  return readKey(value, 'isAxiosError') === true || isRecord(readKey(value, 'config')) || isRecord(readKey(value, 'request'));
}

/** The keys {@link isHttpClientError} reads: an object with none of them is no client error. */
export const CLIENT_ERROR_KEYS = ['isAxiosError', 'config', 'request'] as const;
