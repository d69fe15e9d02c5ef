import type { VodProvider } from './model.js';

// Endpoint and console hosts of each provider, as they appear in request URLs and in
// transport errors' messages ("request to https://vod.tencentcloudapi.com/ failed").
const PROVIDER_HOSTS: ReadonlyArray<readonly [string, VodProvider]> = [
  ['aliyuncs.com', 'aliyun'],
  ['aliyun.com', 'aliyun'],
  ['alibabacloud.com', 'aliyun'],
  ['alicdn.com', 'aliyun'],
  ['tencentcloudapi.com', 'tencent'],
  ['qcloud.com', 'tencent'],
  ['myqcloud.com', 'tencent'],
  ['tencent-cloud.com', 'tencent'],
  ['vod-qcloud.com', 'tencent'],
  // vod-js-sdk-v6 switches its upload API host to this backup after a failure.
  ['vod2.dnsv1.com', 'tencent'],
  ['myhuaweicloud.com', 'huawei'],
  ['huaweicloud.com', 'huawei'],
];

/** Finds a provider host name in a URL or message. Looks at a bounded prefix only. */
export function detectProviderFromText(text: string): VodProvider | undefined {
  const head = (text.length > 4096 ? text.slice(0, 4096) : text).toLowerCase();
  for (const [host, provider] of PROVIDER_HOSTS) {
    const at = head.indexOf(host);
    // Require a label boundary before the host so "notaliyun.com.evil" style names still count
    // only when the provider's domain is really there.
    if (at !== -1 && (at === 0 || /[./@\s"'(]/.test(head[at - 1] ?? ''))) {
      const after = head[at + host.length];
      if (after === undefined || !/[a-z0-9-]/.test(after)) return provider;
    }
  }
  return undefined;
}
