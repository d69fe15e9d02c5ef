// Swipe-to-dismiss on touch, driven by synthetic pointer events in real Chromium (real layout,
// real stylesheet, real animations), and the toast's data-state through its exit.
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { TOAST_SWIPE_THRESHOLD_PX } from '../../src/react/use-toast-swipe';
import { toastVodError, VodErrorToaster } from '../../src/react/index';
import { aliyunRequestId, aliyunVideoNotFound } from '../support/envelopes';
import { renderInKit } from '../support/render-in-kit';

type PointerKind = 'touch' | 'mouse';

function pointer(target: Element, type: string, x: number, y: number, pointerType: PointerKind): void {
  target.dispatchEvent(new PointerEvent(type, { pointerId: 7, pointerType, isPrimary: true, clientX: x, clientY: y, bubbles: true, cancelable: true, composed: true }));
}

/** A finger (or mouse) pressing on `target`, moving by `dx`/`dy` in steps, and lifting. */
async function drag(target: Element, dx: number, dy: number, { pointerType = 'touch', release = true }: { pointerType?: PointerKind; release?: boolean } = {}): Promise<void> {
  const box = target.getBoundingClientRect();
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  pointer(target, 'pointerdown', x, y, pointerType);
  const steps = 5;
  for (let step = 1; step <= steps; step++) {
    // Moves go to the toast as they would under pointer capture.
    pointer(target, 'pointermove', x + (dx * step) / steps, y + (dy * step) / steps, pointerType);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  if (release) pointer(target, 'pointerup', x + dx, y + dy, pointerType);
}

async function showToast(): Promise<HTMLElement> {
  renderInKit(<VodErrorToaster />);
  act(() => {
    toastVodError(aliyunVideoNotFound, { duration: Infinity });
  });
  const [toast] = await within(await screen.findByRole('region', { name: 'Notifications (Alt+T)' })).findAllByRole('listitem');
  return toast as HTMLElement;
}

const swipeOffset = (toast: HTMLElement) => toast.style.getPropertyValue('--vod-toast-swipe');
const toastsLeft = () => screen.queryAllByRole('listitem').length;

describe('toast swipe on touch', () => {
  // The real mouse stays wherever an earlier test file left it: over the toaster it pauses the
  // timers (hover is a reason to pause), so it is moved off the page first.
  beforeEach(async () => {
    await cdp().send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: 5000, y: 5000 });
  });

  afterEach(async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
  });

  it('given a finger dragging a toast sideways, should follow it through --vod-toast-swipe and mark data-swipe="move"', async () => {
    const toast = await showToast();
    await drag(within(toast).getByText('Video not found'), 40, 0, { release: false });
    await waitFor(() => expect(toast).toHaveAttribute('data-swipe', 'move'));
    expect(swipeOffset(toast)).toBe('40px');
    expect(getComputedStyle(toast).transform).toBe('matrix(1, 0, 0, 1, 40, 0)');
  });

  it('given a swipe past the threshold, should dismiss the toast', async () => {
    const toast = await showToast();
    await drag(within(toast).getByText('Video not found'), TOAST_SWIPE_THRESHOLD_PX + 20, 0);
    await waitFor(() => expect(toastsLeft()).toBe(0));
  });

  it('given a swipe towards the other side past the threshold, should dismiss the toast too', async () => {
    const toast = await showToast();
    await drag(within(toast).getByText('Video not found'), -(TOAST_SWIPE_THRESHOLD_PX + 20), 0);
    await waitFor(() => expect(toastsLeft()).toBe(0));
  });

  it('given a swipe shorter than the threshold, should snap the toast back and keep it', async () => {
    const toast = await showToast();
    await drag(within(toast).getByText('Video not found'), TOAST_SWIPE_THRESHOLD_PX - 20, 0);
    await waitFor(() => expect(toast).toHaveAttribute('data-swipe', 'cancel'));
    expect({ offset: swipeOffset(toast), toasts: toastsLeft() }).toEqual({ offset: '0px', toasts: 1 });
  });

  it('given a mostly vertical drag (the page scrolling), should not move the toast', async () => {
    const toast = await showToast();
    await drag(within(toast).getByText('Video not found'), 30, 120);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect({ swipe: toast.getAttribute('data-swipe'), offset: swipeOffset(toast), toasts: toastsLeft() }).toEqual({ swipe: null, offset: '', toasts: 1 });
  });

  it('given a touch that starts on the RequestId, should leave the toast still so the text can be selected', async () => {
    const toast = await showToast();
    await drag(within(toast).getByText(aliyunRequestId), TOAST_SWIPE_THRESHOLD_PX + 40, 0);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect({ swipe: toast.getAttribute('data-swipe'), toasts: toastsLeft() }).toEqual({ swipe: null, toasts: 1 });
  });

  it('given a mouse drag (selecting text on a desktop), should not swipe', async () => {
    const toast = await showToast();
    await drag(within(toast).getByText('Video not found'), TOAST_SWIPE_THRESHOLD_PX + 40, 0, { pointerType: 'mouse' });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect({ swipe: toast.getAttribute('data-swipe'), toasts: toastsLeft() }).toEqual({ swipe: null, toasts: 1 });
  });

  it('given text selected in the toast, when a finger then drags sideways, should keep the selection and not swipe', async () => {
    const toast = await showToast();
    const remediation = toast.querySelector('[data-vod-part="remediation"]') as HTMLElement;
    document.getSelection()?.selectAllChildren(remediation);
    await drag(remediation, TOAST_SWIPE_THRESHOLD_PX + 40, 0);
    expect({ swipe: toast.getAttribute('data-swipe'), selected: document.getSelection()?.toString() !== '', toasts: toastsLeft() }).toEqual({ swipe: null, selected: true, toasts: 1 });
  });

  it('given a finger holding a toast mid-swipe, should keep it past its duration, then let the timer run again after it snaps back', async () => {
    renderInKit(<VodErrorToaster />);
    act(() => {
      toastVodError(aliyunVideoNotFound, { duration: 400 });
    });
    const [toast] = await within(await screen.findByRole('region', { name: 'Notifications (Alt+T)' })).findAllByRole('listitem');
    const title = within(toast as HTMLElement).getByText('Video not found');
    await drag(title, 30, 0, { release: false });
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(toastsLeft()).toBe(1);
    const box = title.getBoundingClientRect();
    pointer(title, 'pointerup', box.x + box.width / 2, box.y + box.height / 2, 'touch');
    // Nothing else holds the timers (hover, focus, an inactive page): the finger was the reason.
    expect(screen.getByRole('region', { name: 'Notifications (Alt+T)' })).not.toHaveAttribute('data-paused');
    // The 400 ms timer runs again; a generous wait only matters on a machine busy with other work.
    await waitFor(() => expect(toastsLeft()).toBe(0), { timeout: 10_000 });
  });

  describe('data-state through the exit', () => {
    it('given motion is allowed, when swiped away, should read data-state="closed" while the exit animation runs, then leave', async () => {
      await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'no-preference' }] });
      const toast = await showToast();
      expect(toast).toHaveAttribute('data-state', 'open');
      await drag(within(toast).getByText('Video not found'), TOAST_SWIPE_THRESHOLD_PX + 20, 0);
      await waitFor(() => expect(toast).toHaveAttribute('data-state', 'closed'));
      expect({ swipe: toast.getAttribute('data-swipe'), animation: getComputedStyle(toast).animationName, inList: toast.isConnected }).toEqual({ swipe: 'end', animation: 'vod-toast-out', inList: true });
      await waitFor(() => expect(toast.isConnected).toBe(false));
    });

    it('given prefers-reduced-motion, when dismissed, should leave at once without an exit animation', async () => {
      const toast = await showToast();
      // What the closed toast looked like in the moment it turned closed, before it left.
      const closedAnimations: string[] = [];
      const observer = new MutationObserver(() => {
        if (toast.getAttribute('data-state') === 'closed') closedAnimations.push(getComputedStyle(toast).animationName);
      });
      observer.observe(toast, { attributes: true, attributeFilter: ['data-state'] });
      await act(async () => {
        within(toast).getByRole('button', { name: 'Dismiss' }).click();
      });
      await waitFor(() => expect(toast.isConnected).toBe(false));
      observer.disconnect();
      expect(closedAnimations).toEqual(['none']);
    });
  });
});
