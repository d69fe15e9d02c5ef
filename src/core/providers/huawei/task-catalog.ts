import { tableFromGroups } from '../../catalog/build.js';
import type { CodeGroup } from '../../catalog/types.js';

/**
 * Huawei asset and transcoding statuses that report a failure, used as the code of a task
 * failure (`TRANSCODE_FAILED` with its `description`).
 *
 * @example
 * ```ts
 * huaweiTaskCodeGroups[0]?.category; // 'server'
 * ```
 */
export const huaweiTaskCodeGroups: readonly CodeGroup[] = [
  // Source: https://support.huaweicloud.com/api-vod/vod_04_0202.html (asset and transcode status)
  // Like VOD.10092 ("transcoding failed"): the source file or template is the usual cause, so the
  // same job fails the same way.
  { from: 'huawei-asset', category: 'server', override: { retryable: false }, codes: 'TRANSCODE_FAILED FAILED' },
  // The file never reached storage: uploading it again is the fix.
  { from: 'huawei-asset', category: 'server', codes: 'UPLOAD_FAILED' },
];

/**
 * @example
 * ```ts
 * huaweiTaskCatalog.TRANSCODE_FAILED; // ['server', { retryable: false }]
 * ```
 */
export const huaweiTaskCatalog = /* @__PURE__ */ tableFromGroups(huaweiTaskCodeGroups);
