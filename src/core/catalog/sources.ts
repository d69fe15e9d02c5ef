/**
 * Where the catalog's codes are published. Every `CodeGroup` names one of these keys, so each
 * code can be traced to a public page or repository file. Kept out of the core entry: only the
 * Catalog browser story and the docs read it.
 *
 * @example
 * ```ts
 * catalogSources['tencent-sdk']; // 'https://github.com/TencentCloud/…/errors.go'
 * ```
 */
export const catalogSources: Readonly<Record<string, string>> = {
  'tencent-sdk': 'https://github.com/TencentCloud/tencentcloud-sdk-go/blob/master/tencentcloud/vod/v20180717/errors.go',
  'tencent-common': 'https://cloud.tencent.com/document/api/266/31774',
  'tencent-sdk-client': 'https://github.com/TencentCloud/tencentcloud-sdk-go/blob/master/tencentcloud/common/errors/errors.go',
  'tencent-task': 'https://cloud.tencent.com/document/product/266/50368',
  'tencent-task-result': 'https://cloud.tencent.com/document/api/266/31773',
  'tencent-live': 'https://github.com/TencentCloud/tencentcloud-sdk-go/blob/master/tencentcloud/live/v20180801/errors.go',
  'tencent-legacy': 'https://cloud.tencent.com/document/product/266/1309',
  'aliyun-api': 'https://github.com/AlibabaCloudDocs/vod (API reference, per-API error tables)',
  'aliyun-upload': 'https://www.alibabacloud.com/help/doc-detail/415314.htm',
  'aliyun-gateway': 'https://error-center.aliyun.com/status/product/Vod',
  'aliyun-events': 'https://github.com/AlibabaCloudDocs/vod (event notification pages)',
  'huawei-vod': 'https://github.com/huaweicloudDocs/vod/blob/master/cn.zh-cn/API参考/错误码.md',
  'huawei-apig': 'https://support.huaweicloud.com/devg-apisign/api-sign-errorcode.html',
  'huawei-asset': 'https://support.huaweicloud.com/api-vod/vod_04_0202.html',
  'aliyun-oss': 'https://help.aliyun.com/zh/oss/support/oss-error-codes',
  'tencent-cos': 'https://cloud.tencent.com/document/product/436/7730',
  'huawei-obs': 'https://support.huaweicloud.com/api-obs/obs_04_0115.html',
  'http-status': 'https://www.rfc-editor.org/rfc/rfc9110#name-status-codes',
};
