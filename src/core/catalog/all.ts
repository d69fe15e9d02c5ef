import { aliyunCatalog } from './aliyun';
import { httpStatusCatalog } from './http-status';
import { huaweiCatalog } from './huawei';
import { tencentCatalog } from './tencent';
import { tencentLegacyAccessCatalog, tencentVideoCloudCatalog } from './tencent-legacy';

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
