import { act, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { vodErrorResources } from '../../../src/i18n/all-resources';
import { createVodErrorI18n } from '../../../src/i18n/create-instance';
import { toastVodError, VodErrorDialog, VodErrorProvider, VodErrorToaster } from '../../../src/react/index';
import type { TestEnvironment } from '../environment';
import { aliyunRequestId, aliyunThrottled, aliyunVideoNotFound, distinctAliyunErrors, tencentFileNotFound } from '../envelopes';
import { renderInKit } from '../render-in-kit';

const REGION_EN = 'Notifications (Alt+T)';

function post(input: unknown, options?: Parameters<typeof toastVodError>[1]): string {
  let id = '';
  act(() => {
    id = toastVodError(input, options);
  });
  return id;
}

async function findToasts(regionName = REGION_EN): Promise<HTMLElement[]> {
  return within(await screen.findByRole('region', { name: regionName })).findAllByRole('listitem');
}

/** The toaster as users meet it: coalescing, the queue, languages, modal dialogs. */
export function toasterScenarios(env: TestEnvironment): void {
  describe('VodErrorToaster', () => {
    it('given 100 identical errors, should show one toast with ×100', async () => {
      renderInKit(<VodErrorToaster />);
      act(() => {
        for (let i = 0; i < 100; i++) toastVodError(aliyunVideoNotFound);
      });
      const toasts = await findToasts();
      expect(toasts).toHaveLength(1);
      expect(within(toasts[0] as HTMLElement).getByText('×100')).toBeVisible();
    });

    it('given 100 identical errors, should say how often it happened to assistive technology', async () => {
      renderInKit(<VodErrorToaster />, { lng: 'zh-CN' });
      act(() => {
        for (let i = 0; i < 100; i++) toastVodError(aliyunVideoNotFound);
      });
      const [toast] = await findToasts('通知（Alt+T）');
      expect(toast).toHaveAccessibleName(expect.stringContaining('已出现 100 次'));
    });

    it('given one error, should show no count', async () => {
      renderInKit(<VodErrorToaster />);
      post(aliyunVideoNotFound);
      const [toast] = await findToasts();
      expect(within(toast as HTMLElement).queryByText(/^×/)).not.toBeInTheDocument();
    });

    it('given more errors than visibleToasts, should show the first ones and count the rest as "N more"', async () => {
      renderInKit(<VodErrorToaster visibleToasts={3} />);
      act(() => {
        for (const input of distinctAliyunErrors(5)) toastVodError(input);
      });
      expect(await findToasts()).toHaveLength(3);
      expect(screen.getByText('2 more notifications')).toBeVisible();
    });

    it('given a queue, when the user dismisses a visible toast, should move the next one up', async () => {
      const user = env.setupUser();
      renderInKit(<VodErrorToaster visibleToasts={3} />);
      act(() => {
        for (const input of distinctAliyunErrors(5)) toastVodError(input);
      });
      const [first] = await findToasts();
      await user.click(within(first as HTMLElement).getByRole('button', { name: 'Dismiss' }));
      await waitFor(() => expect(screen.getByText('1 more notification')).toBeVisible());
      const toasts = await findToasts();
      expect(toasts).toHaveLength(3);
      // The fourth error (OperationDenied) is now on screen.
      expect(within(toasts[2] as HTMLElement).getByText('Video service not available')).toBeVisible();
    });

    it('given toastVodError is called outside React before the toaster mounts, should render it in the provider language', async () => {
      toastVodError(tencentFileNotFound);
      renderInKit(<VodErrorToaster />, { lng: 'zh-CN' });
      const [toast] = await findToasts('通知（Alt+T）');
      expect(within(toast as HTMLElement).getByText('视频不存在')).toBeVisible();
      expect(toast).toHaveAttribute('lang', 'zh-CN');
    });

    it('given toastVodError is called from a plain callback after mount, should render it in the provider language', async () => {
      renderInKit(<VodErrorToaster />, { lng: 'zh-CN' });
      // What an axios interceptor does: no React in the call stack. `act` only tells the test
      // renderer to expect the update the store's notification causes.
      await act(async () => {
        await new Promise<void>((resolve) => {
          setTimeout(() => {
            toastVodError(aliyunVideoNotFound);
            resolve();
          }, 0);
        });
      });
      const [toast] = await findToasts('通知（Alt+T）');
      expect(within(toast as HTMLElement).getByText('请刷新列表后重新选择视频。')).toBeVisible();
    });

    it('given the provider follows a host i18n instance, when it switches language, should re-render the toast in it', async () => {
      const i18n = createVodErrorI18n({ lng: 'en-US', resources: vodErrorResources });
      render(
        <VodErrorProvider i18n={i18n}>
          <VodErrorToaster />
        </VodErrorProvider>,
      );
      post(aliyunVideoNotFound);
      await findToasts();
      await act(async () => {
        await i18n.changeLanguage('zh-CN');
      });
      const [toast] = await findToasts('通知（Alt+T）');
      expect(within(toast as HTMLElement).getByText('视频不存在')).toBeVisible();
    });

    it('given lazily loaded texts, should upgrade the toast from the category text to the code text', async () => {
      render(
        <VodErrorProvider i18n={createVodErrorI18n({ lng: 'en-US' })}>
          <VodErrorToaster />
        </VodErrorProvider>,
      );
      post(aliyunVideoNotFound);
      const [toast] = await findToasts();
      expect(await within(toast as HTMLElement).findByText('Video not found')).toBeVisible();
    });

    it('given onRetry, when the user clicks Try again, should call it and close the toast', async () => {
      const user = env.setupUser();
      const onRetry = vi.fn();
      renderInKit(<VodErrorToaster />);
      post(aliyunThrottled, { onRetry });
      const [toast] = await findToasts();
      await user.click(within(toast as HTMLElement).getByRole('button', { name: 'Try again' }));
      expect(onRetry).toHaveBeenCalledTimes(1);
      await waitFor(() => expect(toast).not.toBeInTheDocument());
    });

    it('given a modal VodErrorDialog is open, when the user clicks a toast Dismiss, should remove the toast and keep the dialog open', async () => {
      const user = env.setupUser();
      renderInKit(
        <>
          <VodErrorDialog error={tencentFileNotFound} defaultOpen />
          <VodErrorToaster />
        </>,
      );
      const dialog = await screen.findByRole('dialog');
      post(aliyunVideoNotFound);
      const [toast] = await findToasts();
      await user.click(within(toast as HTMLElement).getByRole('button', { name: 'Dismiss' }));
      await waitFor(() => expect(toast).not.toBeInTheDocument());
      expect(screen.getByRole('dialog')).toBe(dialog);
    });

    it('given toasts and the Details dialog of one of them, when the user dismisses another toast, should keep the dialog open', async () => {
      const user = env.setupUser();
      renderInKit(<VodErrorToaster />);
      act(() => {
        toastVodError(aliyunVideoNotFound);
        toastVodError(aliyunThrottled);
      });
      const [first, second] = await findToasts();
      await user.click(within(first as HTMLElement).getByRole('button', { name: 'Details' }));
      const dialog = await screen.findByRole('dialog', { name: 'Video not found' });
      await user.click(within(second as HTMLElement).getByRole('button', { name: 'Dismiss' }));
      await waitFor(() => expect(second).not.toBeInTheDocument());
      expect(screen.getByRole('dialog')).toBe(dialog);
    });

    it('given toasts shown before a modal dialog opens, should keep them exposed to assistive technology', async () => {
      const user = env.setupUser();
      renderInKit(<VodErrorToaster />);
      act(() => {
        toastVodError(aliyunVideoNotFound);
        toastVodError(aliyunThrottled);
      });
      const [first] = await findToasts();
      await user.click(within(first as HTMLElement).getByRole('button', { name: 'Details' }));
      await screen.findByRole('dialog');
      // ByRole queries skip aria-hidden subtrees: parts hidden by the modal would not be found.
      const [, second] = await findToasts();
      expect(within(second as HTMLElement).getByText('Account request limit reached')).not.toHaveAttribute('aria-hidden');
      expect(within(second as HTMLElement).getByRole('button', { name: 'Dismiss' })).toBeInTheDocument();
      expect(second?.querySelector('[aria-hidden="true"]:not(svg)')).toBeNull();
    });

    it('given a toast, when the user clicks Details, should open the dialog for that error', async () => {
      const user = env.setupUser();
      renderInKit(<VodErrorToaster />);
      post(aliyunVideoNotFound);
      const [toast] = await findToasts();
      await user.click(within(toast as HTMLElement).getByRole('button', { name: 'Details' }));
      const dialog = await screen.findByRole('dialog', { name: 'Video not found' });
      expect(within(dialog).getByText(aliyunRequestId)).toBeVisible();
    });

    it('given an error, should announce it once in the assertive live region', async () => {
      renderInKit(<VodErrorToaster />);
      post(aliyunVideoNotFound);
      const region = await screen.findByRole('region', { name: REGION_EN });
      await waitFor(() =>
        expect(within(region).getByRole('alert')).toHaveTextContent('Error: Video not found. Refresh the list and pick the video again.'),
      );
    });
  });
}
