import { aliyunCatalog } from '../providers/aliyun/catalog.js';
import { huaweiCatalog } from '../providers/huawei/catalog.js';
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
  http: httpStatusCatalog,
} as const;
