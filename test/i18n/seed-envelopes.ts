import type { SeedCode } from '../fixtures/seed-codes';

/**
 * What an app really catches for a seed code: the provider's reply body, or for a bare status
 * the HTTP response object (fetch/axios shape) with the endpoint URL and RequestId header.
 */
export function seedEnvelope(seed: SeedCode): unknown {
  switch (seed.api) {
    case 'aliyun-rpc':
      // Alibaba RPC error body as the JSON API sends it; Tea/pop-core repeat the status beside it.
      return {
        RequestId: '5C4E1A2B-3D4F-4A5B-8C7D-9E0F1A2B3C4D',
        HostId: 'vod.cn-shanghai.aliyuncs.com',
        Code: seed.code,
        Message: seed.message ?? 'Request failed.',
        Recommend: 'https://api.aliyun.com/troubleshoot?q=' + encodeURIComponent(seed.code),
        statusCode: seed.httpStatus,
      };
    case 'tencent-v3':
      return {
        Response: {
          Error: { Code: seed.code, Message: `The request failed with ${seed.code}.` },
          RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6',
        },
      };
    case 'tencent-v2-access':
      return { code: Number(seed.code), message: seed.message ?? '', codeDesc: 'Failed' };
    case 'tencent-v2-video-cloud':
      // Dual code: the access layer says 5100, the message starts with the video-cloud code.
      return { code: 5100, message: `${seed.code}:${seed.message ?? ''}`, codeDesc: 'FailedOperation' };
    case 'huawei-status':
      return {
        status: seed.httpStatus,
        url: 'https://vod.cn-north-4.myhuaweicloud.com/v1.0/0a1b2c3d4e5f/asset/info',
        headers: { 'X-Request-Id': '8c1f0a4e2d7b4b7f9a3c6d5e4f3a2b1c' },
      };
  }
}
