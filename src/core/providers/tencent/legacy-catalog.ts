import type { CatalogTable } from '../../catalog/types.js';

/**
 * Tencent Cloud legacy API 2.0 access-layer codes (the numeric `code` of the reply) →
 * classification. Source: the API 2.0 common error codes (https://cloud.tencent.com/document/api/267/5820).
 *
 * 5100 and 4000 are also the envelopes of dual-code replies: when the message carries a
 * video-cloud code (`"20108:..."`, `"(10008)..."`), that code, looked up in
 * `tencentVideoCloudCatalog`, says what really happened.
 *
 * @example
 * ```ts
 * tencentLegacyAccessCatalog['4100']; // 'auth'
 * ```
 */
export const tencentLegacyAccessCatalog: CatalogTable = {
  '4000': 'invalid-request',
  '4100': 'auth',
  // Timestamp outside the validity window: a signing problem, like AuthFailure.SignatureExpire.
  '4200': 'auth',
  // "Account banned, or not among the users this API serves": access refused to an
  // authenticated caller. Bans are mentioned in the texts.
  '4300': 'permission',
  // The 2.0 "request quota" is a call-count limit per time window: back off and retry.
  '4400': 'rate-limit',
  // Replay protection (reused Nonce / Timestamp off by more than 2 h) is part of signing.
  '4500': 'auth',
  '4600': 'invalid-request',
  '5000': 'not-found',
  // The video service refused; the real category comes from the video-cloud code in the
  // message. Without one nothing more is known.
  '5100': 'unknown',
  // Purchase failed (configuration not offered or out of stock): provider-side, but retrying
  // the same purchase will not help.
  '5200': ['unavailable', { retryable: false }],
  '5300': 'account',
  // Batch partly done: not a plain failure, and retrying the whole batch would repeat the
  // items that succeeded.
  '5400': ['unknown', { severity: 'warning' }],
  '5500': 'account',
  '6000': 'server',
  // "Not supported in this version", and the doc's first advice is to check the module's
  // endpoint domain: a request problem, not an outage.
  '6100': 'invalid-request',
  // Planned maintenance lasts longer than a busy spike.
  '6200': ['unavailable', { retryAfterMs: 60_000 }],
};

/**
 * Tencent Cloud video-cloud (live / VOD) codes found inside legacy dual-code replies →
 * classification. Source: the video-cloud error code table of the legacy API
 * (https://cloud.tencent.com/document/api/267/5820), plus 10008 seen in real replies.
 *
 * @example
 * ```ts
 * tencentVideoCloudCatalog['20108']; // 'conflict'
 * ```
 */
export const tencentVideoCloudCatalog: CatalogTable = {
  '1000': 'invalid-request',
  '1001': 'server',
  // User unknown to the video cloud: in practice the service was never activated.
  '1002': 'account',
  '1003': 'account',
  // The video cloud's internal network, not the caller's connection.
  '3000': 'server',
  '4001': 'invalid-request',
  '10008': 'not-found',
  '20100': 'server',
  '20101': 'quota',
  '20102': 'server',
  '20103': 'server',
  '20104': 'server',
  '20105': 'server',
  '20106': 'server',
  '20107': 'server',
  '20108': 'conflict',
  '20109': 'conflict',
  // A channel without a source cannot do this yet: a state problem.
  '20111': 'conflict',
  '20112': 'invalid-request',
  '20113': 'invalid-request',
  // Activation is refused because of the account (verification, balance, status).
  '20114': 'account',
  '20200': 'invalid-request',
  '20201': 'server',
  '20202': 'server',
  '20203': 'server',
  // Same meaning as 20200 in the source table.
  '20204': 'invalid-request',
  '20250': 'invalid-request',
  '20251': 'not-found',
  '20252': 'server',
  '20253': 'quota',
  '20300': 'server',
  '20301': 'not-found',
  '20320': 'server',
  '20321': 'server',
  '20322': 'conflict',
  '20323': 'invalid-request',
  '20326': 'server',
  '20327': 'not-found',
  '20328': 'not-found',
  '20500': 'not-found',
};
