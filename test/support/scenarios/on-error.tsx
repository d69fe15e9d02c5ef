import { act, render, screen, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { normalizeVodError } from '../../../src/core/normalize';
import { vodErrorResources } from '../../../src/i18n/all-resources';
import { toastVodError, useVodError, VodErrorAlert, VodErrorProvider, VodErrorToaster } from '../../../src/react/index';
import type { TestEnvironment } from '../environment';
import { aliyunRequestId, aliyunVideoNotFound, tencentFileNotFound } from '../envelopes';

/** Telemetry sees each normalized error exactly once, however many surfaces show it. */
export function onErrorScenarios(env: TestEnvironment): void {
  describe('VodErrorProvider onError', () => {
    it('given an alert in StrictMode, should call onError once', async () => {
      const onError = vi.fn();
      render(
        <StrictMode>
          <VodErrorProvider lng="en-US" resources={vodErrorResources} onError={onError}>
            <VodErrorAlert error={aliyunVideoNotFound} />
          </VodErrorProvider>
        </StrictMode>,
      );
      await screen.findByText('Video not found');
      expect(onError).toHaveBeenCalledTimes(1);
    });

    it('given an alert, should hand onError the model without the raw cause (it can hold credentials)', async () => {
      const onError = vi.fn();
      render(
        <VodErrorProvider lng="en-US" resources={vodErrorResources} onError={onError}>
          <VodErrorAlert error={aliyunVideoNotFound} />
        </VodErrorProvider>,
      );
      await screen.findByText('Video not found');
      const reported = onError.mock.calls[0]?.[0];
      expect(reported).toMatchObject({ code: 'InvalidVideo.NotFound', requestId: aliyunRequestId });
      expect(reported).not.toHaveProperty('cause');
    });

    it('given one normalized error shown in an alert and a toast in StrictMode, should call onError once', async () => {
      const onError = vi.fn();
      const error = normalizeVodError(aliyunVideoNotFound);
      render(
        <StrictMode>
          <VodErrorProvider lng="en-US" resources={vodErrorResources} onError={onError}>
            <VodErrorAlert error={error} />
            <VodErrorToaster />
          </VodErrorProvider>
        </StrictMode>,
      );
      act(() => {
        toastVodError(error);
      });
      await within(await screen.findByRole('region', { name: 'Notifications (Alt+T)' })).findAllByRole('listitem');
      expect(onError).toHaveBeenCalledTimes(1);
    });

    it('given 100 identical errors coalesced into one toast, should call onError once per error', async () => {
      const onError = vi.fn();
      render(
        <StrictMode>
          <VodErrorProvider lng="en-US" resources={vodErrorResources} onError={onError}>
            <VodErrorToaster />
          </VodErrorProvider>
        </StrictMode>,
      );
      act(() => {
        for (let i = 0; i < 100; i++) toastVodError(tencentFileNotFound);
      });
      await screen.findByText('×100');
      expect(onError).toHaveBeenCalledTimes(100);
    });

    it('given an error captured by useVodError and shown in an alert, should call onError once', async () => {
      const onError = vi.fn();
      function Upload() {
        const { error, run } = useVodError();
        return (
          <>
            <button type="button" onClick={() => void run(async () => Promise.reject(aliyunVideoNotFound))}>
              Upload
            </button>
            <VodErrorAlert error={error} />
          </>
        );
      }
      const user = env.setupUser();
      render(
        <StrictMode>
          <VodErrorProvider lng="en-US" resources={vodErrorResources} onError={onError}>
            <Upload />
          </VodErrorProvider>
        </StrictMode>,
      );
      await user.click(screen.getByRole('button', { name: 'Upload' }));
      await screen.findByText('Video not found');
      expect(onError).toHaveBeenCalledTimes(1);
    });

    it('given the alert re-renders with the same error, should not call onError again', async () => {
      const onError = vi.fn();
      const ui = (title: string) => (
        <VodErrorProvider lng="en-US" resources={vodErrorResources} onError={onError}>
          <h1>{title}</h1>
          <VodErrorAlert error={aliyunVideoNotFound} />
        </VodErrorProvider>
      );
      const { rerender } = render(ui('Library'));
      rerender(ui('Library (1)'));
      rerender(ui('Library (2)'));
      await screen.findByText('Video not found');
      expect(onError).toHaveBeenCalledTimes(1);
    });
  });
}
