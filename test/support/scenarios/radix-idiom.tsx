import { act, screen, waitFor, within } from '@testing-library/react';
import { createRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { toastVodError, VodErrorAlert, VodErrorDialog, VodErrorToaster } from '../../../src/react/index';
import type { TestEnvironment } from '../environment';
import { aliyunRequestId, aliyunVideoNotFound, tencentFileNotFound } from '../envelopes';
import { renderInKit } from '../render-in-kit';

/** Dialog and toaster as Radix parts: forwarded refs, props passed through, app handlers first, Dialog.Root owning open state. */
export function radixIdiomScenarios(env: TestEnvironment): void {
  describe('VodErrorDialog in the Radix idiom', () => {
    it('given a ref and extra props, should forward the ref to the dialog element and pass the props to it', async () => {
      const ref = createRef<HTMLDivElement>();
      renderInKit(<VodErrorDialog ref={ref} error={aliyunVideoNotFound} open id="support-details" data-testid="details" />);
      const dialog = await screen.findByRole('dialog');
      expect({ isRef: ref.current === dialog, id: dialog.id, testId: dialog.dataset.testid, state: dialog.dataset.state }).toEqual({
        isRef: true,
        id: 'support-details',
        testId: 'details',
        state: 'open',
      });
    });

    it('given defaultOpen and onOpenChange, when the user closes it, should close on its own and tell the app', async () => {
      const user = env.setupUser();
      const onOpenChange = vi.fn();
      renderInKit(<VodErrorDialog error={aliyunVideoNotFound} defaultOpen onOpenChange={onOpenChange} />);
      const dialog = await screen.findByRole('dialog');
      await user.click(within(dialog).getAllByRole('button', { name: 'Close' })[0] as HTMLElement);
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      expect(onOpenChange.mock.calls).toEqual([[false]]);
    });

    it('given controlled open, when the user presses Escape, should ask the app and stay open until it agrees', async () => {
      const user = env.setupUser();
      const onOpenChange = vi.fn();
      renderInKit(<VodErrorDialog error={aliyunVideoNotFound} open onOpenChange={onOpenChange} />);
      await screen.findByRole('dialog');
      await user.keyboard('{Escape}');
      expect(onOpenChange.mock.calls).toEqual([[false]]);
      expect(screen.getByRole('dialog')).toBeInTheDocument();
    });

    it('given the app prevents onCloseAutoFocus, should leave focus where the app put it', async () => {
      const user = env.setupUser();
      function Page() {
        const [open, setOpen] = useState(false);
        return (
          <>
            <button type="button" onClick={() => setOpen(true)}>
              Open details
            </button>
            <input aria-label="Search" />
            <VodErrorDialog
              error={aliyunVideoNotFound}
              open={open}
              onOpenChange={setOpen}
              onCloseAutoFocus={(event) => {
                event.preventDefault();
                screen.getByRole('textbox', { name: 'Search' }).focus();
              }}
            />
          </>
        );
      }
      renderInKit(<Page />);
      await user.click(screen.getByRole('button', { name: 'Open details' }));
      await screen.findByRole('dialog');
      await user.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      expect(screen.getByRole('textbox', { name: 'Search' })).toHaveFocus();
    });
  });

  describe('VodErrorToaster in the Radix idiom', () => {
    it('given a ref and extra props, should forward the ref to the region and pass the props to it', async () => {
      const ref = createRef<HTMLElement>();
      renderInKit(<VodErrorToaster ref={ref} id="app-toasts" data-testid="toasts" style={{ zIndex: 7 }} />);
      const region = await screen.findByRole('region', { name: 'Notifications (Alt+T)' });
      expect({ isRef: ref.current === region, id: region.id, testId: region.dataset.testid, zIndex: region.style.zIndex, pointerEvents: region.style.pointerEvents }).toEqual({
        isRef: true,
        id: 'app-toasts',
        testId: 'toasts',
        zIndex: '7',
        // The kit's own style stays: toasts must remain clickable over a modal dialog.
        pointerEvents: 'auto',
      });
    });

    it('given the app handles focus on the region, should run its handler and still pause the toasts', async () => {
      const user = env.setupUser();
      const onFocus = vi.fn();
      renderInKit(<VodErrorToaster onFocus={onFocus} />);
      act(() => {
        toastVodError(aliyunVideoNotFound);
      });
      const region = await screen.findByRole('region', { name: 'Notifications (Alt+T)' });
      await within(region).findByRole('listitem');
      await user.keyboard('{Alt>}t{/Alt}');
      await waitFor(() => expect(region).toHaveAttribute('data-paused'));
      expect(onFocus).toHaveBeenCalled();
    });

    it('given an open toast, should say data-state="open"', async () => {
      renderInKit(<VodErrorToaster />);
      act(() => {
        toastVodError(tencentFileNotFound);
      });
      const [toast] = await within(await screen.findByRole('region', { name: 'Notifications (Alt+T)' })).findAllByRole('listitem');
      expect(toast).toHaveAttribute('data-state', 'open');
    });
  });

  describe('one RequestId row on every surface', () => {
    it('given the same error in an alert, a toast and the dialog, should render the same RequestId row with its Copy button', async () => {
      renderInKit(
        <>
          <VodErrorAlert error={aliyunVideoNotFound} showDetails={false} />
          <VodErrorToaster />
          <VodErrorDialog error={aliyunVideoNotFound} defaultOpen />
        </>,
      );
      act(() => {
        toastVodError(aliyunVideoNotFound);
      });
      await screen.findByRole('dialog');
      await within(await screen.findByRole('region', { name: 'Notifications (Alt+T)' })).findByRole('listitem');
      const rows = [...document.querySelectorAll('[data-vod-part="request-id-row"]')];
      expect(rows).toHaveLength(3);
      // Read from the markup: the modal dialog hides the page behind it from the accessibility tree.
      const parts = rows.map((row) => ({
        value: row.querySelector('code[data-vod-part="request-id"]')?.textContent,
        translate: row.querySelector('code')?.getAttribute('translate'),
        copy: row.querySelector('button[data-vod-part="copy-request-id"]')?.getAttribute('aria-label'),
      }));
      const expected = { value: aliyunRequestId, translate: 'no', copy: `Copy RequestId ${aliyunRequestId}` };
      expect(parts).toEqual([expected, expected, expected]);
    });
  });
}
