// What only a real browser can answer: the system clipboard, computed CSS, hit-testing, motion.
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { toastVodError, VodErrorAlert, VodErrorToaster } from '../../src/react/index';
import { aliyunRequestId, aliyunVideoNotFound, aliyunThrottled } from '../support/envelopes';
import { renderInKit } from '../support/render-in-kit';

function setReducedMotion(value: 'reduce' | 'no-preference'): Promise<unknown> {
  return cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value }] });
}

describe('in real Chromium', () => {
  afterEach(async () => {
    vi.restoreAllMocks();
    await setReducedMotion('reduce');
  });

  it('given the Clipboard API is denied, when the user copies, should still put the RequestId on the system clipboard via execCommand', async () => {
    renderInKit(<VodErrorAlert error={aliyunVideoNotFound} />);
    // Something else is on the clipboard first (writing needs a focused document: click into it).
    await userEvent.click(screen.getByText('Video not found'));
    await navigator.clipboard.writeText('something copied earlier');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError'));
    const button = screen.getByRole('button', { name: `Copy RequestId ${aliyunRequestId}` });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveTextContent('Copied'));
    expect(await navigator.clipboard.readText()).toBe(aliyunRequestId);
  });

  it('given the stylesheet, should let one click select the whole RequestId (user-select: all)', () => {
    renderInKit(<VodErrorAlert error={aliyunVideoNotFound} />);
    expect(getComputedStyle(screen.getByText(aliyunRequestId)).userSelect).toBe('all');
  });

  it('given a modal dialog over the page, should keep the toasts on top of it where the pointer lands', async () => {
    renderInKit(<VodErrorToaster />);
    act(() => {
      toastVodError(aliyunVideoNotFound);
      toastVodError(aliyunThrottled);
    });
    const region = await screen.findByRole('region', { name: 'Notifications (Alt+T)' });
    const [first, second] = await within(region).findAllByRole('listitem');
    await userEvent.click(within(first as HTMLElement).getByRole('button', { name: 'Details' }));
    await screen.findByRole('dialog');
    const dismiss = within(second as HTMLElement).getByRole('button', { name: 'Dismiss' });
    const box = dismiss.getBoundingClientRect();
    expect(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.closest('button')).toBe(dismiss);
  });

  it.each([
    ['motion is allowed', 'no-preference', 'vod-toast-in'],
    ['prefers-reduced-motion', 'reduce', 'none'],
  ] as const)('given %s, should animate toasts accordingly', async (_name, preference, animationName) => {
    await setReducedMotion(preference);
    renderInKit(<VodErrorToaster />);
    act(() => {
      toastVodError(aliyunVideoNotFound);
    });
    const [toast] = await within(await screen.findByRole('region', { name: 'Notifications (Alt+T)' })).findAllByRole('listitem');
    expect(getComputedStyle(toast as HTMLElement).animationName).toBe(animationName);
  });
});
