// @vitest-environment node
// No DOM here at all: any `window`/`document` read during render throws, which is the point.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { vodErrorResources } from '../../src/i18n/all-resources';
import { VodErrorAlert, VodErrorDialog, VodErrorProvider, VodErrorToaster } from '../../src/react/index';
import { aliyunRequestId, aliyunVideoNotFound, huaweiAssetNotFound, networkFailure, tencentFileNotFound } from '../support/envelopes';

describe('rendering on a server without a DOM', () => {
  it('given no DOM globals, should have none to read', () => {
    expect([typeof window, typeof document]).toEqual(['undefined', 'undefined']);
  });

  it.each([
    { lng: 'en-US', title: 'Video not found' },
    { lng: 'zh-CN', title: '视频不存在' },
  ])('given an alert in $lng, should render its texts and RequestId to HTML', ({ lng, title }) => {
    const html = renderToString(
      <VodErrorProvider lng={lng} resources={vodErrorResources}>
        <VodErrorAlert error={aliyunVideoNotFound} onRetry={() => undefined} />
      </VodErrorProvider>,
    );
    expect(html).toContain(title);
    expect(html).toContain(aliyunRequestId);
  });

  it('given no provider, should render an alert in English with the category text', () => {
    const html = renderToString(<VodErrorAlert error={huaweiAssetNotFound} compact />);
    expect(html).toContain('lang="en-US"');
    expect(html).toContain('Item not found');
  });

  it('given the toaster and a closed dialog, should render only the dialog trigger', () => {
    const html = renderToString(
      <VodErrorProvider resources={vodErrorResources}>
        <VodErrorToaster />
        <VodErrorDialog error={tencentFileNotFound} trigger={<button type="button">Details</button>} />
        <VodErrorAlert error={networkFailure()} />
      </VodErrorProvider>,
    );
    expect(html).not.toContain('data-vod-toaster');
    expect(html).toContain('aria-haspopup="dialog"');
  });

  it('given a server message with markup, should escape it in the HTML', () => {
    const html = renderToString(
      <VodErrorProvider resources={vodErrorResources}>
        <VodErrorAlert error={{ ...aliyunVideoNotFound, Code: '<b>Bold</b>' }} />
      </VodErrorProvider>,
    );
    expect(html).not.toContain('<b>');
  });
});
