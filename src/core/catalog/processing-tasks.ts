import { tableFromGroups } from './build.js';
import type { CodeGroup } from './types.js';

/**
 * Alibaba transcoding, snapshot and analysis failures: the `ErrorCode` of an event message or
 * job result with `Status: "fail"`. Codes the VOD API also sends (`InternalError` …) are read
 * from the API table; these are the ones only jobs report.
 */
export const aliyunTaskCodeGroups: readonly CodeGroup[] = [
  // Source: AlibabaCloudDocs/vod event notification pages (VideoAnalysisComplete, StreamTranscodeComplete)
  // The uploaded file cannot be decoded: only a new file helps.
  { from: 'aliyun-events', category: 'invalid-request', codes: 'InvalidParameter.ResourceContentBad' },
  { from: 'aliyun-events', category: 'not-found', codes: 'InvalidParameter.ResourceNotFound' },
];

/**
 * Huawei asset and transcoding statuses that report a failure, used as the code of a task
 * failure (`TRANSCODE_FAILED` with its `description`).
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
 * aliyunTaskCatalog['InvalidParameter.ResourceContentBad']; // 'invalid-request'
 * ```
 */
export const aliyunTaskCatalog = /* @__PURE__ */ tableFromGroups(aliyunTaskCodeGroups);

/**
 * @example
 * ```ts
 * huaweiTaskCatalog.TRANSCODE_FAILED; // ['server', { retryable: false }]
 * ```
 */
export const huaweiTaskCatalog = /* @__PURE__ */ tableFromGroups(huaweiTaskCodeGroups);
