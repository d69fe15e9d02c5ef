import { tencentCosCatalog } from '../../catalog/object-storage.js';
import { storageReaders } from '../../formats/object-storage.js';
import { defineFormat } from '../types.js';

const { readBody, readXml } = storageReaders('tencent-cos');

/**
 * Tencent Cloud COS answering a direct upload (vod-js-sdk-v6 writes the file to COS):
 * `<Error>` with `Resource`, `RequestId` and `TraceId`, header `x-cos-request-id`.
 * https://cloud.tencent.com/document/product/436/7730
 *
 * @example
 * ```ts
 * tencentCosFormat.id; // 'tencent-cos'
 * ```
 */
export const tencentCosFormat = defineFormat({
  id: 'tencent-cos',
  provider: 'tencent',
  catalog: tencentCosCatalog,
  readBody,
  bodyKeys: ['Code'],
  // Alibaba's API replies carry a Recommend link; no storage reply does.
  notWithKeys: ['Recommend'],
  readXml,
  onlyWhenRead: true,
  catalogNamesProvider: false,
  subCodes: { catalog: tencentCosCatalog, resource: 'tencent-cos' },
  resources: ['tencent-cos'],
  resourceFor: () => 'tencent-cos',
  // The API 3.0 diagnosis tool does not know COS requests.
  links: { docs: 'https://cloud.tencent.com/document/product/436/7730', diagnosis: null, console: 'https://console.cloud.tencent.com/cos' },
});
