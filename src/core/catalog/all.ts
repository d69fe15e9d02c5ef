import { aliyunCatalog } from '../providers/aliyun/catalog.js';
import { aliyunTaskCatalog } from '../providers/aliyun/task-catalog.js';
import { huaweiCatalog } from '../providers/huawei/catalog.js';
import { huaweiTaskCatalog } from '../providers/huawei/task-catalog.js';
import { tencentTaskCatalog } from '../providers/tencent/task-catalog.js';
import { aliyunOssCatalog, huaweiObsCatalog, tencentCosCatalog } from './object-storage.js';
import { tencentCatalog } from '../providers/tencent/catalog.js';
import { tencentLegacyAccessCatalog, tencentVideoCloudCatalog } from '../providers/tencent/legacy-catalog.js';
import { httpStatusCatalog } from './http-status.js';

/**
 * Every code the kit knows, by table, for apps that list or document them.
 *
 * @example
 * ```ts
 * Object.keys(vodErrorCatalog.aliyun).length; // number of Alibaba codes
 * ```
 */
export const vodErrorCatalog = {
  aliyun: aliyunCatalog,
  tencent: tencentCatalog,
  tencentLegacy: tencentLegacyAccessCatalog,
  tencentVideoCloud: tencentVideoCloudCatalog,
  huawei: huaweiCatalog,
  tencentTasks: tencentTaskCatalog,
  aliyunTasks: aliyunTaskCatalog,
  huaweiTasks: huaweiTaskCatalog,
  aliyunOss: aliyunOssCatalog,
  tencentCos: tencentCosCatalog,
  huaweiObs: huaweiObsCatalog,
  http: httpStatusCatalog,
} as const;
