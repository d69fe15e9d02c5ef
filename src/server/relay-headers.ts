import type { VodError } from '../core/model.js';

// A header value must be visible ASCII; the model's RequestId normally is, but it comes from
// the provider, and a line break in a header value is a response-splitting hole.
const SAFE_HEADER_VALUE = /^[\x21-\x7e]{1,128}$/;

/**
 * Response headers for a relayed error: JSON content type, `Cache-Control: no-store` (an error
 * is about one request), the RequestId as `X-Request-Id` (the kit on the page reads it, and so
 * do proxies' logs), and `Retry-After` in seconds when the error is retryable and suggests a wait.
 *
 * @example
 * ```ts
 * import { normalizeVodError } from 'vod-error-kit/core';
 * import { vodErrorHeaders } from 'vod-error-kit/server';
 *
 * const headers = vodErrorHeaders(normalizeVodError({ Code: 'Throttling.User', Message: '', RequestId: 'A1', HostId: 'vod.cn-shanghai.aliyuncs.com' }));
 * headers['X-Request-Id']; // 'A1'
 * headers['Retry-After']; // '1'
 * ```
 */
export function vodErrorHeaders(error: VodError): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  };
  if (error.requestId !== undefined && SAFE_HEADER_VALUE.test(error.requestId)) headers['X-Request-Id'] = error.requestId;
  if (error.retryable && error.retryAfterMs !== undefined && Number.isFinite(error.retryAfterMs)) {
    // Whole seconds, rounded up: Retry-After has no smaller unit, and an early retry is the worse error.
    headers['Retry-After'] = String(Math.max(1, Math.ceil(error.retryAfterMs / 1000)));
  }
  return headers;
}
