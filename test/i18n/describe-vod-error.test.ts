import { describe, expect, it } from 'vitest';
import { describeVodError } from '../../src/i18n';

const forbiddenRam = { Code: 'Forbidden.RAM', RequestId: 'E8A1C0DE-5F4B-4E3A-9D21-7C6B5A4F3E2D', Message: 'User not authorized.' };

describe('describeVodError', () => {
  it('given zh-CN, should give the texts, the labels and a report with localized field names', () => {
    const view = describeVodError(forbiddenRam, { lng: 'zh-CN', appCanRetry: true });
    expect(view.language).toBe('zh-CN');
    expect(view.text.title).not.toBe('');
    expect(view.labels.copy).toBe('复制');
    expect(view.labels.copyRequestId).toBe(`复制 RequestId ${forbiddenRam.RequestId}`);
    expect(view.canRetry).toBe(false);
    const report = view.supportReport({ pageUrl: 'https://app.example/upload?token=secret-value#x' });
    expect(report.split('\n')[0]).toBe('视频服务错误报告');
    expect(report).toContain(forbiddenRam.RequestId);
    expect(report).not.toContain('secret-value');
  });

  it('given no language, should speak en-US', () => {
    const view = describeVodError(forbiddenRam);
    expect(view.labels.details).toBe('Details');
    expect(view.labels.requestId).toBe('RequestId');
  });
});
