import { tableFromGroups } from '../../catalog/build.js';
import type { CodeGroup } from '../../catalog/types.js';

/**
 * Alibaba transcoding, snapshot and analysis failures: the `ErrorCode` of an event message or
 * job result with `Status: "fail"`. Codes the VOD API also sends (`InternalError` …) are read
 * from the API table; these are the ones only jobs report.
 *
 * @example
 * ```ts
 * aliyunTaskCodeGroups[0]?.codes; // 'InvalidParameter.ResourceContentBad'
 * ```
 */
export const aliyunTaskCodeGroups: readonly CodeGroup[] = [
  // Source: AlibabaCloudDocs/vod event notification pages (VideoAnalysisComplete, StreamTranscodeComplete)
  // The uploaded file cannot be decoded: only a new file helps.
  { from: 'aliyun-events', category: 'invalid-request', codes: 'InvalidParameter.ResourceContentBad' },
  { from: 'aliyun-events', category: 'not-found', codes: 'InvalidParameter.ResourceNotFound' },
];

/**
 * @example
 * ```ts
 * aliyunTaskCatalog['InvalidParameter.ResourceContentBad']; // 'invalid-request'
 * ```
 */
export const aliyunTaskCatalog = /* @__PURE__ */ tableFromGroups(aliyunTaskCodeGroups);
