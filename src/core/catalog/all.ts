import { aliyunCatalog } from './aliyun.js';
import { httpStatusCatalog } from './http-status.js';
import { huaweiCatalog } from './huawei.js';
import { aliyunOssCatalog, huaweiObsCatalog, tencentCosCatalog } from './object-storage.js';
import { aliyunTaskCatalog, huaweiTaskCatalog } from './processing-tasks.js';
import { tencentTaskCatalog } from './tencent-tasks.js';
import { tencentCatalog } from './tencent.js';
import { tencentLegacyAccessCatalog, tencentVideoCloudCatalog } from './tencent-legacy.js';

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
