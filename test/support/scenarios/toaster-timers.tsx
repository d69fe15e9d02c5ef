import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toastVodError, VodErrorToaster } from '../../../src/react/index';
import type { TestEnvironment } from '../environment';
import { aliyunThrottled, aliyunVideoNotFound } from '../envelopes';
import { advanceTime, untilTrue, useFakeClock } from '../time';
import { renderInKit } from '../render-in-kit';

/** Default reading time of an `error` toast (see DEFAULT_DURATION_MS in the toaster). */
const ERROR_DURATION_MS = 8000;

function renderToaster() {
  return renderInKit(
    <>
      <button type="button">Upload video</button>
      <VodErrorToaster />
    </>,
  );
}

async function postAndFind(input: unknown, options?: Parameters<typeof toastVodError>[1]): Promise<HTMLElement> {
  await act(async () => {
    toastVodError(input, options);
  });
  const [toast] = within(screen.getByRole('region', { name: 'Notifications (Alt+T)' })).getAllByRole('listitem');
  return toast as HTMLElement;
}

/** Waits for the pause state (`data-paused`) the pointer should have put the toaster in. */
async function expectPaused(toast: HTMLElement, paused: boolean): Promise<void> {
  const toaster = toast.closest('[data-vod-toaster]') as HTMLElement;
  expect(await untilTrue(() => toaster.hasAttribute('data-paused') === paused)).toBe(true);
}

/** Auto-dismiss, its pauses, and the toasts that must never vanish by themselves. Fake clock. */
export function toasterTimerScenarios(env: TestEnvironment): void {
  describe('toast timers', () => {
    beforeEach(async () => {
      // Chromium's real mouse stays where an earlier test left it and would hover a toast
      // rendered under it, pausing its timer: park it on the empty page first.
      await env.setupUser().unhover(document.body);
      useFakeClock();
    });
    afterEach(() => vi.useRealTimers());

    it('given an error toast, should close it by itself after its reading time', async () => {
      renderToaster();
      const toast = await postAndFind(aliyunVideoNotFound);
      await advanceTime(ERROR_DURATION_MS - 100);
      expect(toast).toBeInTheDocument();
      await advanceTime(200);
      expect(toast).not.toBeInTheDocument();
    });

    it('given the pointer rests on the toaster, should not close the toast however long it stays', async () => {
      const user = env.setupUser();
      renderToaster();
      const toast = await postAndFind(aliyunVideoNotFound);
      await user.hover(toast);
      await expectPaused(toast, true);
      await advanceTime(ERROR_DURATION_MS * 5);
      expect(toast).toBeInTheDocument();
    });

    it('given a hover paused the timer, when the pointer leaves, should close after the remaining time only', async () => {
      const user = env.setupUser();
      renderToaster();
      const toast = await postAndFind(aliyunVideoNotFound);
      await advanceTime(5000);
      await user.hover(toast);
      await expectPaused(toast, true);
      await advanceTime(60_000);
      await user.unhover(toast);
      await expectPaused(toast, false);
      // 3000 ms were left when the pointer arrived.
      await advanceTime(2800);
      expect(toast).toBeInTheDocument();
      await advanceTime(400);
      expect(toast).not.toBeInTheDocument();
    });

    it('given onRetry, should never close the toast by itself', async () => {
      renderToaster();
      const toast = await postAndFind(aliyunThrottled, { onRetry: () => undefined });
      await advanceTime(10 * 60_000);
      expect(toast).toBeInTheDocument();
      expect(toast).toHaveAttribute('data-sticky');
    });

    it('given an extra action, should never close the toast by itself', async () => {
      renderToaster();
      const toast = await postAndFind(aliyunVideoNotFound, { action: { label: 'Open library', onClick: () => undefined } });
      await advanceTime(10 * 60_000);
      expect(toast).toBeInTheDocument();
    });

    it('given the same error again, should restart the reading time', async () => {
      renderToaster();
      const toast = await postAndFind(aliyunVideoNotFound);
      await advanceTime(6000);
      await postAndFind(aliyunVideoNotFound);
      await advanceTime(6000);
      expect(toast).toBeInTheDocument();
      expect(within(toast).getByText('×2')).toBeVisible();
    });

    it("given a toast's Details dialog opened from the keyboard, should keep the toast while the dialog is open", async () => {
      const user = env.setupUser();
      renderToaster();
      const toast = await postAndFind(aliyunVideoNotFound);
      // The dialog is a lazy chunk: load it on the real clock, which the fake one cannot advance.
      await import('../../../src/react/vod-error-dialog');
      // From the keyboard, so neither hover nor focus in the toaster holds the timer once the dialog has focus.
      await user.click(screen.getByRole('button', { name: 'Upload video' }));
      await user.keyboard('{Alt>}t{/Alt}');
      const details = within(toast).getByRole('button', { name: 'Details' });
      for (let step = 0; step < 6 && document.activeElement !== details; step++) await user.tab();
      await user.keyboard('{Enter}');
      const dialogHasFocus = () => document.querySelector('[role="dialog"]')?.contains(document.activeElement) === true;
      expect(await untilTrue(dialogHasFocus)).toBe(true);
      await advanceTime(ERROR_DURATION_MS * 3);
      expect(toast).toBeInTheDocument();
    });

    it('given the tab becomes hidden, should hold the toast until it is visible again', async () => {
      renderToaster();
      const toast = await postAndFind(aliyunVideoNotFound);
      const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
      await act(async () => {
        document.dispatchEvent(new Event('visibilitychange'));
      });
      await advanceTime(ERROR_DURATION_MS * 3);
      expect(toast).toBeInTheDocument();
      visibility.mockReturnValue('visible');
      await act(async () => {
        document.dispatchEvent(new Event('visibilitychange'));
      });
      await advanceTime(ERROR_DURATION_MS + 100);
      expect(toast).not.toBeInTheDocument();
    });
  });
}
