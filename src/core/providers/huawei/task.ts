import { readHuaweiTask } from '../../formats/task-failure.js';
import { defineFormat } from '../types.js';
import { huaweiCatalog } from './catalog.js';
import { huaweiTaskCatalog } from './task-catalog.js';

/**
 * Huawei asset and transcoding failures: a status ending in `FAILED` (`TRANSCODE_FAILED`) with
 * its description, from an event notification or an asset's details.
 *
 * @example
 * ```ts
 * huaweiTaskFormat.id; // 'huawei-task'
 * ```
 */
export const huaweiTaskFormat = defineFormat({
  id: 'huawei-task',
  provider: 'huawei',
  catalog: /* @__PURE__ */ Object.assign({}, huaweiCatalog, huaweiTaskCatalog),
  readBody: readHuaweiTask,
  bodyKeys: ['transcode_info', 'transcode_status', 'status'],
  onlyWhenRead: true,
  // Statuses such as `FAILED` are common words: they never name Huawei on their own.
  catalogNamesProvider: false,
  resources: ['huawei'],
  resourceFor: () => 'huawei',
});
