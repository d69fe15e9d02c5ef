import type { CatalogTable } from '../../catalog/types.js';

/**
 * Huawei Cloud VOD codes (`error_code` in the body) → classification.
 * Sources: the VOD API error code table (https://support.huaweicloud.com/api-vod/ErrorCode.html,
 * public repository huaweicloudDocs/vod `API参考/错误码.md`) and the API Gateway (APIG) error
 * codes. HTTP statuses alone are in `catalog/http-status.ts`.
 * Most VOD codes arrive with status 403 whatever they mean, so the code decides.
 */
export const huaweiCatalog: CatalogTable = {
  // Request and service errors
  'VOD.10053': 'invalid-request',
  'VOD.10081': 'invalid-request',
  'VST.10001': 'invalid-request',
  // Internal errors even though they arrive as 400 (VST) or 403 (VOD).
  'VST.10002': 'server',
  'VOD.10051': 'server',
  'VOD.10052': 'server',

  // Authentication
  'VOD.10054': 'auth',
  'VST.10004': 'auth',

  // Account state
  'VOD.10055': 'account',
  'VOD.10056': 'account',
  'VOD.10120': 'account',
  'VOD.10132': 'account',

  // Permissions
  'VOD.10074': 'permission',
  'VOD.10111': 'permission',
  'VOD.10133': 'permission',
  'VOD.10138': 'permission',
  'VOD.10071': 'permission',

  // Media assets
  'VOD.10062': 'not-found',
  'VOD.10063': 'invalid-request',
  'VOD.10060': 'conflict',
  'VOD.10061': 'conflict',
  'VOD.10083': 'conflict',
  // A blocked asset stays blocked until it is reviewed again: a resource state, not a
  // credentials problem, and never retryable.
  'VOD.10099': ['conflict', { severity: 'error' }],
  'VOD.10126': 'conflict',
  'VOD.10135': 'conflict',

  // Categories
  'VOD.10064': 'invalid-request',
  'VOD.10065': 'conflict',
  'VOD.10066': 'quota',
  'VOD.10067': 'invalid-request',

  // Processing. A failed transcode/snapshot is usually caused by the source file or the
  // template, so an automatic retry of the same request is not useful.
  'VOD.10073': ['server', { retryable: false }],
  'VOD.10092': ['server', { retryable: false }],
  'VOD.10104': ['server', { retryable: false }],
  // The source URL could not be fetched by VOD: the caller has to supply a reachable URL.
  'VOD.10121': 'invalid-request',

  // Limits
  'VOD.10078': 'quota',
  'VOD.10085': 'quota',
  'VOD.10086': 'quota',
  'VOD.10087': 'quota',
  'VOD.10127': 'rate-limit',

  // API Gateway
  'APIG.0101': 'not-found',
  // APIG.0201 covers several gateway failures; in practice it is mostly "Backend timeout"
  // (the 4xx variants — malformed or oversized request — come with a 4xx status).
  'APIG.0201': 'unavailable',
  'APIG.0202': 'unavailable',
  // The gateway gave up waiting for VOD: a server-side timeout, not the caller's network.
  'APIG.0203': ['timeout', { fault: 'server' }],
  'APIG.0301': 'auth',
  'APIG.0302': 'permission',
  // Huawei advises waiting a few seconds before retrying.
  'APIG.0308': ['rate-limit', { retryAfterMs: 2000 }],
};
