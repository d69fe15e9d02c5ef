// Category, retryable, severity and provider reach the reader as words of their language,
// never as the model's raw values (`permission`, `server`, `true`).
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { vodErrorCategories } from '../../src/core/categories';
import { normalizeVodError } from '../../src/core/index';
import type { VodError } from '../../src/core/model';
import { createVodErrorI18n, translateVodValueLabels } from '../../src/i18n/index';
import { VodErrorDialog } from '../../src/react/index';
import { renderInKit } from '../support/render-in-kit';

const tencent = (code: string, message: string) => ({ Response: { Error: { Code: code, Message: message }, RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6' } });
// CAM refused an authenticated caller: category `permission`, not retryable.
const permissionError = tencent('AuthFailure.UnauthorizedOperation', '未授权操作');
// An internal error: category `server`, retryable.
const serverError = tencent('InternalError', '内部错误');

/** The visible text of the open dialog. */
async function dialogText(error: unknown, lng: string): Promise<string> {
  renderInKit(<VodErrorDialog error={error} defaultOpen />, { lng });
  return (await screen.findByRole('dialog')).textContent ?? '';
}

/** The value shown beside a field label in the open dialog's field list. */
function fieldValue(label: string): string | null {
  const term = within(screen.getByRole('dialog')).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? null;
}

describe('the dialog names category and retryable in the reader’s language', () => {
  it('given a zh-CN reader and a permission error, should show 权限不足 and no raw English value', async () => {
    const text = await dialogText(permissionError, 'zh-CN');
    expect(fieldValue('错误类别')).toBe('权限不足');
    expect(fieldValue('重试')).toBe('没有帮助');
    expect(fieldValue('服务商')).toBe('腾讯云点播');
    expect(text).not.toMatch(/\bpermission\b|\bserver\b|\btencent\b|\bfalse\b/);
  });

  it('given a zh-CN reader and a server error, should show 服务内部错误 and no raw English value', async () => {
    const text = await dialogText(serverError, 'zh-CN');
    expect(fieldValue('错误类别')).toBe('服务内部错误');
    expect(fieldValue('重试')).toBe('可以一试');
    expect(text).not.toMatch(/\bpermission\b|\bserver\b|\btrue\b/);
  });

  it('given an en-US reader, should show the English words', async () => {
    await dialogText(permissionError, 'en-US');
    expect(fieldValue('Category')).toBe('Permission');
    expect(fieldValue('Trying again')).toBe("Won't help");
    expect(fieldValue('Provider')).toBe('Tencent Cloud VOD');
  });
});

describe('translateVodValueLabels', () => {
  const i18n = createVodErrorI18n();
  const sample = normalizeVodError(serverError);

  it.each(['zh-CN', 'en-US'])('gives every category its own word in %s, never the raw value', (lng) => {
    const words = vodErrorCategories.map((category) => translateVodValueLabels(i18n, lng, { ...sample, category }).category);
    for (const [index, word] of words.entries()) expect(word).not.toBe(vodErrorCategories[index]);
    expect(new Set(words).size).toBe(vodErrorCategories.length);
  });

  it.each(['zh-CN', 'en-US'])('names severity, provider and retryable in %s', (lng) => {
    const labels = translateVodValueLabels(i18n, lng, { ...sample, severity: 'warning', provider: 'huawei', retryable: false });
    expect(labels.severity).toBe(lng === 'zh-CN' ? '警告' : 'Warning');
    expect(labels.provider).toBe(lng === 'zh-CN' ? '华为云视频点播' : 'Huawei Cloud VOD');
    expect(labels.retryable).toBe(lng === 'zh-CN' ? '没有帮助' : "Won't help");
  });

  it('labels a value no word exists for (a hand-made model) as unknown, not raw', () => {
    const odd = { ...sample, category: 'made-up', provider: 'elsewhere', severity: 'loud' } as unknown as VodError;
    const labels = translateVodValueLabels(i18n, 'zh-CN', odd);
    expect(labels).toMatchObject({ category: '未知', provider: '未知服务', severity: '错误' });
  });

  it('falls back to the bundled words when a host instance lacks them', async () => {
    const { default: i18next } = await import('i18next');
    const bare = i18next.createInstance();
    await bare.init({ resources: {} });
    expect(translateVodValueLabels(bare, 'zh-CN', sample).category).toBe('服务内部错误');
  });
});
