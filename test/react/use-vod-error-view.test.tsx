// useVodErrorView as a design system uses it: texts, honest retry, copy (also without the async
// Clipboard API, as in WeChat/QQ/Alipay webviews) and the details dialog.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { vodErrorResources } from '../../src/i18n/all-resources';
import { VodErrorProvider, useVodErrorView } from '../../src/react/index';
import { removeClipboardApi } from '../support/clipboard-api';

const forbiddenRam = { Code: 'Forbidden.RAM', RequestId: '5C6F2E1A-9B3D-4A7E-8F10-2D4C6B8A0E12', Message: 'User not authorized.' };
const throttled = { Code: 'Throttling.User', RequestId: '0A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9', Message: 'Request was denied due to user flow control.' };

/** The smallest design-system surface: a paragraph and plain buttons. */
function PlainSurface({ error, onRetry }: { readonly error: unknown; readonly onRetry?: () => void }): ReactNode {
  const view = useVodErrorView(error, { onRetry });
  const idRef = useRef<HTMLElement>(null);
  if (view === null) return <p>no error</p>;
  return (
    <section aria-label="surface">
      <h2>{view.text.title}</h2>
      <p>{view.text.remediation}</p>
      <code ref={idRef}>{view.requestId}</code>
      <button type="button" aria-label={view.labels.copyRequestId} onClick={() => void view.copyRequestId.copy(idRef.current)}>
        {view.copyRequestId.state === 'copied' ? view.labels.copied : view.labels.copy}
      </button>
      <span role="status">{view.copyRequestId.feedback}</span>
      {view.onRetry && <button type="button" onClick={view.onRetry}>{view.labels.retry}</button>}
      <button type="button" data-primary={view.primaryAction === 'details' || undefined} onClick={view.openDetails}>
        {view.labels.details}
      </button>
      {view.detailsDialog}
    </section>
  );
}

function renderSurface(ui: ReactNode, lng = 'en-US') {
  return render(
    <VodErrorProvider lng={lng} resources={vodErrorResources}>
      {ui}
    </VodErrorProvider>,
  );
}

describe('useVodErrorView', () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
    delete (document as { execCommand?: unknown }).execCommand;
    vi.restoreAllMocks();
  });

  it('given null, should return null', () => {
    renderSurface(<PlainSurface error={null} />);
    expect(screen.getByText('no error')).toBeInTheDocument();
  });

  it('given zh-CN, should give the Chinese texts and labels', () => {
    renderSurface(<PlainSurface error={forbiddenRam} />, 'zh-CN');
    expect(screen.getByRole('button', { name: `复制 RequestId ${forbiddenRam.RequestId}` })).toHaveTextContent('复制');
    expect(screen.getByRole('button', { name: '详情' })).toBeInTheDocument();
  });

  it('given Forbidden.RAM and onRetry, should leave onRetry out and make Details primary', () => {
    renderSurface(<PlainSurface error={forbiddenRam} onRetry={() => undefined} />);
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Details' })).toHaveAttribute('data-primary');
  });

  it('given a throttled request and onRetry, should offer it', async () => {
    const onRetry = vi.fn();
    renderSurface(<PlainSurface error={throttled} onRetry={onRetry} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('given the user copies, should put the RequestId on the clipboard and say Copied', async () => {
    const user = userEvent.setup();
    renderSurface(<PlainSurface error={forbiddenRam} />);
    const button = screen.getByRole('button', { name: `Copy RequestId ${forbiddenRam.RequestId}` });
    await user.click(button);
    await waitFor(() => expect(button).toHaveTextContent('Copied'));
    expect(await navigator.clipboard.readText()).toBe(forbiddenRam.RequestId);
  });

  it('given no async Clipboard API, should copy through execCommand', async () => {
    const user = userEvent.setup();
    renderSurface(<PlainSurface error={forbiddenRam} />);
    restore = removeClipboardApi();
    let copied = '';
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: (command: string) => {
        const active = document.activeElement;
        if (command === 'copy' && active instanceof HTMLTextAreaElement) copied = active.value.slice(active.selectionStart, active.selectionEnd);
        return true;
      },
    });
    const button = screen.getByRole('button', { name: `Copy RequestId ${forbiddenRam.RequestId}` });
    await user.click(button);
    await waitFor(() => expect(button).toHaveTextContent('Copied'));
    expect(copied).toBe(forbiddenRam.RequestId);
  });

  it('given no async Clipboard API and no execCommand, should select the RequestId and give the Ctrl+C hint', async () => {
    const user = userEvent.setup();
    renderSurface(<PlainSurface error={forbiddenRam} />);
    restore = removeClipboardApi();
    await user.click(screen.getByRole('button', { name: `Copy RequestId ${forbiddenRam.RequestId}` }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('press Ctrl+C'));
    expect(document.getSelection()?.toString()).toBe(forbiddenRam.RequestId);
  });

  it('given the user opens Details, should show the kit dialog with the RequestId', async () => {
    renderSurface(<PlainSurface error={forbiddenRam} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Details' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(forbiddenRam.RequestId)).toBeInTheDocument();
  });
});
