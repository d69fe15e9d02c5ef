import { readAliyunTask } from '../../formats/task-failure.js';
import { defineFormat } from '../types.js';
import { aliyunCatalog } from './catalog.js';
import { aliyunApiResourceFor } from './rpc.js';
import { aliyunTaskCatalog } from './task-catalog.js';

/**
 * Alibaba transcoding, snapshot and analysis failures: event messages and job results with
 * `Status: "fail"`, `ErrorCode` and `ErrorMessage`. Jobs also report API codes
 * (`InternalError`), so the table holds both; the job-only codes have their own texts.
 *
 * @example
 * ```ts
 * aliyunTaskFormat.id; // 'aliyun-task'
 * ```
 */
export const aliyunTaskFormat = defineFormat({
  id: 'aliyun-task',
  provider: 'aliyun',
  catalog: /* @__PURE__ */ Object.assign({}, aliyunCatalog, aliyunTaskCatalog),
  readBody: readAliyunTask,
  // A failed job names its `ErrorCode`, at the top or in one of these job lists.
  bodyKeys: ['ErrorCode', 'StreamInfos', 'TranscodeTask', 'TranscodeJobInfoList'],
  onlyWhenRead: true,
  catalogNamesProvider: true,
  resources: ['aliyun-tasks', 'aliyun', 'aliyun-domains'],
  resourceFor: (code) => (Object.prototype.hasOwnProperty.call(aliyunTaskCatalog, code) ? 'aliyun-tasks' : aliyunApiResourceFor(code)),
});
