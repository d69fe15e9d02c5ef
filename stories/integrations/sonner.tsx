/**
 * Recipe: a sonner 2 toast with the kit's texts, "Copy RequestId" and "Details" actions.
 * Shown in the sandbox (Integrations/sonner), quoted in the README, tested in Chromium
 * (test/browser/integrations.test.tsx). In an app, import from 'vod-error-kit'.
 */
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { toast } from 'sonner';
import { normalizeVodError } from '../../src/core/normalize';
import { VodErrorDialog } from '../../src/react/vod-error-dialog';
import { useVodErrorView } from '../../src/react/use-vod-error-view';

const visuallyHidden = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

function ToastTitle({ error }: { readonly error: unknown }): ReactNode {
  return useVodErrorView(error)?.text.title ?? null;
}

/** What to do, then the RequestId (shown, so an in-app browser can select it for Ctrl+C). */
function ToastDescription({ error }: { readonly error: unknown }): ReactNode {
  const view = useVodErrorView(error);
  if (view === null) return null;
  return (
    <>
      {view.text.remediation}
      {view.requestId !== undefined && (
        // One line, cut at the end when narrow; the title shows and Copy copies the whole id.
        <span style={{ display: 'flex', gap: 4, marginBlockStart: 4, fontSize: 12, opacity: 0.8, whiteSpace: 'nowrap' }}>
          {view.labels.requestId}
          <code data-request-id="" title={view.requestId} style={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {view.requestId}
          </code>
        </span>
      )}
    </>
  );
}

/** sonner's action slot, as buttons with sonner's own class so they look native to it. */
function ToastActions({ error, onDetails, onRetry }: { readonly error: unknown; readonly onDetails: () => void; readonly onRetry?: () => void }): ReactNode {
  const view = useVodErrorView(error, { onRetry });
  const ref = useRef<HTMLSpanElement>(null);
  if (view === null) return null;
  const { copy, state, feedback } = view.copyRequestId;
  return (
    <span ref={ref} style={{ display: 'inline-flex', gap: 6, marginInlineStart: 'auto' }}>
      {view.onRetry && (
        <button type="button" data-button="" onClick={view.onRetry}>
          {view.labels.retry}
        </button>
      )}
      {view.requestId !== undefined && (
        <button
          type="button"
          data-button=""
          aria-label={view.labels.copyRequestId}
          // In-app browsers without a clipboard: the id shown above is selected instead.
          onClick={() => void copy(ref.current?.closest('[data-sonner-toast]')?.querySelector('[data-request-id]'))}
        >
          {state === 'copied' ? view.labels.copied : view.labels.copy}
        </button>
      )}
      <button type="button" data-button="" aria-haspopup="dialog" onClick={onDetails}>
        {view.labels.details}
      </button>
      <span role="status" style={state === 'selected' || state === 'failed' ? { fontSize: 12 } : visuallyHidden}>
        {feedback}
      </span>
    </span>
  );
}

/**
 * `notify(error)` posts a sonner toast (error or warning, as the kit classifies it) with Copy
 * RequestId and Details; `holder` renders the details dialog, which outlives the toast.
 * Render `<Toaster />` from sonner once, inside `VodErrorProvider`.
 *
 * @example
 * ```tsx
 * const [notify, holder] = useSonnerVodError();
 * // in a catch: notify(caught, { onRetry: upload })
 * return <>{holder}<UploadForm /></>;
 * ```
 */
export function useSonnerVodError(): [(error: unknown, options?: { readonly onRetry?: () => void }) => void, ReactNode] {
  const [details, setDetails] = useState<unknown>(null);
  const notify = useCallback((error: unknown, options: { readonly onRetry?: () => void } = {}) => {
    const severity = normalizeVodError(error).severity;
    const post = severity === 'error' ? toast.error : severity === 'warning' ? toast.warning : toast.info;
    post(<ToastTitle error={error} />, {
      description: <ToastDescription error={error} />,
      action: <ToastActions error={error} onDetails={() => setDetails(error)} onRetry={options.onRetry} />,
      // Long enough to read and copy; the user can close it earlier.
      duration: 12_000,
      closeButton: true,
    });
  }, []);
  const holder = <VodErrorDialog error={details} open={details !== null} onOpenChange={(open) => !open && setDetails(null)} />;
  return [notify, holder];
}
