import { describe, expect, it } from 'vitest';
import { buildSupportReport, normalizeVodError } from '../../src/core';

describe('buildSupportReport', () => {
  const error = normalizeVodError(
    { status: 403, body: { RequestId: '8906582E-6722-409A-A6C4-0E7863B733A5', HostId: 'vod.cn-shanghai.aliyuncs.com', Code: 'Forbidden', Message: 'User not authorized to operate on the specified resource.' } },
    { now: () => Date.UTC(2026, 10, 22, 8, 30) },
  );

  it('lists every identifier support asks for', () => {
    const report = buildSupportReport(error, { pageUrl: 'https://app.example/upload' });
    expect(report).toContain('RequestId: 8906582E-6722-409A-A6C4-0E7863B733A5');
    expect(report).toContain('HostId: vod.cn-shanghai.aliyuncs.com');
    expect(report).toContain('Code: Forbidden');
    expect(report).toContain('HTTP status: 403');
    expect(report).toContain('Time: 2026-11-22T08:30:00.000Z');
    expect(report).toContain('Page: https://app.example/upload');
  });

  it('removes tokens from the page URL, including its fragment', () => {
    const report = buildSupportReport(error, { pageUrl: 'https://app.example/upload?videoId=v1&token=s3cr3tT0ken&auth_key=abc#access_token=xyz' });
    expect(report).toContain('videoId=v1');
    expect(report).not.toContain('s3cr3tT0ken');
    expect(report).not.toContain('access_token=xyz');
    expect(report).not.toContain('auth_key=abc');
  });

  it('uses the labels it is given', () => {
    const report = buildSupportReport(error, { labels: { heading: '视频服务错误报告', code: '错误码' } });
    expect(report.split('\n')[0]).toBe('视频服务错误报告');
    expect(report).toContain('错误码: Forbidden');
  });

  it('keeps one field per line even when the message has newlines', () => {
    const multiLine = normalizeVodError({ Code: 'InternalError', RequestId: 'R', HostId: 'H', Message: 'line one\nline two' });
    const report = buildSupportReport(multiLine);
    expect(report).toContain('Server message: line one line two');
  });
});
