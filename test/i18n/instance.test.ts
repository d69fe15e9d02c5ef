import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { vodErrorResources } from '../../src/i18n/all-resources';
import { createVodErrorI18n, type VodErrorOverrides } from '../../src/i18n/create-instance';
import { formatVodError } from '../../src/i18n/format-vod-error';
import { hasVodErrorResources, loadVodErrorResources } from '../../src/i18n/load-resources';
import { loadBuiltInResource } from '../../src/i18n/loaders';
import { translateVodUi, type VodErrorText } from '../../src/i18n/translate';

// The real loaders, wrapped so a test can make one chunk fail to load.
vi.mock('../../src/i18n/loaders', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/i18n/loaders')>();
  return { ...actual, loadBuiltInResource: vi.fn(actual.loadBuiltInResource) };
});

afterEach(() => {
  vi.mocked(loadBuiltInResource).mockClear();
});

const HAN = /[\u4e00-\u9fff]/;
const FIELDS = ['title', 'description', 'remediation', 'developerDetail'] as const;

const suspended = {
  RequestId: '5C4E1A2B-3D4F-4A5B-8C7D-9E0F1A2B3C4D',
  HostId: 'vod.cn-shanghai.aliyuncs.com',
  Code: 'OperationDenied.Suspended',
  Message: 'Your VOD service is suspended.',
};

const APP_REMEDIATION = 'Ask finance to top up the video account, then reload.';
const overrides: VodErrorOverrides = {
  'en-US': { aliyun: { 'OperationDenied.Suspended': { remediation: APP_REMEDIATION } } },
};

function expectReadable(text: VodErrorText): void {
  for (const field of FIELDS) {
    expect(text[field].trim(), field).not.toBe('');
    // Keys look like `vod-error-kit/aliyun:Forbidden>title`; no text of the kit contains either.
    expect(text[field], field).not.toContain('>');
    expect(text[field], field).not.toContain('vod-error-kit/');
  }
}

describe("the app's global i18next instance", () => {
  const snapshot = () => ({
    language: i18next.language,
    languages: i18next.languages,
    isInitialized: i18next.isInitialized,
    resources: JSON.stringify(i18next.store?.data ?? null),
  });

  it('is untouched by createVodErrorI18n, formatVodError and loadVodErrorResources', async () => {
    const before = snapshot();
    const own = createVodErrorI18n({ lng: 'zh-CN', resources: vodErrorResources, overrides });
    formatVodError(suspended, { lng: 'zh-CN' });
    formatVodError(suspended, { lng: 'en-US', i18n: own });
    await loadVodErrorResources(createVodErrorI18n(), 'zh-CN', ['aliyun', 'tencent']);
    expect(snapshot()).toEqual(before);
    expect(i18next.isInitialized).toBeFalsy();
  });
});

describe('app overrides', () => {
  it('win over the built-in text of the same code and field', () => {
    const i18n = createVodErrorI18n({ resources: vodErrorResources, overrides });
    const text = formatVodError(suspended, { lng: 'en-US', i18n });
    expect(text.remediation).toBe(APP_REMEDIATION);
    expect(text.source).toBe('code');
  });

  it('replace only the field they set; the rest of the entry stays the kit’s', () => {
    const i18n = createVodErrorI18n({ resources: vodErrorResources, overrides });
    const builtIn = formatVodError(suspended, { lng: 'en-US' });
    const text = formatVodError(suspended, { lng: 'en-US', i18n });
    expect(text.title).toBe(builtIn.title);
    expect(text.description).toBe(builtIn.description);
    expect(builtIn.remediation).not.toBe(APP_REMEDIATION);
  });

  it('apply only to the language they are given for', () => {
    const i18n = createVodErrorI18n({ resources: vodErrorResources, overrides });
    expect(formatVodError(suspended, { lng: 'zh-CN', i18n }).remediation).not.toBe(APP_REMEDIATION);
  });

  it('show before the provider texts load and survive the later lazy load', async () => {
    const i18n = createVodErrorI18n({ overrides });
    const early = formatVodError(suspended, { lng: 'en-US', i18n });
    expect(early.remediation).toBe(APP_REMEDIATION);
    expectReadable(early);

    await expect(loadVodErrorResources(i18n, 'en-US', ['aliyun'])).resolves.toBe(true);
    const loaded = formatVodError(suspended, { lng: 'en-US', i18n });
    expect(loaded.source).toBe('code');
    expect(loaded.remediation).toBe(APP_REMEDIATION);
    expect(loaded.title).toBe(formatVodError(suspended, { lng: 'en-US' }).title);
  });
});

describe('a language the app adds', () => {
  const japanese = {
    category: {
      account: {
        title: '動画サービスのアカウントに問題があります',
        description: 'このアプリが使う動画サービスのアカウントは現在利用できません。',
        remediation: '管理者に連絡してください。',
        developerDetail: 'アカウントの状態に問題があります（{{code}}）。',
      },
    },
    ui: { retry: '再試行' },
  };
  const withJapanese = () => createVodErrorI18n({ resources: { 'ja-JP': { common: japanese } } });

  it('is used by formatVodError for that exact tag', () => {
    const text = formatVodError(suspended, { lng: 'ja-JP', i18n: withJapanese() });
    expect(text.title).toBe(japanese.category.account.title);
    expect(text.developerDetail).toContain('OperationDenied.Suspended');
  });

  it('is the language of an instance created with it', () => {
    expect(createVodErrorI18n({ lng: 'ja-JP', resources: { 'ja-JP': { common: japanese } } }).language).toBe('ja-JP');
  });

  it('falls back to English for the texts it does not translate', () => {
    const i18n = withJapanese();
    expect(translateVodUi(i18n, 'ja-JP', 'retry')).toBe('再試行');
    expect(translateVodUi(i18n, 'ja-JP', 'copy')).toBe(translateVodUi(i18n, 'en-US', 'copy'));
  });

  it('is not assumed when the app brought no texts for it', () => {
    const text = formatVodError(suspended, { lng: 'ja-JP', i18n: createVodErrorI18n({ resources: vodErrorResources }) });
    expect(text).toEqual(formatVodError(suspended, { lng: 'en-US', i18n: createVodErrorI18n({ resources: vodErrorResources }) }));
  });
});

describe('loadVodErrorResources', () => {
  it('loads a provider file on demand, and only the files asked for', async () => {
    const i18n = createVodErrorI18n();
    expect(hasVodErrorResources(i18n, 'zh-CN', 'aliyun')).toBe(false);
    const before = formatVodError(suspended, { lng: 'zh-CN', i18n });
    expect(before.source).toBe('category');
    expect(before.title).toMatch(HAN);

    await expect(loadVodErrorResources(i18n, 'zh-CN', ['aliyun'])).resolves.toBe(true);
    expect(hasVodErrorResources(i18n, 'zh-CN', 'aliyun')).toBe(true);
    expect(hasVodErrorResources(i18n, 'zh-CN', 'tencent')).toBe(false);
    expect(formatVodError(suspended, { lng: 'zh-CN', i18n }).source).toBe('code');
  });

  it('fetches a file once however many callers ask for it at the same time', async () => {
    const i18n = createVodErrorI18n();
    await Promise.all([1, 2, 3].map(() => loadVodErrorResources(i18n, 'en-US', ['huawei'])));
    await loadVodErrorResources(i18n, 'en-US', ['huawei']);
    expect(vi.mocked(loadBuiltInResource).mock.calls.filter(([lng, name]) => lng === 'en-US' && name === 'huawei')).toHaveLength(1);
  });

  it('resolves false on a failed load, keeps the category texts, and succeeds on the next call', async () => {
    const i18n = createVodErrorI18n();
    vi.mocked(loadBuiltInResource).mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'));

    await expect(loadVodErrorResources(i18n, 'zh-CN', ['aliyun'])).resolves.toBe(false);
    const meanwhile = formatVodError(suspended, { lng: 'zh-CN', i18n });
    expect(meanwhile.source).toBe('category');
    expect(meanwhile.title).toMatch(HAN);
    expectReadable(meanwhile);

    await expect(loadVodErrorResources(i18n, 'zh-CN', ['aliyun'])).resolves.toBe(true);
    expect(formatVodError(suspended, { lng: 'zh-CN', i18n }).source).toBe('code');
  });

  it('resolves false for a language the kit does not ship, leaving the English texts in use', async () => {
    const i18n = createVodErrorI18n();
    await expect(loadVodErrorResources(i18n, 'fr-FR', ['aliyun'])).resolves.toBe(false);
    expectReadable(formatVodError(suspended, { lng: 'fr-FR', i18n }));
  });
});
