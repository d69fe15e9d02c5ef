import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { normalizeVodError } from '../../src/core/normalize';
import { vodErrorResources } from '../../src/i18n/all-resources';
import { createVodErrorI18n } from '../../src/i18n/create-instance';
import { formatVodError } from '../../src/i18n/format-vod-error';
import { hasVodErrorResources, loadVodErrorResources } from '../../src/i18n/load-resources';
import { loadBuiltInResource } from '../../src/i18n/loaders';
import { resourcesForError } from '../../src/i18n/namespaces';
import { translateVodError } from '../../src/i18n/translate';

vi.mock('../../src/i18n/loaders', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/i18n/loaders')>();
  return { ...actual, loadBuiltInResource: vi.fn(actual.loadBuiltInResource) };
});

const tencent = (code: string) => ({ Response: { Error: { Code: code, Message: 'failed' }, RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6' } });

describe('which resource files explain an error', () => {
  it('given a Tencent parameter child, should need the parameter file for the code and the main file for its parent', () => {
    expect(resourcesForError(normalizeVodError(tencent('InvalidParameterValue.Duration')))).toEqual(['common', 'tencent-parameters', 'tencent']);
  });

  it('given a Tencent task code, should need the task file', () => {
    expect(resourcesForError(normalizeVodError(tencent('SourceFileError.NoVideoTrack')))).toContain('tencent-tasks');
  });

  it('given a transport failure, should need only the common file', () => {
    expect(resourcesForError(normalizeVodError(new TypeError('Failed to fetch')))).toEqual(['common']);
  });

  it('given a Tencent error, should load only its files and no other provider’s', async () => {
    vi.mocked(loadBuiltInResource).mockClear();
    const i18n = createVodErrorI18n();
    const names = resourcesForError(normalizeVodError(tencent('InvalidParameterValue.Duration')));
    await expect(loadVodErrorResources(i18n, 'en-US', names)).resolves.toBe(true);
    const loaded = vi.mocked(loadBuiltInResource).mock.calls.map(([, name]) => name).sort();
    expect(loaded).toEqual(['tencent', 'tencent-parameters']);
    expect(hasVodErrorResources(i18n, 'en-US', 'aliyun')).toBe(false);
  });
});

describe('field-by-field fallback', () => {
  const child = { title: 'Duration out of range', developerDetail: 'InvalidParameterValue.Duration: {{parameter}}' };
  const withChild = () =>
    createVodErrorI18n({
      resources: {
        'en-US': { ...vodErrorResources['en-US'], 'tencent-parameters': { 'InvalidParameterValue.Duration': child } },
      },
    });

  it('given a dotted code with its own title only, should take description and remediation from its parent', () => {
    const i18n = withChild();
    const text = formatVodError(tencent('InvalidParameterValue.Duration'), { lng: 'en-US', i18n });
    const parent = formatVodError(tencent('InvalidParameterValue'), { lng: 'en-US', i18n });
    expect(text.title).toBe(child.title);
    expect(text.source).toBe('code');
    expect(text.developerDetail).toBe('InvalidParameterValue.Duration: Duration');
    expect(text.remediation).toBe(parent.remediation);
    // The parent's description, which never names the parameter (docs/WRITING.md §4.4).
    expect(text.description).toBe(parent.description);
    expect(text.description).not.toContain('Duration');
  });

  it('given a dotted code without any entry, should be explained by its parent', () => {
    const i18n = createVodErrorI18n({ resources: vodErrorResources });
    const text = formatVodError(tencent('ResourceNotFound.SomethingNew'), { lng: 'en-US', i18n });
    expect(text.source).toBe('code');
    expect(text.title).toBe(formatVodError(tencent('ResourceNotFound'), { lng: 'en-US', i18n }).title);
  });
});

describe('one engine', () => {
  it('given a host instance without the kit’s texts, should answer from the kit’s own instance with i18next plurals', async () => {
    const host = i18next.createInstance();
    await host.init({ lng: 'en-US', resources: {} });
    const text = translateVodError(host, normalizeVodError({ status: 503 }), 'en-US');
    expect(text.source).toBe('status');
    expect(text.title.trim()).not.toBe('');
  });
});

describe('formatVodError on models it did not make', () => {
  it.each([
    ['a hand-made partial model', { kind: 'vod-error', code: 'X', category: 'auth' }],
    ['a model without params or links', { kind: 'vod-error', code: 'InvalidVideo.NotFound', provider: 'aliyun', format: 'aliyun-rpc', category: 'not-found' }],
    ['an older model with a numeric status string', { kind: 'vod-error', code: 'HTTP.503', httpStatus: '503', category: 'unavailable' }],
    ['a model whose fields are objects', { kind: 'vod-error', code: 'X', provider: {}, format: [], params: 'p', links: 'l' }],
  ])('given %s, should return readable texts without throwing', (_name, value) => {
    for (const lng of ['en-US', 'zh-CN']) {
      const text = formatVodError(value, { lng });
      for (const field of ['title', 'description', 'remediation', 'developerDetail'] as const) expect(text[field].trim()).not.toBe('');
    }
  });

  it('given a partial model, translateVodError itself should not throw either', () => {
    const i18n = createVodErrorI18n({ resources: vodErrorResources });
    expect(translateVodError(i18n, { kind: 'vod-error', code: 'X', category: 'auth' }, 'en-US').source).toBe('category');
  });
});
