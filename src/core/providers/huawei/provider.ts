import { defineProvider } from '../types.js';
import { readHuaweiSdkException } from './sdk.js';

/**
 * Huawei Cloud: VOD, its API gateway, and the OBS storage behind its uploads.
 * Error codes: https://support.huaweicloud.com/api-vod/ErrorCode.html
 */
export const huaweiProvider = defineProvider({
  id: 'huawei',
  hosts: ['myhuaweicloud.com', 'huaweicloud.com'],
  linkHosts: ['huaweicloud.com'],
  // Huawei codes carry their service prefix: `VOD.10062`, `VOD.100021010` (9 digits in newer
  // docs), `VST.10001`, `APIG.0301`, `APIGW.0301`.
  codePattern: /^(?:VOD|VST|APIGW?|IAM|OBS)\.\d{3,9}$/,
  readSdkException: readHuaweiSdkException,
  links: {
    docs: 'https://support.huaweicloud.com/api-vod/ErrorCode.html',
    diagnosis: 'https://apierrorcenter.developer.huaweicloud.com/apierrorcenter',
    console: 'https://console.huaweicloud.com/vod',
    ticket: 'https://console.huaweicloud.com/ticket/#/ticketindex/createIndex',
  },
});
