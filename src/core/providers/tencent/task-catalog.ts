import { tableFromGroups } from '../../catalog/build.js';
import type { CodeGroup } from '../../catalog/types.js';

/**
 * Tencent VOD task failures: the `ErrCodeExt` of a task result (`DescribeTaskDetail`, the
 * `ProcedureStateChanged` event, media-process results) and, when it is empty, the numeric
 * `ErrCode`. They only arrive in task results, never as API errors.
 *
 * @example
 * ```ts
 * tencentTaskCodeGroups[0]?.from; // 'tencent-task'
 * ```
 */
export const tencentTaskCodeGroups: readonly CodeGroup[] = [
  // Source: https://cloud.tencent.com/document/product/266/50368 (task error codes, ErrCodeExt)
  { from: 'tencent-task', category: 'invalid-request', codes: 'InvalidInput' },
  { from: 'tencent-task', prefix: 'InvalidInput.', codes: 'InvalidTimeOffset ConfigurationUnsupported' },
  { from: 'tencent-task', category: 'not-found', codes: 'InvalidInput.DefinitionNotExist' },
  { from: 'tencent-task', category: 'conflict', codes: 'InvalidInput.TaskDuplicated' },
  // The feature is not enabled for the account: an administrator has to request it.
  { from: 'tencent-task', category: 'permission', codes: 'InvalidInput.PermissionDenied' },
  // The joined result would exceed the size limit: fewer or shorter inputs fix it.
  { from: 'tencent-task', category: 'invalid-request', codes: 'InvalidInput.ResultFileSizeTooLarge' },
  // The uploaded file itself is the problem (no video track, corrupt, unsupported, unreachable
  // source URL): the same file fails the same way, so only a new file helps.
  { from: 'tencent-task', category: 'invalid-request', codes: 'SourceFileError' },
  { from: 'tencent-task', prefix: 'SourceFileError.', codes: 'NoVideoMedia NoVideoResolution ContentMalformed ContentUnsupported DownloadNotAccessible' },
  // Source: https://cloud.tencent.com/document/api/266/31773 (task result `ErrCode`): 40000 bad
  // input, 60000 source file error, 70000 internal error.
  { from: 'tencent-task-result', category: 'invalid-request', codes: '40000 60000' },
  { from: 'tencent-task-result', category: 'server', codes: '70000' },
];

/**
 * Tencent VOD task failure code → classification.
 *
 * @example
 * ```ts
 * tencentTaskCatalog['SourceFileError.NoVideoMedia']; // 'invalid-request'
 * ```
 */
export const tencentTaskCatalog = /* @__PURE__ */ tableFromGroups(tencentTaskCodeGroups);
