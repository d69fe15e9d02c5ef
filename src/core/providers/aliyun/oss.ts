import { aliyunOssCatalog } from '../../catalog/object-storage.js';
import { storageReaders } from '../../formats/object-storage.js';
import { defineFormat } from '../types.js';
import { diagnosisLink } from './diagnosis-link.js';

const { readBody, readXml } = storageReaders('aliyun-oss');

/**
 * Alibaba Cloud OSS answering a direct upload (the upload SDK writes the file to OSS):
 * `<Error>` with `HostId` and `EC`, header `x-oss-request-id`.
 * https://help.aliyun.com/zh/oss/support/oss-error-codes
 *
 * @example
 * ```ts
 * aliyunOssFormat.id; // 'aliyun-oss'
 * ```
 */
export const aliyunOssFormat = defineFormat({
  id: 'aliyun-oss',
  provider: 'aliyun',
  catalog: aliyunOssCatalog,
  readBody,
  bodyKeys: ['Code'],
  // Alibaba's API replies carry a Recommend link; no storage reply does.
  notWithKeys: ['Recommend'],
  readXml,
  onlyWhenRead: true,
  // S3 codes (`AccessDenied`, `NoSuchKey`) are every storage's: they never name a provider.
  catalogNamesProvider: false,
  // "Request has expired" and expired tokens, read from the message (`subCode`).
  subCodes: { catalog: aliyunOssCatalog, resource: 'aliyun-oss' },
  resources: ['aliyun-oss'],
  resourceFor: () => 'aliyun-oss',
  links: {
    docs: 'https://help.aliyun.com/zh/oss/support/oss-error-codes',
    // The same diagnosis tool as for VOD, asked about OSS.
    diagnosis: diagnosisLink('Oss'),
    console: 'https://oss.console.aliyun.com/',
  },
});
