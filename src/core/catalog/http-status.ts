import type { CatalogTable } from './types.js';

/**
 * HTTP statuses → classification, for replies that carry no provider code (gateway pages,
 * SDKs that hide the body, bare statuses). Source: the status code page of Huawei Cloud VOD's
 * API reference (public repository huaweicloudDocs/vod) plus 429, which every provider's
 * gateway sends when throttling.
 */
export const httpStatusCatalog: CatalogTable = {
  200: 'success',
  201: 'success',
  202: 'success',
  204: 'success',
  400: 'invalid-request',
  401: 'auth',
  403: 'permission',
  404: 'not-found',
  405: 'invalid-request',
  406: 'invalid-request',
  407: 'auth',
  // Huawei's table: "the client may resubmit the request unchanged".
  408: ['timeout', { fault: 'network' }],
  409: 'conflict',
  429: 'rate-limit',
  500: 'server',
  501: ['invalid-request', { fault: 'server' }],
  502: 'unavailable',
  // Huawei's table advises "do not retry" for 503. The kit retries with backoff instead: 503 means
  // a temporary condition (RFC 9110 §15.6.4), every other provider here treats it as such
  // (Alibaba's ServiceUnAvailable, Tencent's ServiceUnavailable/6200), and a bounded backoff
  // cannot harm a service that is really down. Decision recorded in README "Retry policy".
  503: 'unavailable',
  504: 'timeout',
};
