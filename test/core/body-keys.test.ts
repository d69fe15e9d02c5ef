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

describe('key names remembered from the last plain body', () => {
  const bodies = [
    { RequestId: '8906582E-6722-409A-A6C4-0E7863B733A5', HostId: 'vod.cn-shanghai.aliyuncs.com', Code: 'InvalidVideo.NotFound', Message: 'x' },
    { RequestId: '8906582E-6722-409A-A6C4-0E7863B733A5', HostId: 'vod.cn-shanghai.aliyuncs.com', Code: 'Throttling.User', Message: 'x', Recommend: 'https://api.aliyun.com/troubleshoot?q=Throttling.User' },
    { RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6' },
    { Response: { Error: { Code: 'ResourceNotFound.FileNotExist', Message: 'x' }, RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6' } },
    { error_code: 'VOD.10053', error_msg: 'x' },
    { error_code: 'VOD.10053', error_msg: 'x', request_id: 'abcdef0123456789' },
    { code: 4000, message: '(10008)fileId does not exist', codeDesc: 'InvalidParameter' },
    { code: 4000 },
  ];
  const facts = (body: object) => {
    const { provider, format, code, category, requestId } = normalizeVodError(JSON.parse(JSON.stringify(body)));
    return { provider, format, code, category, requestId };
  };

  it('reads every body alike whatever body came before it (bodies sharing their first keys included)', () => {
    const alone = bodies.map((body) => {
      facts({ unrelated: true });
      return facts(body);
    });
    for (const order of [bodies, [...bodies].reverse()]) {
      for (const body of order) expect(facts(body)).toEqual(alone[bodies.indexOf(body)]);
    }
  });

  it('reads a Proxy whose traps normalize another body during its key listing as it reads the plain body', () => {
    // The outer body starts like the last one read, so its first names are reused; while its
    // third name is listed, its `getOwnPropertyDescriptor` trap normalizes a body whose third name is the same but
    // whose first ones are not. That inner walk must not change what the outer walk reuses.
    const outerBody = { error_code: 'VOD.10053', error_msg: 'x', Code: 'Throttling.User' };
    const innerBody = { first: 1, second: 2, Code: 'Throttling.User' };
    const expected = facts(outerBody);
    const expectedInner = facts(innerBody);
    let innerFacts: ReturnType<typeof facts> | undefined;
    const proxy = new Proxy(
      { ...outerBody },
      {
        // Asked during `for…in`, just before each name is listed.
        getOwnPropertyDescriptor(target, key) {
          if (key === 'Code' && innerFacts === undefined) innerFacts = facts(innerBody);
          return Reflect.getOwnPropertyDescriptor(target, key);
        },
      },
    );
    facts(outerBody);
    const outer = normalizeVodError(proxy);
    expect(innerFacts).toEqual(expectedInner);
    expect({ provider: outer.provider, format: outer.format, code: outer.code, category: outer.category, requestId: outer.requestId }).toEqual(expected);
  });
});
