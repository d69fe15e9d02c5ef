import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { vodErrorResources } from '../../../src/i18n/all-resources';
import { toastVodError, VodErrorAlert, VodErrorDialog, VodErrorProvider, VodErrorToaster } from '../../../src/react/index';
import { expectNoAxeViolations } from '../axe';
import type { TestEnvironment } from '../environment';
import {
  abortedRequest,
  aliyunThrottled,
  aliyunVideoNotFound,
  distinctAliyunErrors,
  huaweiAssetNotFound,
  networkFailure,
  tencentFileNotFound,
} from '../envelopes';
import { renderInKit } from '../render-in-kit';

const languages = [
  { lng: 'en-US', region: 'Notifications (Alt+T)' },
  { lng: 'zh-CN', region: '通知（Alt+T）' },
] as const;

function postToastMix(): void {
  act(() => {
    toastVodError(aliyunVideoNotFound);
    toastVodError(aliyunVideoNotFound);
    toastVodError(aliyunThrottled, { onRetry: () => undefined });
    toastVodError(abortedRequest(), { action: { label: 'Undo', onClick: () => undefined } });
    for (const input of distinctAliyunErrors(3)) toastVodError(input, { coalesce: false });
  });
}

/** axe-core with its default rule set, on each component and state in both languages. */
export function accessibilityScenarios(_env: TestEnvironment): void {
  describe.each(languages)('axe in $lng', ({ lng, region }) => {
    it.each([
      { state: 'error', input: aliyunVideoNotFound },
      { state: 'warning', input: aliyunThrottled },
      { state: 'info', input: abortedRequest() },
      { state: 'network failure without RequestId', input: networkFailure() },
    ])('given an alert ($state) with every action, should have no violations', async ({ input }) => {
      const { container } = renderInKit(
        <main>
          <VodErrorAlert error={input} onRetry={() => undefined} onDismiss={() => undefined} />
        </main>,
        { lng },
      );
      await expectNoAxeViolations(container);
    });

    it('given a compact alert, should have no violations', async () => {
      const { container } = renderInKit(
        <main>
          <VodErrorAlert error={tencentFileNotFound} compact onRetry={() => undefined} />
        </main>,
        { lng },
      );
      await expectNoAxeViolations(container);
    });

    it('given a toaster with coalesced, sticky, info and queued toasts, should have no violations', async () => {
      renderInKit(<VodErrorToaster visibleToasts={4} />, { lng });
      postToastMix();
      const toaster = await screen.findByRole('region', { name: region });
      expect(await within(toaster).findAllByRole('listitem')).toHaveLength(4);
      await expectNoAxeViolations(toaster);
    });

    it('given an open dialog, should have no violations', async () => {
      render(
        <VodErrorProvider lng={lng} resources={vodErrorResources} supportContact="https://example.com/support">
          <VodErrorDialog error={huaweiAssetNotFound} defaultOpen />
        </VodErrorProvider>,
      );
      await expectNoAxeViolations(await screen.findByRole('dialog'));
    });

    it('given toasts and then a dialog opened over the page, should have no violations on the whole page', async () => {
      const page = (dialogOpen: boolean) => (
        <VodErrorProvider lng={lng} resources={vodErrorResources}>
          <main>
            <h1>Video library</h1>
            <VodErrorAlert error={aliyunVideoNotFound} />
            {dialogOpen && <VodErrorDialog error={aliyunVideoNotFound} defaultOpen />}
          </main>
          <VodErrorToaster />
        </VodErrorProvider>
      );
      const { rerender } = render(page(false));
      postToastMix();
      await within(await screen.findByRole('region', { name: region })).findAllByRole('listitem');
      // Opened after the toasts exist, so the modal's aria-hidden pass sees them.
      rerender(page(true));
      await screen.findByRole('dialog');
      await expectNoAxeViolations(document.body);
    });
  });
}
