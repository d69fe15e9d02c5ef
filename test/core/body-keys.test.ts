import { describe, expect, it } from 'vitest';
import { normalizeVodError } from '../../src/core/normalize';
import { bodyFormats } from '../../src/core/providers/registry';

// The walker calls a format's reader only when the body has one of its `bodyKeys` (issue 12):
// a format that forgot them would be tried on every body, and one whose keys miss a shape its
// reader knows would never see that shape (the fixture tests of each format catch the latter).
describe('the registry body formats', () => {
  it.each(bodyFormats.map((format) => [format.id, format] as const))('%s declares the keys its bodies have', (_id, format) => {
    expect(format.bodyKeys?.length ?? 0).toBeGreaterThan(0);
  });
});

describe('keys a format never has (`notWithKeys`)', () => {
  const ossHost = 'my-bucket.oss-cn-hangzhou.aliyuncs.com';

  it('reads an Alibaba API reply with a Recommend link as the API format, not as storage', () => {
    const error = normalizeVodError({
      RequestId: '8906582E-6722-409A-A6C4-0E7863B733A5',
      HostId: 'vod.cn-shanghai.aliyuncs.com',
      Code: 'InvalidVideo.NotFound',
      Message: 'The video does not exist.',
      Recommend: 'https://api.aliyun.com/troubleshoot?q=InvalidVideo.NotFound&product=Vod&requestId=8906582E-6722-409A-A6C4-0E7863B733A5',
    });
    expect(error).toMatchObject({ provider: 'aliyun', format: 'aliyun-rpc', category: 'not-found' });
  });

  it('still settles a storage reply by its host when it carries a Recommend key all the same', () => {
    const body = { Code: 'NoSuchKey', Message: 'The specified key does not exist.', RequestId: '5C3D9175B6FC201293AD4890', HostId: ossHost, EC: '0026-00000001' };
    const asStorage = normalizeVodError(body);
    const withRecommend = normalizeVodError({ ...body, Recommend: 'https://api.aliyun.com/troubleshoot?q=NoSuchKey' });
    expect(asStorage).toMatchObject({ provider: 'aliyun', format: 'aliyun-oss' });
    expect(withRecommend).toMatchObject({ provider: asStorage.provider, format: asStorage.format, code: asStorage.code, category: asStorage.category });
  });
});
