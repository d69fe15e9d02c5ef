import { describe, expect, it } from 'vitest';
import { buildSupportReport, isVodError, normalizeVodError, vodErrorLinks } from '../../src/core';

const aliyun = {
  RequestId: '8906582E-6722-409A-A6C4-0E7863B733A5',
  HostId: 'vod.cn-shanghai.aliyuncs.com',
  Code: 'InvalidVideo.NotFound',
  Message: 'The video does not exist.',
};
const tencent = { Response: { Error: { Code: 'ResourceNotFound.FileNotExist', Message: 'x' }, RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6' } };

describe('isVodError', () => {
  it.each([aliyun, tencent, { status: 503 }, new TypeError('Failed to fetch'), undefined])('given a model made from %j, should accept it and its JSON copy', (input) => {
    const model = normalizeVodError(input);
    expect(isVodError(model)).toBe(true);
    expect(isVodError(JSON.parse(JSON.stringify(model)))).toBe(true);
  });

  const model = normalizeVodError(aliyun);
  it.each([
    ['a hand-made partial model', { kind: 'vod-error', code: 'X', category: 'auth' }],
    ['an unknown provider', { ...model, provider: 'azure' }],
    ['an unknown format', { ...model, format: 'soap' }],
    ['an unknown category', { ...model, category: 'oops' }],
    ['a numeric code', { ...model, code: 42 }],
    ['no params', { ...model, params: undefined }],
    ['a non-string parameter', { ...model, params: { parameter: 1 } }],
    ['links that are not an array', { ...model, links: 'https://x' }],
    ['a link of an unknown kind', { ...model, links: [{ kind: 'phish', url: 'https://x' }] }],
    ['a string retryable', { ...model, retryable: 'yes' }],
    ['a timestamp no Date can hold', { ...model, timestamp: 1e300 }],
    ['a fractional status', { ...model, httpStatus: 403.5 }],
    ['a non-string RequestId', { ...model, requestId: {} }],
  ])('given %s, should reject it', (_name, value) => {
    expect(isVodError(value)).toBe(false);
  });
});

describe('vodErrorLinks: the site is applied when links are shown', () => {
  it('given an Alibaba model made for China, should point the diagnosis link to the international site on request', () => {
    const model = normalizeVodError(aliyun);
    const diagnosis = (site: 'china' | 'international') => vodErrorLinks(model, site).find((link) => link.kind === 'diagnosis')?.url;
    expect(diagnosis('china')).toMatch(/^https:\/\/api\.aliyun\.com\/troubleshoot\?q=InvalidVideo\.NotFound/);
    expect(diagnosis('international')).toMatch(/^https:\/\/api\.alibabacloud\.com\/troubleshoot\?q=InvalidVideo\.NotFound/);
  });

  it('given the site the model was made for, should give the model’s own links', () => {
    for (const input of [aliyun, tencent, { error_code: 'VOD.10062', error_msg: 'x' }, { code: 5100, message: '20108:x', codeDesc: 'x' }]) {
      expect(vodErrorLinks(normalizeVodError(input, { site: 'international' }), 'international')).toEqual(
        normalizeVodError(input, { site: 'international' }).links,
      );
    }
  });

  it('given partial or foreign values, should give no links and not throw', () => {
    for (const value of [undefined, null, 'x', { kind: 'vod-error', code: 'X' }, { provider: 'azure', code: 'X' }]) {
      expect(vodErrorLinks(value, 'china')).toEqual([]);
    }
  });

  it('given a site, should put that site’s links into the support report', () => {
    const report = buildSupportReport(normalizeVodError(aliyun), { site: 'international' });
    expect(report).toContain('https://api.alibabacloud.com/troubleshoot');
    expect(report).not.toContain('https://api.aliyun.com/troubleshoot');
  });
});
