import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { vodErrorResources } from '../../../src/i18n/all-resources';
import { createVodErrorI18n } from '../../../src/i18n/create-instance';
import { VodErrorAlert, VodErrorProvider } from '../../../src/react/index';
import type { TestEnvironment } from '../environment';
import {
  abortedRequest,
  aliyunRequestId,
  aliyunThrottled,
  aliyunVideoNotFound,
  huaweiAssetNotFound,
  huaweiRequestId,
  networkFailure,
  tencentFileNotFound,
  tencentRequestId,
} from '../envelopes';
import { renderInKit } from '../render-in-kit';

/** What a user reads and does with `VodErrorAlert`, for real provider errors in both languages. */
export function alertScenarios(env: TestEnvironment): void {
  describe('VodErrorAlert', () => {
    it.each([
      { provider: 'Alibaba', lng: 'en-US', input: aliyunVideoNotFound, requestId: aliyunRequestId, title: 'Video not found' },
      { provider: 'Alibaba', lng: 'zh-CN', input: aliyunVideoNotFound, requestId: aliyunRequestId, title: '视频不存在' },
      { provider: 'Tencent', lng: 'en-US', input: tencentFileNotFound, requestId: tencentRequestId, title: 'Video not found' },
      { provider: 'Tencent', lng: 'zh-CN', input: tencentFileNotFound, requestId: tencentRequestId, title: '视频不存在' },
      { provider: 'Huawei', lng: 'en-US', input: huaweiAssetNotFound, requestId: huaweiRequestId, title: 'Video not found' },
      { provider: 'Huawei', lng: 'zh-CN', input: huaweiAssetNotFound, requestId: huaweiRequestId, title: '视频不存在' },
    ])('given a $provider envelope in $lng, should show the code title "$title" and the RequestId', ({ lng, input, requestId, title }) => {
      renderInKit(<VodErrorAlert error={input} />, { lng });
      const alert = screen.getByRole('alert');
      expect(within(alert).getByText(title)).toBeVisible();
      expect(within(alert).getByText(requestId)).toBeVisible();
    });

    it('given a fetch network failure, should explain the connection problem without a RequestId row', () => {
      renderInKit(<VodErrorAlert error={networkFailure()} />);
      expect(within(screen.getByRole('alert')).getByText("Can't reach the video service")).toBeVisible();
      expect(screen.queryByText('RequestId')).not.toBeInTheDocument();
    });

    it('given provider texts not loaded yet, should show the category text first and then upgrade to the code text', async () => {
      // A fresh host instance holds only the common texts; the Alibaba file arrives by dynamic import.
      const i18n = createVodErrorI18n({ lng: 'en-US' });
      render(
        <VodErrorProvider i18n={i18n}>
          <VodErrorAlert error={aliyunVideoNotFound} />
        </VodErrorProvider>,
      );
      expect(screen.getByText('Item not found')).toBeVisible();
      expect(await screen.findByText('Video not found')).toBeVisible();
      expect(screen.queryByText('Item not found')).not.toBeInTheDocument();
    });

    it('given zh-CN and lazily loaded texts, should upgrade to the Chinese code text', async () => {
      render(
        <VodErrorProvider i18n={createVodErrorI18n({ lng: 'zh-CN' })}>
          <VodErrorAlert error={tencentFileNotFound} />
        </VodErrorProvider>,
      );
      expect(await screen.findByText('视频不存在')).toBeVisible();
    });

    it.each([
      { severity: 'error', input: aliyunVideoNotFound, role: 'alert' },
      { severity: 'warning', input: aliyunThrottled, role: 'alert' },
      { severity: 'info', input: abortedRequest(), role: 'status' },
    ] as const)('given a $severity, should render a $role with the severity spoken before the title', ({ severity, input, role }) => {
      const { container } = renderInKit(<VodErrorAlert error={input} />);
      const alert = container.querySelector('[data-vod-alert]');
      expect(alert).toHaveAttribute('role', role);
      expect(alert).toHaveAttribute('data-severity', severity);
      const spoken = { error: 'Error:', warning: 'Warning:', info: 'Notice:' }[severity];
      expect(alert?.querySelector('[data-vod-part="title"]')).toHaveTextContent(new RegExp(`^${spoken}`));
    });

    it('given compact, should leave out the description but keep title, remediation and RequestId', () => {
      renderInKit(<VodErrorAlert error={aliyunVideoNotFound} compact />);
      expect(screen.getByText('Video not found')).toBeVisible();
      expect(screen.getByText('Refresh the list and pick the video again.')).toBeVisible();
      expect(screen.queryByText('The video could not be found. It may have been deleted.')).not.toBeInTheDocument();
      expect(screen.getByText(aliyunRequestId)).toBeVisible();
    });

    it('given a RequestId, should keep the whole id as its text and show it on hover, however narrow the row', () => {
      renderInKit(<VodErrorAlert error={aliyunVideoNotFound} />);
      const code = screen.getByText(aliyunRequestId);
      expect(code).toHaveAttribute('title', aliyunRequestId);
      expect(`${code.getAttribute('data-vod-head')}${code.getAttribute('data-vod-tail')}`).toBe(aliyunRequestId);
    });

    it('given onRetry, when the user clicks Try again, should call it once', async () => {
      const user = env.setupUser();
      const onRetry = vi.fn();
      renderInKit(<VodErrorAlert error={aliyunThrottled} onRetry={onRetry} />);
      await user.click(screen.getByRole('button', { name: 'Try again' }));
      expect(onRetry).toHaveBeenCalledTimes(1);
    });

    describe('honest actions', () => {
      // Alibaba's reply when a RAM user lacks a permission: a retry can never fix it.
      const forbiddenRam = { Code: 'Forbidden.RAM', RequestId: 'E8A1C0DE-5F4B-4E3A-9D21-7C6B5A4F3E2D', Message: 'User not authorized to operate on the specified resource.' };

      it('given a permission error and onRetry, should not offer Try again and should make Details the primary action', () => {
        renderInKit(<VodErrorAlert error={forbiddenRam} onRetry={() => undefined} />);
        expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
        expect(screen.getByRole('button', { name: 'Details' })).toHaveAttribute('data-vod-button', 'primary');
      });

      it('given a permission error, onRetry and retry="always", should offer Try again because the app says it knows better', async () => {
        const user = env.setupUser();
        const onRetry = vi.fn();
        renderInKit(<VodErrorAlert error={forbiddenRam} onRetry={onRetry} retry="always" />);
        await user.click(screen.getByRole('button', { name: 'Try again' }));
        expect(onRetry).toHaveBeenCalledTimes(1);
        expect(screen.getByRole('button', { name: 'Details' })).not.toHaveAttribute('data-vod-button');
      });

      it('given a permission error and a support contact, should make Contact support the primary action', async () => {
        const user = env.setupUser();
        const contact = vi.fn();
        render(
          <VodErrorProvider lng="en-US" resources={vodErrorResources} supportContact={contact}>
            <VodErrorAlert error={forbiddenRam} onRetry={() => undefined} />
          </VodErrorProvider>,
        );
        const button = screen.getByRole('button', { name: 'Contact support' });
        expect(button).toHaveAttribute('data-vod-button', 'primary');
        await user.click(button);
        expect(contact).toHaveBeenCalledTimes(1);
        expect(contact.mock.calls[0]?.[1]).toContain(forbiddenRam.RequestId);
      });

      it('given a retryable error, should keep Contact support out and Try again first', () => {
        render(
          <VodErrorProvider lng="en-US" resources={vodErrorResources} supportContact="https://example.com/support">
            <VodErrorAlert error={aliyunThrottled} onRetry={() => undefined} />
          </VodErrorProvider>,
        );
        expect(screen.getByRole('button', { name: 'Try again' })).toHaveAttribute('data-vod-button', 'primary');
        expect(screen.queryByRole('link', { name: 'Contact support' })).not.toBeInTheDocument();
      });
    });

    it('given retrying, should show a disabled busy Retrying… button', () => {
      renderInKit(<VodErrorAlert error={aliyunThrottled} onRetry={() => undefined} retrying />);
      const button = screen.getByRole('button', { name: 'Retrying…' });
      expect(button).toBeDisabled();
      expect(button).toHaveAttribute('aria-busy', 'true');
    });

    it('given onDismiss, when the user clicks Dismiss, should call it', async () => {
      const user = env.setupUser();
      const onDismiss = vi.fn();
      renderInKit(<VodErrorAlert error={aliyunVideoNotFound} onDismiss={onDismiss} />, { lng: 'zh-CN' });
      await user.click(screen.getByRole('button', { name: '关闭提示' }));
      expect(onDismiss).toHaveBeenCalledTimes(1);
    });

    it('given null, should render nothing', () => {
      const { container } = renderInKit(<VodErrorAlert error={null} />);
      expect(container).toBeEmptyDOMElement();
    });
  });
}
