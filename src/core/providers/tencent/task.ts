import { readTencentTask } from '../../formats/task-failure.js';
import { defineFormat } from '../types.js';
import { tencentCatalog } from './catalog.js';
import { tencentTaskCatalog } from './task-catalog.js';
import { tencentResourceFor } from './v3.js';

/**
 * Tencent VOD task failures: `DescribeTaskDetail`, event notifications (`ProcedureStateChanged`
 * …) and media-process results, read by `ErrCodeExt`/`ErrCode` and `Message`. A task may also
 * report an API code (`InternalError`), so its table holds both.
 * https://cloud.tencent.com/document/product/266/50368
 *
 * @example
 * ```ts
 * tencentTaskFormat.id; // 'tencent-task'
 * ```
 */
export const tencentTaskFormat = defineFormat({
  id: 'tencent-task',
  provider: 'tencent',
  catalog: /* @__PURE__ */ Object.assign({}, tencentCatalog, tencentTaskCatalog),
  readBody: readTencentTask,
  // A task detail or event list, an event, a bare media-process task.
  bodyKeys: ['Response', 'EventType', 'ErrCodeExt'],
  // Known only from a task result's shape, never chosen for a bare code.
  onlyWhenRead: true,
  catalogNamesProvider: true,
  resources: ['tencent-tasks', 'tencent', 'tencent-parameters'],
  resourceFor: tencentResourceFor,
});
