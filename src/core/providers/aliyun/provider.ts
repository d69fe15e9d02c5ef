import { defineProvider } from '../types.js';
import { diagnosisLink } from './diagnosis-link.js';

/**
 * Alibaba Cloud: ApsaraVideo VOD and the OSS storage its upload SDK writes to.
 * Pages: https://api.aliyun.com/troubleshoot (diagnosis by code and RequestId; the
 * international site runs the same tool at api.alibabacloud.com).
 */
export const aliyunProvider = defineProvider({
  id: 'aliyun',
  hosts: ['aliyuncs.com', 'aliyun.com', 'alibabacloud.com', 'alicdn.com'],
  linkHosts: ['aliyun.com', 'alibabacloud.com'],
  links: {
    diagnosis: diagnosisLink('Vod'),
    console: 'https://vod.console.aliyun.com/',
    ticket: 'https://selfservice.console.aliyun.com/ticket/category/vod/today',
  },
});
