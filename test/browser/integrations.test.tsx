// The design-system recipes (stories/integrations/*) as users meet them in real Chromium: the
// kit's texts inside antd, sonner and MUI, Copy RequestId onto the real clipboard, the details
// dialog, honest Retry, and no axe violations.
import { render, screen, waitFor, within } from '@testing-library/react';
import { App, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ReactElement, ReactNode } from 'react';
import { Toaster, toast } from 'sonner';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { normalizeVodError } from '../../src/core/normalize';
import { vodErrorResources } from '../../src/i18n/all-resources';
import { formatVodError } from '../../src/i18n/format-vod-error';
import { VodErrorProvider } from '../../src/react/context';
import { accessibleAntdTheme, AntdVodErrorAlert, AntdVodErrorModal, useAntdVodErrorMessage, useAntdVodErrorNotification } from '../../stories/integrations/antd';
import { MuiVodErrorAlert, MuiVodErrorSnackbar } from '../../stories/integrations/mui';
import { useSonnerVodError } from '../../stories/integrations/sonner';
import { expectNoAxeViolations } from '../support/axe';

// Real provider replies (the shapes the sandbox samples use).
const forbiddenRam = {
  Code: 'Forbidden.RAM',
  RequestId: '5C6F2E1A-9B3D-4A7E-8F10-2D4C6B8A0E12',
  HostId: 'vod.cn-shanghai.aliyuncs.com',
  Message: 'User not authorized to operate on the specified resource, or this API does not support RAM.',
};
const throttled = { Code: 'Throttling.User', RequestId: '0A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9', HostId: 'vod.cn-shanghai.aliyuncs.com', Message: 'Request was denied due to user flow control.' };
// The kit's own English title, whatever wording the text files hold today.
const forbiddenRamTitle = formatVodError(forbiddenRam, { lng: 'en-US' }).title;
const fileNotExist = { Response: { Error: { Code: 'ResourceNotFound.FileNotExist', Message: 'The file does not exist.' }, RequestId: 'c7a3e9f1-52b4-4d8e-a06c-1f2e3d4c5b6a' } };


function renderInKit(ui: ReactElement, lng: 'en-US' | 'zh-CN' = 'en-US') {
  return render(
    <VodErrorProvider lng={lng} resources={vodErrorResources}>
      {/* Inert outside the antd recipes; gives them a primary colour that passes WCAG AA. */}
      <ConfigProvider theme={accessibleAntdTheme} locale={lng === 'zh-CN' ? zhCN : undefined}>
        {ui}
      </ConfigProvider>
    </VodErrorProvider>,
  );
}

/**
 * antd and MUI fade their surfaces in (and ignore prefers-reduced-motion): wait until the
 * element and its ancestors are opaque, so visibility and axe's contrast read the landed frame.
 */
async function landed(element: HTMLElement): Promise<HTMLElement> {
  await waitFor(
    () => {
      for (let node: HTMLElement | null = element; node !== null; node = node.parentElement) {
        expect(getComputedStyle(node).opacity).toBe('1');
        expect(getComputedStyle(node).transform === 'none' || !getComputedStyle(node).transform.includes('scale')).toBe(true);
      }
    },
    { timeout: 3000 },
  );
  return element;
}

async function expectDetailsDialog(opener: HTMLElement, requestId: string): Promise<void> {
  await userEvent.click(opener);
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByText(requestId)).toBeVisible();
  await expectNoAxeViolations(dialog);
  await userEvent.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
}

async function expectCopiedRequestId(button: HTMLElement, requestId: string): Promise<void> {
  await userEvent.click(button);
  await waitFor(() => expect(button).toHaveTextContent('Copied'));
  expect(await navigator.clipboard.readText()).toBe(requestId);
}

const fileNotExistTitle = formatVodError(fileNotExist, { lng: 'en-US' }).title;

afterEach(() => {
  toast.dismiss();
  vi.restoreAllMocks();
});

describe('antd recipes', () => {
  it('given Forbidden.RAM in an antd Alert, should show the kit title, offer no Retry and put Details first', async () => {
    const { container } = renderInKit(<AntdVodErrorAlert error={forbiddenRam} onRetry={() => undefined} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText(forbiddenRamTitle)).toBeVisible();
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Details' })).toHaveClass('ant-btn-primary');
    await expectNoAxeViolations(container);
  });

  it('given a throttled request in an antd Alert, should offer Retry and call the app once', async () => {
    const onRetry = vi.fn();
    renderInKit(<AntdVodErrorAlert error={throttled} onRetry={onRetry} />);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  // antd spaces out two-character Chinese button labels ("复 制") unless told not to; the
  // visible text must stay part of the accessible name (WCAG 2.5.3, axe label-content-name-mismatch).
  it('given zh-CN, should show the antd Alert buttons as written and name each by its visible text', async () => {
    const { container } = renderInKit(
      <>
        <AntdVodErrorAlert error={forbiddenRam} onRetry={() => undefined} />
        <AntdVodErrorAlert error={throttled} onRetry={() => undefined} />
      </>,
      'zh-CN',
    );
    const [forbidden, throttledAlert] = screen.getAllByRole('alert') as [HTMLElement, HTMLElement];
    const copy = within(forbidden).getByRole('button', { name: `复制 RequestId ${forbiddenRam.RequestId}` });
    expect(copy).toHaveTextContent(/^复制$/);
    expect(within(forbidden).getByRole('button', { name: '详情' })).toHaveTextContent(/^详情$/);
    expect(within(throttledAlert).getByRole('button', { name: '重试' })).toHaveTextContent(/^重试$/);
    await expectNoAxeViolations(container);
  });

  it('given zh-CN, should name the antd Modal buttons by their visible text', async () => {
    renderInKit(<AntdVodErrorModal error={forbiddenRam} open onClose={() => undefined} />, 'zh-CN');
    const dialog = await landed(await screen.findByRole('dialog'));
    // antd's own close icon is also named 关闭; the recipe's footer button is the one with text.
    const footer = dialog.querySelector<HTMLElement>('.ant-modal-footer');
    expect(footer).not.toBeNull();
    expect(within(footer!).getByRole('button', { name: '关闭' })).toHaveTextContent(/^关闭$/);
    await expectNoAxeViolations(dialog);
  });

  it('given an antd Alert, when the user copies the RequestId, should put it on the real clipboard', async () => {
    renderInKit(<AntdVodErrorAlert error={forbiddenRam} />);
    await expectCopiedRequestId(screen.getByRole('button', { name: `Copy RequestId ${forbiddenRam.RequestId}` }), forbiddenRam.RequestId);
  });

  it('given an antd Alert, when the user opens Details, should show the kit dialog with the RequestId', async () => {
    renderInKit(<AntdVodErrorAlert error={forbiddenRam} />);
    await expectDetailsDialog(screen.getByRole('button', { name: 'Details' }), forbiddenRam.RequestId);
  });

  function NotifyOnClick({ error }: { readonly error: unknown }): ReactNode {
    const [notify, holder] = useAntdVodErrorNotification();
    const showMessage = useAntdVodErrorMessage();
    return (
      <>
        {holder}
        <button type="button" onClick={() => notify(error)}>notify</button>
        <button type="button" onClick={() => showMessage(error)}>message</button>
      </>
    );
  }

  it('given notification from App.useApp, should show the kit texts, copy the RequestId and open the details', async () => {
    const requestId = fileNotExist.Response.RequestId;
    renderInKit(
      <App>
        <NotifyOnClick error={fileNotExist} />
      </App>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'notify' }));
    const notice = (await screen.findByText(fileNotExistTitle)).closest<HTMLElement>('.ant-notification-notice');
    expect(notice).not.toBeNull();
    await landed(notice!);
    expect(within(notice!).getByText(`${normalizeVodError(fileNotExist).requestId}`)).toBeVisible();
    await expectNoAxeViolations(notice!);
    await expectCopiedRequestId(within(notice!).getByRole('button', { name: `Copy RequestId ${requestId}` }), requestId);
    await expectDetailsDialog(within(notice!).getByRole('button', { name: 'Details' }), requestId);
  });

  it('given message from App.useApp, should show the kit title', async () => {
    renderInKit(
      <App>
        <NotifyOnClick error={fileNotExist} />
      </App>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'message' }));
    expect(await landed(await screen.findByText(fileNotExistTitle))).toBeVisible();
  });

  it('given the details as an antd Modal, should show the texts and copy the report for support to the real clipboard', async () => {
    renderInKit(<AntdVodErrorModal error={forbiddenRam} open onClose={() => undefined} />);
    const dialog = await landed(await screen.findByRole('dialog'));
    expect(within(dialog).getByText(forbiddenRamTitle)).toBeVisible();
    await expectNoAxeViolations(dialog);
    const button = within(dialog).getByRole('button', { name: 'Copy report for support' });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveTextContent('Report copied'));
    const report = await navigator.clipboard.readText();
    expect(report.split('\n')[0]).toBe('Video service error report');
    expect(report).toContain(`RequestId: ${forbiddenRam.RequestId}`);
  });
});

describe('sonner recipe', () => {
  function ToastOnClick({ error, onRetry }: { readonly error: unknown; readonly onRetry?: () => void }): ReactNode {
    const [notify, holder] = useSonnerVodError();
    return (
      <>
        {holder}
        <Toaster />
        <button type="button" onClick={() => notify(error, { onRetry })}>toast</button>
      </>
    );
  }

  async function postToast(error: unknown, onRetry?: () => void): Promise<HTMLElement> {
    renderInKit(<ToastOnClick error={error} onRetry={onRetry} />);
    await userEvent.click(screen.getByRole('button', { name: 'toast' }));
    const toastElement = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[data-sonner-toast]');
      expect(found).not.toBeNull();
      return found!;
    });
    return toastElement;
  }

  it('given a toast, should show the kit title and remediation and pass axe', async () => {
    const toastElement = await postToast(fileNotExist);
    expect(await within(toastElement).findByText(fileNotExistTitle)).toBeVisible();
    expect(within(toastElement).getByText(fileNotExist.Response.RequestId)).toBeVisible();
    await expectNoAxeViolations(await landed(toastElement));
  });

  it('given a toast, when the user clicks Copy RequestId, should put it on the real clipboard and keep the toast', async () => {
    const requestId = fileNotExist.Response.RequestId;
    const toastElement = await postToast(fileNotExist);
    await expectCopiedRequestId(await within(toastElement).findByRole('button', { name: `Copy RequestId ${requestId}` }), requestId);
    expect(toastElement).toBeInTheDocument();
  });

  it('given a toast, when the user clicks Details, should open the kit dialog', async () => {
    const toastElement = await postToast(fileNotExist);
    await expectDetailsDialog(await within(toastElement).findByRole('button', { name: 'Details' }), fileNotExist.Response.RequestId);
  });

  it.each([
    { name: 'Forbidden.RAM', error: forbiddenRam, offered: false },
    { name: 'Throttling.User', error: throttled, offered: true },
  ])('given $name and onRetry, should offer Try again only when it can help ($offered)', async ({ error, offered }) => {
    const toastElement = await postToast(error, () => undefined);
    await within(toastElement).findByRole('button', { name: 'Details' });
    expect(within(toastElement).queryByRole('button', { name: 'Try again' }) !== null).toBe(offered);
  });
});

describe('MUI recipes', () => {
  it('given Forbidden.RAM in an MUI Alert, should show the kit title, offer no Retry and pass axe', async () => {
    const { container } = renderInKit(<MuiVodErrorAlert error={forbiddenRam} onRetry={() => undefined} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText(forbiddenRamTitle)).toBeVisible();
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('given an MUI Alert, should copy the RequestId to the real clipboard and open the details', async () => {
    renderInKit(<MuiVodErrorAlert error={forbiddenRam} />);
    await expectCopiedRequestId(screen.getByRole('button', { name: `Copy RequestId ${forbiddenRam.RequestId}` }), forbiddenRam.RequestId);
    await expectDetailsDialog(screen.getByRole('button', { name: 'Details' }), forbiddenRam.RequestId);
  });

  it('given an MUI Snackbar, should show the kit texts, copy, open the details, pass axe and close on request', async () => {
    const requestId = fileNotExist.Response.RequestId;
    const onClose = vi.fn();
    renderInKit(<MuiVodErrorSnackbar error={fileNotExist} onClose={onClose} />);
    const alert = await landed(await screen.findByRole('alert'));
    expect(within(alert).getByText(fileNotExistTitle)).toBeVisible();
    await expectNoAxeViolations(alert);
    await expectCopiedRequestId(within(alert).getByRole('button', { name: `Copy RequestId ${requestId}` }), requestId);
    await expectDetailsDialog(within(alert).getByRole('button', { name: 'Details' }), requestId);
    expect(onClose).not.toHaveBeenCalled();
    await userEvent.click(within(alert).getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

