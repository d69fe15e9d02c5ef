import { tableFromGroups } from '../../catalog/build.js';
import type { CodeGroup } from '../../catalog/types.js';

/**
 * Huawei Cloud VOD codes (`error_code` in the body) and the API gateway's `APIG.*` codes.
 * Almost every VOD code arrives with HTTP 403 whatever it means, so the code decides and the
 * numbers tell nothing by their shape: every code states its category.
 *
 * @example
 * ```ts
 * huaweiCodeGroups.find((group) => group.codes === 'APIG.0201')?.override?.byStatus?.[400]; // 'invalid-request'
 * ```
 */
export const huaweiCodeGroups: readonly CodeGroup[] = [
  // Source: huaweicloudDocs/vod cn.zh-cn/API参考/错误码.md
  {
    from: 'huawei-vod',
    category: 'invalid-request',
    // Wrong parameters, method or content type; unsupported media types and clip sources; a
    // default domain that cannot be changed; too many URLs or assets in one request
    // (10086/10087/10109/10137, like Alibaba's 1,000-URL prefetch cap); an unreachable pull URL.
    prefix: 'VOD.',
    codes: `10053 10057 10058 10059 10063 10075 10081 10086 10087 10095 10097 10102 10103 10106 10107 10108 10109 10121
      10130 10134 10137`,
  },
  { from: 'huawei-vod', category: 'invalid-request', codes: 'VST.10001' },
  // Internal errors even though they arrive as 400 (VST) or 403 (VOD).
  { from: 'huawei-vod', category: 'server', codes: 'VST.10002 VOD.10051 VOD.10052 VOD.10076 VOD.10084 VOD.10094 VOD.10122' },
  // A failed transcode, snapshot or review is usually caused by the source file or the template:
  // the same request fails the same way.
  { from: 'huawei-vod', category: 'server', override: { retryable: false }, prefix: 'VOD.', codes: '10073 10092 10104 10105' },
  { from: 'huawei-vod', category: 'auth', codes: 'VOD.10054 VOD.10077 VST.10004' },
  // Real-name verification missing, account abnormal, in arrears, cancelled or frozen.
  { from: 'huawei-vod', category: 'account', prefix: 'VOD.', codes: '10055 10056 10120 10132' },
  // No right to the action, the resource, the topic or the bucket; a Referer that fails the check.
  { from: 'huawei-vod', category: 'permission', prefix: 'VOD.', codes: '10070 10071 10074 10111 10114 10133 10138' },
  // Asset, category (10064 "category does not exist"), topic, domain, watermark group, subtitle.
  { from: 'huawei-vod', category: 'not-found', prefix: 'VOD.', codes: '10062 10064 10068 10089 10124 10129' },
  {
    from: 'huawei-vod',
    category: 'conflict',
    // The asset, task, domain or bucket is in a state that forbids the call, or the thing to
    // create exists already, or a setting it needs is not configured yet.
    prefix: 'VOD.',
    codes: `10060 10061 10065 10069 10072 10082 10083 10088 10090 10096 10100 10101 10110 10113 10115 10117 10119 10123
      10126 10128 10131 10135`,
  },
  // Still deploying or syncing: it settles by itself, like Tencent's DomainDeploying.
  { from: 'huawei-vod', category: 'conflict', override: { retryable: true, retryAfterMs: 60_000 }, prefix: 'VOD.', codes: '10098 10116 10118' },
  // A blocked asset stays blocked until it is reviewed again, like Tencent's MediaForbidedBySystem.
  { from: 'huawei-vod', category: 'conflict', override: { severity: 'error' }, codes: 'VOD.10099' },
  // Category depth, category count (10067 "too many categories"), trial quota, domain count,
  // watermark count: limits of the account.
  { from: 'huawei-vod', category: 'quota', prefix: 'VOD.', codes: '10066 10067 10078 10085 10125' },
  { from: 'huawei-vod', category: 'rate-limit', codes: 'VOD.10127' },
  // The feature is offline for a while.
  { from: 'huawei-vod', category: 'unavailable', codes: 'VOD.10136' },
  // Listed in the error table but reporting success or progress: not failures.
  { from: 'huawei-vod', category: 'success', prefix: 'VOD.', codes: '10079 10080 10091 10093' },

  // Source: https://support.huaweicloud.com/devg-apisign/api-sign-errorcode.html (API gateway)
  { from: 'huawei-apig', category: 'not-found', codes: 'APIG.0101' },
  { from: 'huawei-apig', category: 'server', prefix: 'APIG.', codes: '0103 0104 0105 0107' },
  { from: 'huawei-apig', category: 'invalid-request', codes: 'APIG.0106' },
  {
    from: 'huawei-apig',
    // One code for a malformed or oversized request (400/413/414/494), an unreachable backend
    // (502/503/504) and an unexpected gateway error (500). Without a status, the backend is the
    // usual cause.
    category: 'unavailable',
    override: {
      byStatus: { 400: 'invalid-request', 413: 'invalid-request', 414: 'invalid-request', 494: 'invalid-request', 500: 'server' },
    },
    codes: 'APIG.0201',
  },
  { from: 'huawei-apig', category: 'unavailable', codes: 'APIG.0202' },
  // The gateway gave up waiting for VOD: a server-side timeout, not the caller's network.
  { from: 'huawei-apig', category: 'timeout', override: { fault: 'server' }, codes: 'APIG.0203' },
  // IAM or app authentication wrong, or a token that must be refreshed.
  { from: 'huawei-apig', category: 'auth', prefix: 'APIG.', codes: '0301 0303 0305 0307' },
  { from: 'huawei-apig', category: 'permission', prefix: 'APIG.', codes: '0302 0304 0306' },
  // Huawei advises waiting a few seconds before retrying.
  { from: 'huawei-apig', category: 'rate-limit', override: { retryAfterMs: 2000 }, codes: 'APIG.0308' },
];

/**
 * Huawei Cloud VOD code → classification.
 *
 * @example
 * ```ts
 * huaweiCatalog['VOD.10062']; // 'not-found'
 * ```
 */
export const huaweiCatalog = /* @__PURE__ */ tableFromGroups(huaweiCodeGroups);
