import type { VodError, VodErrorCategory } from '../core/model.js';

// The status to answer with when the provider's own status says nothing: Tencent API 3.0 sends
// its errors with 200, SDKs drop the status, and a provider that never answered has none.
const STATUS_BY_CATEGORY: Readonly<Record<VodErrorCategory, number>> = {
  auth: 401,
  permission: 403,
  account: 403,
  quota: 403,
  'rate-limit': 429,
  'invalid-request': 400,
  'not-found': 404,
  conflict: 409,
  server: 500,
  unavailable: 503,
  // The provider did not answer (or answered with something that was not a reply): the
  // backend is a gateway that got no valid response. RFC 9110 §15.6.3 and §15.6.5.
  network: 502,
  timeout: 504,
  aborted: 502,
  // A "success" reaching an error handler, or nothing recognisable: still a failure of this
  // request. Never a 2xx, which `response.ok` would take for a success.
  success: 500,
  unknown: 500,
};

/**
 * The HTTP status a backend should answer with when it relays `error` to its page: the
 * provider's real error status when there is one (403 stays 403, 503 stays 503), otherwise one
 * that fits the category (Tencent's `ResourceNotFound.FileNotExist`, sent with 200, gives 404);
 * 502 when the provider did not answer, 504 when it did not answer in time. Never 2xx or 3xx.
 *
 * @example
 * ```ts
 * import { normalizeVodError } from 'vod-error-kit/core';
 * import { vodErrorStatus } from 'vod-error-kit/server';
 *
 * vodErrorStatus(normalizeVodError({ error_code: 'VOD.10062', error_msg: 'Not found', status: 404 })); // 404
 * vodErrorStatus(normalizeVodError({ Response: { Error: { Code: 'AuthFailure.SignatureFailure', Message: '' }, RequestId: 'r1' } })); // 401
 * vodErrorStatus(normalizeVodError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))); // 502
 * ```
 */
export function vodErrorStatus(error: VodError): number {
  const status = error.httpStatus;
  if (status !== undefined && status >= 400 && status <= 599) return status;
  // The provider answered with something that is not a reply (an HTML page with 200): a bad gateway.
  if (error.code === 'InvalidResponse') return 502;
  return STATUS_BY_CATEGORY[error.category] ?? 500;
}
