import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VodErrorAlert, VodErrorDialog } from '../../../src/react/index';
import type { TestEnvironment } from '../environment';
import { aliyunRequestId, aliyunVideoNotFound, huaweiAssetNotFound, huaweiRequestId, tencentFileNotFound, tencentRequestId } from '../envelopes';
import { renderInKit } from '../render-in-kit';
import { removeClipboardApi } from '../clipboard-api';

interface ExecCommandCall {
  readonly command: string;
  /** The text selected when the command ran: what `copy` would put on the clipboard. */
  readonly selectedText: string;
}

function selectedText(): string {
  const active = document.activeElement;
  if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) {
    return active.value.slice(active.selectionStart ?? 0, active.selectionEnd ?? 0);
  }
  return document.getSelection()?.toString() ?? '';
}

/**
 * Replaces `document.execCommand` for one test. `native` keeps the browser's own behaviour
 * (jsdom has none), a boolean makes every call answer that.
 */
function interceptExecCommand(outcome: boolean | 'native'): { calls: ExecCommandCall[]; restore: () => void } {
  const calls: ExecCommandCall[] = [];
  const native = (Document.prototype as { execCommand?: Document['execCommand'] }).execCommand;
  Object.defineProperty(document, 'execCommand', {
    configurable: true,
    writable: true,
    value: (command: string, showUi?: boolean, value?: string) => {
      calls.push({ command, selectedText: selectedText() });
      if (outcome === 'native') return native?.call(document, command, showUi, value) ?? false;
      return outcome;
    },
  });
  return { calls, restore: () => void delete (document as { execCommand?: unknown }).execCommand };
}

function denyClipboardApi(): void {
  vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError'));
}

const COPY_FAILED = "Couldn't copy automatically. The text is selected: press Ctrl+C (⌘+C on a Mac) to copy it.";

/** Copying the RequestId support asks for: the Clipboard API, then execCommand, then a selection. */
export function clipboardScenarios(env: TestEnvironment): void {
  describe('copying the RequestId', () => {
    let restoreExecCommand: (() => void) | undefined;
    afterEach(() => {
      restoreExecCommand?.();
      restoreExecCommand = undefined;
      vi.restoreAllMocks();
      document.getSelection()?.removeAllRanges();
    });

    it.each([
      { provider: 'Alibaba', input: aliyunVideoNotFound, requestId: aliyunRequestId },
      { provider: 'Tencent', input: tencentFileNotFound, requestId: tencentRequestId },
      { provider: 'Huawei', input: huaweiAssetNotFound, requestId: huaweiRequestId },
    ])('given a $provider alert, when the user clicks Copy RequestId, should put exactly the RequestId on the clipboard', async ({ input, requestId }) => {
      const user = env.setupUser();
      renderInKit(<VodErrorAlert error={input} />);
      await user.click(screen.getByRole('button', { name: `Copy RequestId ${requestId}` }));
      await waitFor(async () => expect(await env.readClipboard()).toBe(requestId));
    });

    it('given a successful copy, should announce Copied in a polite status and on the button', async () => {
      const user = env.setupUser();
      renderInKit(<VodErrorAlert error={aliyunVideoNotFound} />, { lng: 'zh-CN' });
      const button = screen.getByRole('button', { name: `复制 RequestId ${aliyunRequestId}` });
      await user.click(button);
      await waitFor(() => expect(button).toHaveTextContent('已复制'));
      const status = within(screen.getByRole('alert')).getByRole('status');
      expect(status).toHaveTextContent('已复制');
      expect(status).toHaveAttribute('aria-live', 'polite');
    });

    it('given the open dialog, when the user clicks its Copy RequestId, should copy exactly the RequestId', async () => {
      const user = env.setupUser();
      renderInKit(<VodErrorDialog error={tencentFileNotFound} defaultOpen />);
      const dialog = await screen.findByRole('dialog');
      await user.click(within(dialog).getByRole('button', { name: `Copy RequestId ${tencentRequestId}` }));
      await waitFor(async () => expect(await env.readClipboard()).toBe(tencentRequestId));
    });

    it('given the Clipboard API is denied, when the user copies, should fall back to execCommand("copy") with exactly the RequestId selected', async () => {
      const user = env.setupUser();
      renderInKit(<VodErrorAlert error={aliyunVideoNotFound} />);
      denyClipboardApi();
      const exec = interceptExecCommand(env.name === 'chromium' ? 'native' : true);
      restoreExecCommand = exec.restore;
      const button = screen.getByRole('button', { name: `Copy RequestId ${aliyunRequestId}` });
      await user.click(button);
      await waitFor(() => expect(button).toHaveTextContent('Copied'));
      expect(exec.calls).toEqual([{ command: 'copy', selectedText: aliyunRequestId }]);
    });

    it('given the execCommand fallback, should give focus back to the copy button', async () => {
      const user = env.setupUser();
      renderInKit(<VodErrorAlert error={aliyunVideoNotFound} />);
      denyClipboardApi();
      restoreExecCommand = interceptExecCommand(true).restore;
      const button = screen.getByRole('button', { name: `Copy RequestId ${aliyunRequestId}` });
      await user.click(button);
      await waitFor(() => expect(button).toHaveTextContent('Copied'));
      expect(button).toHaveFocus();
    });

    it('given both the Clipboard API and execCommand refused, should select the RequestId and tell the user to press Ctrl+C', async () => {
      const user = env.setupUser();
      renderInKit(<VodErrorAlert error={aliyunVideoNotFound} />);
      denyClipboardApi();
      restoreExecCommand = interceptExecCommand(false).restore;
      await user.click(screen.getByRole('button', { name: `Copy RequestId ${aliyunRequestId}` }));
      await waitFor(() => expect(within(screen.getByRole('alert')).getByRole('status')).toHaveTextContent(COPY_FAILED));
      expect(document.getSelection()?.toString()).toBe(aliyunRequestId);
    });

    it('given the copy failed, should keep the RequestId visible as text', async () => {
      const user = env.setupUser();
      renderInKit(<VodErrorAlert error={aliyunVideoNotFound} />);
      denyClipboardApi();
      restoreExecCommand = interceptExecCommand(false).restore;
      await user.click(screen.getByRole('button', { name: `Copy RequestId ${aliyunRequestId}` }));
      await waitFor(() => expect(within(screen.getByRole('alert')).getByRole('status')).toHaveTextContent(COPY_FAILED));
      expect(screen.getByText(aliyunRequestId)).toBeVisible();
    });

    it('given no async Clipboard API (an in-app browser), when the user copies, should still copy exactly the RequestId and say Copied', async () => {
      const user = env.setupUser();
      renderInKit(<VodErrorAlert error={aliyunVideoNotFound} />);
      const restoreClipboard = removeClipboardApi();
      // Chromium copies for real; jsdom has no execCommand, so there it answers true.
      const exec = interceptExecCommand(env.name === 'chromium' ? 'native' : true);
      restoreExecCommand = () => {
        exec.restore();
        restoreClipboard();
      };
      const button = screen.getByRole('button', { name: `Copy RequestId ${aliyunRequestId}` });
      await user.click(button);
      await waitFor(() => expect(button).toHaveTextContent('Copied'));
      expect(exec.calls).toEqual([{ command: 'copy', selectedText: aliyunRequestId }]);
      if (env.name === 'chromium') {
        restoreClipboard();
        expect(await env.readClipboard()).toBe(aliyunRequestId);
      }
    });

    it('given no async Clipboard API and execCommand refused, should select the RequestId and show the Ctrl+C hint on screen', async () => {
      const user = env.setupUser();
      renderInKit(<VodErrorAlert error={aliyunVideoNotFound} />);
      const restoreClipboard = removeClipboardApi();
      const exec = interceptExecCommand(false);
      restoreExecCommand = () => {
        exec.restore();
        restoreClipboard();
      };
      await user.click(screen.getByRole('button', { name: `Copy RequestId ${aliyunRequestId}` }));
      const status = within(screen.getByRole('alert')).getByRole('status');
      await waitFor(() => expect(status).toHaveTextContent(COPY_FAILED));
      // Shown, not only announced: the user has to act on it.
      expect(status.style.position).not.toBe('absolute');
      expect(status).toBeVisible();
      expect(document.getSelection()?.toString()).toBe(aliyunRequestId);
    });

    it('given the open dialog and a refused clipboard, should select the RequestId inside the dialog', async () => {
      const user = env.setupUser();
      renderInKit(<VodErrorDialog error={huaweiAssetNotFound} defaultOpen />);
      const dialog = await screen.findByRole('dialog');
      denyClipboardApi();
      restoreExecCommand = interceptExecCommand(false).restore;
      await user.click(within(dialog).getByRole('button', { name: `Copy RequestId ${huaweiRequestId}` }));
      await waitFor(() => expect(document.getSelection()?.toString()).toBe(huaweiRequestId));
      expect(dialog).toContainElement(document.getSelection()?.anchorNode?.parentElement ?? null);
    });
  });
}
