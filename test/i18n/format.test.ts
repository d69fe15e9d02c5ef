import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { VodError } from '../../src/core/model';
import { vodErrorCatalog } from '../../src/core/catalog/all';
import { normalizeVodError } from '../../src/core/normalize';
import { vodErrorResources } from '../../src/i18n/all-resources';
import { createVodErrorI18n } from '../../src/i18n/create-instance';
import { formatVodError } from '../../src/i18n/format-vod-error';
import { translateVodUi, type VodErrorText } from '../../src/i18n/translate';
import { seedCodes, type SeedCode } from '../fixtures/seed-codes';
import { seedEnvelope } from './seed-envelopes';

const LANGUAGES = ['en-US', 'zh-CN'] as const;
const FIELDS = ['title', 'description', 'remediation', 'developerDetail'] as const;
const HAN = /[\u4e00-\u9fff]/;

/** Which text must explain each kind of seed code: always its own, never a category or the generic one. */
const expectedSource: Record<SeedCode['api'], Extract<VodErrorText['source'], 'code' | 'subCode' | 'status'>> = {
  'aliyun-rpc': 'code',
  'tencent-v3': 'code',
  'tencent-v2-access': 'code',
  'tencent-v2-video-cloud': 'subCode',
  'huawei-status': 'status',
};

/** What a user must never see: empty texts or i18n keys. */
function expectReadable(text: VodErrorText): void {
  for (const field of FIELDS) {
    expect(text[field].trim(), field).not.toBe('');
    // Keys look like `vod-error-kit/aliyun:Forbidden>title`; no text of the kit contains either.
    expect(text[field], field).not.toContain('>');
    expect(text[field], field).not.toContain('vod-error-kit/');
  }
}

const common = (language: string) =>
  vodErrorResources[language]?.common as {
    category: Record<string, Record<(typeof FIELDS)[number], string>>;
    generic: Record<(typeof FIELDS)[number], string>;
  };

describe('formatVodError explains every seed code with its own text', () => {
  const cases = seedCodes.flatMap((seed) => LANGUAGES.map((lng) => ({ ...seed, lng })));

  it.each(cases)('$provider $api $code in $lng', (seed) => {
    const text = formatVodError(seedEnvelope(seed), { lng: seed.lng });
    expect(text.source).toBe(expectedSource[seed.api]);
    expectReadable(text);
    if (seed.lng === 'zh-CN') expect(text.title).toMatch(HAN);
  });

  it.each(seedCodes)('$provider $code reads differently in en-US and zh-CN', (seed) => {
    const english = formatVodError(seedEnvelope(seed), { lng: 'en-US' });
    const chinese = formatVodError(seedEnvelope(seed), { lng: 'zh-CN' });
    expect(chinese.title).not.toBe(english.title);
    expect(chinese.remediation).not.toBe(english.remediation);
  });
});

describe('hierarchical fallback', () => {
  const tencent = (code: string) => ({ Response: { Error: { Code: code, Message: 'failed' }, RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6' } });

  it.each(LANGUAGES)('an unknown child code (InvalidParameterValue.FileIdX) gets its parent’s text in %s', (lng) => {
    const child = formatVodError(tencent('InvalidParameterValue.FileIdX'), { lng });
    const parent = formatVodError(tencent('InvalidParameterValue'), { lng });
    expect(child.source).toBe('code');
    expect(child.title).toBe(parent.title);
    expect(child.remediation).toBe(parent.remediation);
  });

  it.each(LANGUAGES)('an unknown code of a known category gets that category’s text in %s', (lng) => {
    // Not in the Alibaba catalog, no parent there; "Quota" places it in the quota category.
    const error = normalizeVodError({ Code: 'QuotaExceeded.Storage', HostId: 'vod.cn-shanghai.aliyuncs.com', RequestId: 'x' });
    expect(error.category).toBe('quota');
    const text = formatVodError(error, { lng });
    expect(text.source).toBe('category');
    expect(text.title).toBe(common(lng).category.quota?.title);
    expectReadable(text);
  });

  it.each([undefined, null, {}, new Error('boom'), 'not an error', ['list']])('a value that identifies nothing (%s) gets the generic text', (value) => {
    for (const lng of LANGUAGES) {
      const text = formatVodError(value, { lng });
      expect(text.source).toBe('generic');
      expect(text.description).toBe(common(lng).generic.description);
      expectReadable(text);
    }
  });

  it.each(LANGUAGES)('an i18n instance without the kit’s namespaces still yields readable %s texts', async (lng) => {
    const bare = i18next.createInstance();
    await bare.init({ lng: 'fr', resources: { fr: { translation: { hello: 'bonjour' } } } });
    const withoutInit = i18next.createInstance();
    for (const i18n of [bare, withoutInit]) {
      for (const seed of seedCodes) {
        const text = formatVodError(seedEnvelope(seed), { lng, i18n });
        expectReadable(text);
        if (lng === 'zh-CN') expect(text.title).toMatch(HAN);
      }
      expectReadable(formatVodError(undefined, { lng, i18n }));
      expect(translateVodUi(i18n, lng, 'retry').trim()).not.toBe('');
    }
  });

  it('a host instance whose missing-key handler invents text never leaks it', async () => {
    const host = i18next.createInstance();
    await host.init({ lng: 'en-US', resources: {}, parseMissingKeyHandler: (key: string) => `MISSING ${key}` });
    const text = formatVodError({ Code: 'Forbidden', HostId: 'vod.cn-shanghai.aliyuncs.com' }, { lng: 'en-US', i18n: host });
    for (const field of FIELDS) expect(text[field]).not.toMatch(/MISSING/);
    expectReadable(text);
  });
});

describe('interpolation', () => {
  const aliyunMissing = {
    RequestId: '5C4E1A2B-3D4F-4A5B-8C7D-9E0F1A2B3C4D',
    HostId: 'vod.cn-shanghai.aliyuncs.com',
    Code: 'MissingParameter',
    Message: 'The input parameter "VideoId" that is mandatory for processing this request is not supplied.',
  };

  // A parameter name is for developers, not for the person uploading (docs/WRITING.md §4.4).
  it.each(LANGUAGES)('an Alibaba MissingParameter names the parameter (VideoId) for developers only in %s', (lng) => {
    const text = formatVodError(aliyunMissing, { lng });
    expect(text.developerDetail).toContain('VideoId');
    expect(`${text.title} ${text.description} ${text.remediation}`).not.toContain('VideoId');
  });

  it.each(LANGUAGES)('a Tencent InvalidParameterValue.FileId names FileId for developers only in %s', (lng) => {
    const text = formatVodError({ Response: { Error: { Code: 'InvalidParameterValue.FileId', Message: 'FileId not exist.' }, RequestId: 'r' } }, { lng });
    expect(text.developerDetail).toContain('FileId');
    expect(`${text.title} ${text.description} ${text.remediation}`).not.toContain('FileId');
  });

  it.each(LANGUAGES)('a dual-code reply is explained by its video-cloud code and names both codes for developers in %s', (lng) => {
    const reply = { code: 5100, message: '20108:频道处于非编辑状态', codeDesc: 'FailedOperation' };
    const text = formatVodError(reply, { lng });
    const envelopeOnly = formatVodError({ code: 5100, message: 'failed', codeDesc: 'FailedOperation' }, { lng });
    expect(text.source).toBe('subCode');
    expect(text.title).not.toBe(envelopeOnly.title);
    expect(text.developerDetail).toContain('5100');
    expect(text.developerDetail).toContain('20108');
    expectReadable(text);
  });

  // Every catalog code that carries a parameter name in it (`InvalidParameterValue.SubAppId`).
  const parameterCodes = [
    ...Object.keys(vodErrorCatalog.tencent).map((code) => ({ provider: 'tencent', code })),
    ...Object.keys(vodErrorCatalog.aliyun).map((code) => ({ provider: 'aliyun', code })),
  ].filter(({ code }) => /^(?:InvalidParameter|InvalidParameterValue|MissingParameter|UnknownParameter)\.\w+$/.test(code));

  it.each(parameterCodes.flatMap((entry) => LANGUAGES.map((lng) => ({ ...entry, lng }))))(
    '$provider $code names its parameter in the $lng developer detail',
    ({ provider, code, lng }) => {
      const reply =
        provider === 'tencent'
          ? { Response: { Error: { Code: code, Message: 'failed' }, RequestId: 'r' } }
          : { Code: code, Message: 'failed', HostId: 'vod.cn-shanghai.aliyuncs.com', RequestId: 'r' };
      expect(formatVodError(reply, { lng }).developerDetail).toContain(code.slice(code.indexOf('.') + 1));
    },
  );

  it.each(LANGUAGES)('a code the catalog does not list still names the parameter quoted in the server message for developers in %s', (lng) => {
    const reply = { Code: 'InvalidFormat.Title', HostId: 'vod.cn-shanghai.aliyuncs.com', Message: 'The specified parameter "Title" is not valid.' };
    const text = formatVodError(reply, { lng });
    expect(text.source).toBe('category');
    expect(text.developerDetail).toContain('Title');
  });

  it('counts follow English plural rules', () => {
    const i18n = createVodErrorI18n();
    const once = translateVodUi(i18n, 'en-US', 'repeated', { count: 1 });
    const thrice = translateVodUi(i18n, 'en-US', 'repeated', { count: 3 });
    expect(once).toContain('1');
    expect(thrice).toContain('3');
    // Same sentence apart from the number means the plural form was not applied.
    expect(thrice.replace('3', '1')).not.toBe(once);
  });

  it('counts in Chinese use the one form Chinese has and show the number', () => {
    const i18n = createVodErrorI18n();
    const once = translateVodUi(i18n, 'zh-CN', 'repeated', { count: 1 });
    const thrice = translateVodUi(i18n, 'zh-CN', 'repeated', { count: 3 });
    expect(once).toMatch(HAN);
    expect(thrice).toContain('3');
    expect(thrice.replace('3', '1')).toBe(once);
  });

  it('counts follow the language’s plural rules even when the host instance lacks the kit’s texts', async () => {
    const bare = i18next.createInstance();
    await bare.init({ resources: {} });
    expect(translateVodUi(bare, 'en-US', 'repeated', { count: 3 }).replace('3', '1')).not.toBe(translateVodUi(bare, 'en-US', 'repeated', { count: 1 }));
    expect(translateVodUi(bare, 'zh-CN', 'repeated', { count: 3 })).toMatch(HAN);
  });

  describe('server values are inserted literally, never interpreted', () => {
    const hostile = ['{{code}}', '$t(vod-error-kit/common:ui>copy)', '{{x}} and $t(generic>title)'];
    const base = normalizeVodError(aliyunMissing);
    const withParameter = (parameter: string): VodError => ({ ...base, params: { parameter } });

    it.each(hostile)('a parameter value %s stays as it is', (parameter) => {
      for (const lng of LANGUAGES) expect(formatVodError(withParameter(parameter), { lng }).developerDetail).toContain(parameter);
    });

    it.each(hostile)('a parameter value %s stays as it is in a host instance that re-interpolates variables', async (parameter) => {
      const host = i18next.createInstance();
      await host.init({ lng: 'en-US', resources: vodErrorResourcesAsNamespaces(), interpolation: { skipOnVariables: false } });
      expect(formatVodError(withParameter(parameter), { lng: 'en-US', i18n: host }).developerDetail).toContain(parameter);
    });

    it('a code that looks like a template stays as it is in the developer detail', () => {
      const error: VodError = { ...normalizeVodError({ Code: 'Weird{{status}}', HostId: 'h' }), code: '$t(vod-error-kit/common:ui>copy){{status}}' };
      expect(formatVodError(error, { lng: 'en-US' }).developerDetail).toContain('$t(vod-error-kit/common:ui>copy){{status}}');
    });
  });
});

/** The built-in texts in i18next's `resources` shape, for host instances made without the kit. */
function vodErrorResourcesAsNamespaces(): Record<string, Record<string, object>> {
  return Object.fromEntries(
    Object.entries(vodErrorResources).map(([language, files]) => [
      language,
      Object.fromEntries(Object.entries(files).map(([name, data]) => [`vod-error-kit/${name}`, data as object])),
    ]),
  );
}
