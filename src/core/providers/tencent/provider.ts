import { defineProvider } from '../types.js';
import { readTencentSdkException } from './sdk.js';

/**
 * Tencent Cloud: VOD API 3.0, the legacy API 2.0, and the COS storage behind its uploads.
 * Error codes: https://cloud.tencent.com/document/api/266/31774
 */
export const tencentProvider = defineProvider({
  id: 'tencent',
  hosts: [
    'tencentcloudapi.com',
    'qcloud.com',
    'myqcloud.com',
    'tencent-cloud.com',
    'vod-qcloud.com',
    // vod-js-sdk-v6 switches its upload API host to this backup after a failure.
    'vod2.dnsv1.com',
  ],
  linkHosts: ['tencent.com', 'cloud.tencent.com', 'tencentcloud.com'],
  readSdkException: readTencentSdkException,
  links: {
    docs: 'https://cloud.tencent.com/document/api/266/31774',
    diagnosis: 'https://console.cloud.tencent.com/api/diagnosis',
    console: 'https://console.cloud.tencent.com/vod',
    ticket: 'https://console.cloud.tencent.com/workorder/category',
  },
});
