import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toastVodError, VodErrorAlert, VodErrorDialog, VodErrorToaster } from '../../../src/react/index';
import type { TestEnvironment, UserDriver } from '../environment';
import { aliyunThrottled, aliyunVideoNotFound, tencentFileNotFound } from '../envelopes';
import { renderInKit } from '../render-in-kit';

function renderAlertAfterButton() {
  return renderInKit(
    <>
      <button type="button">Upload video</button>
      <VodErrorAlert error={aliyunVideoNotFound} />
    </>,
  );
}

function renderToasterAfterButton() {
  return renderInKit(
    <>
      <button type="button">Upload video</button>
      <VodErrorToaster />
    </>,
  );
}

/** Presses Tab until `target` has focus; fails after `maxSteps` so a broken order cannot hang. */
async function tabTo(user: UserDriver, target: HTMLElement, maxSteps = 12): Promise<void> {
  for (let step = 0; step < maxSteps && document.activeElement !== target; step++) await user.tab();
  expect(target).toHaveFocus();
}

async function postToasts(...inputs: unknown[]): Promise<HTMLElement[]> {
  act(() => {
    for (const input of inputs) toastVodError(input);
  });
  const region = await screen.findByRole('region', { name: 'Notifications (Alt+T)' });
  return within(region).findAllByRole('listitem');
}

/** Everything reachable with Tab, Enter, Escape and the Alt+T hotkey alone. */
export function keyboardScenarios(env: TestEnvironment): void {
  describe('keyboard-only use', () => {
    it('given an alert, when the user tabs, should reach Copy RequestId and then Details in reading order', async () => {
      const user = env.setupUser();
      renderAlertAfterButton();
      await user.tab();
      expect(screen.getByRole('button', { name: 'Upload video' })).toHaveFocus();
      await user.tab();
      expect(screen.getByRole('button', { name: /^Copy RequestId/ })).toHaveFocus();
      await user.tab();
      expect(screen.getByRole('button', { name: 'Details' })).toHaveFocus();
    });

    it('given focus on Details, when the user presses Enter, should open the dialog and move focus into it', async () => {
      const user = env.setupUser();
      renderAlertAfterButton();
      const details = screen.getByRole('button', { name: 'Details' });
      await user.tab();
      await user.tab();
      await user.tab();
      await user.keyboard('{Enter}');
      const dialog = await screen.findByRole('dialog', { name: 'Video not found' });
      await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
      expect(details).toHaveAttribute('aria-expanded', 'true');
    });

    it('given the open dialog, when the user presses Escape, should close it and return focus to Details', async () => {
      const user = env.setupUser();
      renderAlertAfterButton();
      const details = screen.getByRole('button', { name: 'Details' });
      await user.tab();
      await user.tab();
      await user.tab();
      await user.keyboard('{Enter}');
      const dialog = await screen.findByRole('dialog');
      await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
      await user.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      expect(details).toHaveFocus();
    });

    it('given the open dialog, when the user tabs through all its controls, should keep focus inside it', async () => {
      const user = env.setupUser();
      renderAlertAfterButton();
      await user.click(screen.getByRole('button', { name: 'Details' }));
      const dialog = await screen.findByRole('dialog');
      await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
      const focusable = dialog.querySelectorAll('button, a[href]').length;
      for (let step = 0; step <= focusable; step++) {
        await user.tab();
        expect(dialog).toContainElement(document.activeElement as HTMLElement);
      }
    });

    it('given the dialog with its own trigger, when closed with the footer Close button, should return focus to the trigger', async () => {
      const user = env.setupUser();
      renderInKit(<VodErrorDialog error={tencentFileNotFound} trigger={<button type="button">查看错误</button>} />, { lng: 'zh-CN' });
      const trigger = screen.getByRole('button', { name: '查看错误' });
      await user.tab();
      expect(trigger).toHaveFocus();
      await user.keyboard('{Enter}');
      const dialog = await screen.findByRole('dialog', { name: '视频不存在' });
      const closeButtons = within(dialog).getAllByRole('button', { name: '关闭' });
      await user.click(closeButtons[closeButtons.length - 1] as HTMLElement);
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      expect(trigger).toHaveFocus();
    });

    it('given toasts, when the user presses Alt+T, should move focus to the first toast', async () => {
      const user = env.setupUser();
      renderToasterAfterButton();
      const toasts = await postToasts(aliyunVideoNotFound, aliyunThrottled);
      await user.click(screen.getByRole('button', { name: 'Upload video' }));
      await user.keyboard('{Alt>}t{/Alt}');
      expect(toasts[0]).toHaveFocus();
    });

    it('given a toast focused with Alt+T, when the user presses Escape, should dismiss it and focus the next toast', async () => {
      const user = env.setupUser();
      renderToasterAfterButton();
      const [first, second] = await postToasts(aliyunVideoNotFound, aliyunThrottled);
      await user.click(screen.getByRole('button', { name: 'Upload video' }));
      await user.keyboard('{Alt>}t{/Alt}');
      await user.keyboard('{Escape}');
      await waitFor(() => expect(first).not.toBeInTheDocument());
      expect(second).toHaveFocus();
    });

    it('given the last toast focused with Alt+T, when the user presses Escape, should return focus to where it was before', async () => {
      const user = env.setupUser();
      renderToasterAfterButton();
      const [only] = await postToasts(aliyunVideoNotFound);
      const upload = screen.getByRole('button', { name: 'Upload video' });
      await user.click(upload);
      await user.keyboard('{Alt>}t{/Alt}');
      expect(only).toHaveFocus();
      await user.keyboard('{Escape}');
      await waitFor(() => expect(only).not.toBeInTheDocument());
      expect(upload).toHaveFocus();
    });

    it('given Alt+T pressed again from inside the toasts, when the last toast is dismissed, should still return focus to where the user started', async () => {
      const user = env.setupUser();
      renderToasterAfterButton();
      const [only] = await postToasts(aliyunVideoNotFound);
      const upload = screen.getByRole('button', { name: 'Upload video' });
      await user.click(upload);
      await user.keyboard('{Alt>}t{/Alt}');
      await user.keyboard('{Alt>}t{/Alt}');
      await user.keyboard('{Escape}');
      await waitFor(() => expect(only).not.toBeInTheDocument());
      expect(upload).toHaveFocus();
    });

    it('given focus on a button inside a toast, when the user presses Escape, should dismiss that toast', async () => {
      const user = env.setupUser();
      renderToasterAfterButton();
      const [only] = await postToasts(aliyunVideoNotFound);
      await user.click(screen.getByRole('button', { name: 'Upload video' }));
      await user.keyboard('{Alt>}t{/Alt}');
      await user.tab();
      expect(within(only as HTMLElement).getByRole('button', { name: /^Copy RequestId/ })).toHaveFocus();
      await user.keyboard('{Escape}');
      await waitFor(() => expect(only).not.toBeInTheDocument());
    });

    it('given a toast reached with Alt+T, when the user tabs to Dismiss and presses Enter, should close it', async () => {
      const user = env.setupUser();
      renderToasterAfterButton();
      const [only] = await postToasts(aliyunVideoNotFound);
      await user.click(screen.getByRole('button', { name: 'Upload video' }));
      await user.keyboard('{Alt>}t{/Alt}');
      const dismiss = within(only as HTMLElement).getByRole('button', { name: 'Dismiss' });
      await tabTo(user, dismiss);
      await user.keyboard('{Enter}');
      await waitFor(() => expect(only).not.toBeInTheDocument());
    });

    it('given a toast, when the user opens Details with the keyboard and presses Escape, should return focus to the toast Details button', async () => {
      const user = env.setupUser();
      renderToasterAfterButton();
      const [only] = await postToasts(aliyunVideoNotFound);
      await user.click(screen.getByRole('button', { name: 'Upload video' }));
      await user.keyboard('{Alt>}t{/Alt}');
      const details = within(only as HTMLElement).getByRole('button', { name: 'Details' });
      await tabTo(user, details);
      await user.keyboard('{Enter}');
      const dialog = await screen.findByRole('dialog', { name: 'Video not found' });
      await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
      await user.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      expect(details).toHaveFocus();
    });
  });
}
