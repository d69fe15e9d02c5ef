import { huaweiObsCatalog } from '../../catalog/object-storage.js';
import { storageReaders } from '../../formats/object-storage.js';
import { defineFormat } from '../types.js';

const { readBody, readXml } = storageReaders('huawei-obs');

/**
 * Huawei Cloud OBS answering a direct upload: S3's `<Error>` with a `HostId` on
 * `*.obs.<region>.myhuaweicloud.com`, header `x-obs-request-id`, and the browser SDK's
 * `CommonMsg`. https://support.huaweicloud.com/api-obs/obs_04_0115.html
 *
 * @example
 * ```ts
 * huaweiObsFormat.id; // 'huawei-obs'
 * ```
 */
export const huaweiObsFormat = defineFormat({
  id: 'huawei-obs',
  provider: 'huawei',
  catalog: huaweiObsCatalog,
  readBody,
  // The OBS browser SDK's `{ CommonMsg: { Status, Code } }` beside the plain `{ Code }`.
  bodyKeys: ['Code', 'CommonMsg'],
  // Alibaba's API replies carry a Recommend link; no storage reply does.
  notWithKeys: ['Recommend'],
  readXml,
  onlyWhenRead: true,
  catalogNamesProvider: false,
  subCodes: { catalog: huaweiObsCatalog, resource: 'huawei-obs' },
  resources: ['huawei-obs'],
  resourceFor: () => 'huawei-obs',
  // The API error center covers the VOD API, not OBS.
  links: { docs: 'https://support.huaweicloud.com/api-obs/obs_04_0115.html', diagnosis: null, console: 'https://console.huaweicloud.com/obs' },
});
