/**
 * Recipes: the kit's texts, honest actions, RequestId copy and details inside MUI 9
 * (`Alert`, `Snackbar`). Shown in the sandbox (Integrations/MUI), quoted in the README, tested in
 * Chromium (test/browser/integrations.test.tsx). In an app, import from 'vod-error-kit'.
 */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import { useRef, type ReactNode } from 'react';
import { useVodErrorView, type VodErrorView } from '../../src/react/use-vod-error-view';

const visuallyHidden = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

function MuiRequestId({ view }: { readonly view: VodErrorView }): ReactNode {
  const idRef = useRef<HTMLElement>(null);
  if (view.requestId === undefined) return null;
  const { copy, state, feedback } = view.copyRequestId;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minWidth: 0, mt: 0.5, fontSize: 13 }}>
      <span>{view.labels.requestId}</span>
      <code ref={idRef} title={view.requestId} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 }}>
        {view.requestId}
      </code>
      <Button size="small" color="inherit" variant="outlined" aria-label={view.labels.copyRequestId} onClick={() => void copy(idRef.current)} sx={{ flex: 'none' }}>
        {state === 'copied' ? view.labels.copied : view.labels.copy}
      </Button>
      <span role="status" style={state === 'selected' || state === 'failed' ? undefined : visuallyHidden}>
        {feedback}
      </span>
    </Stack>
  );
}

function MuiActions({ view }: { readonly view: VodErrorView }): ReactNode {
  const contact = view.contactSupport;
  return (
    <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
      {view.onRetry && (
        <Button color="inherit" variant="outlined" size="small" onClick={view.onRetry}>
          {view.labels.retry}
        </Button>
      )}
      {view.primaryAction === 'contact-support' && contact?.href !== undefined && (
        <Button color="inherit" size="small" href={contact.href} rel="noopener noreferrer">
          {view.labels.contactSupport}
        </Button>
      )}
      {view.primaryAction === 'contact-support' && contact?.onClick !== undefined && (
        <Button color="inherit" size="small" onClick={contact.onClick}>
          {view.labels.contactSupport}
        </Button>
      )}
      <Button color="inherit" size="small" aria-haspopup="dialog" onClick={view.openDetails}>
        {view.labels.details}
      </Button>
    </Stack>
  );
}

function MuiAlertContent({ view, variant, onClose }: { readonly view: VodErrorView; readonly variant?: 'standard' | 'filled'; readonly onClose?: () => void }): ReactNode {
  return (
    // Actions go under the text, not in Alert's `action` slot: beside the text they squeeze it
    // (and push Details off a phone screen); the slot keeps the close button.
    <Alert severity={view.error.severity} role={view.role} variant={variant} onClose={onClose} {...view.dataAttributes} sx={{ '& .MuiAlert-message': { minWidth: 0 } }}>
      <AlertTitle>{view.text.title}</AlertTitle>
      {view.text.remediation}
      <MuiRequestId view={view} />
      <MuiActions view={view} />
    </Alert>
  );
}

/**
 * MUI `Alert` for a caught error: title, remediation, RequestId with Copy, honest actions, and
 * the kit's details dialog.
 *
 * @example
 * ```tsx
 * <MuiVodErrorAlert error={error} onRetry={reload} />
 * ```
 */
export function MuiVodErrorAlert({ error, onRetry }: { readonly error: unknown; readonly onRetry?: () => void }): ReactNode {
  const view = useVodErrorView(error, { onRetry });
  if (view === null) return null;
  return (
    <>
      <MuiAlertContent view={view} />
      {view.detailsDialog}
    </>
  );
}

/**
 * MUI `Snackbar` holding the same Alert. It does not hide by itself while it shows a RequestId
 * (support needs it); the user closes it.
 *
 * @example
 * ```tsx
 * <MuiVodErrorSnackbar error={error} onClose={() => setError(null)} />
 * ```
 */
export function MuiVodErrorSnackbar({ error, onClose, onRetry }: { readonly error: unknown; readonly onClose: () => void; readonly onRetry?: () => void }): ReactNode {
  const view = useVodErrorView(error, { onRetry });
  return (
    <>
      <Snackbar
        open={view !== null}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
        autoHideDuration={view?.requestId === undefined ? 6000 : null}
        // A click elsewhere (opening Details) must not close it.
        onClose={(_event, reason) => reason !== 'clickaway' && onClose()}
      >
        {/* A set width: the RequestId row never wraps, and a content-sized Snackbar would grow
            past the screen's edge with it. */}
        <div style={{ width: 'min(520px, calc(100vw - 16px))' }}>{view && <MuiAlertContent view={view} variant="filled" onClose={onClose} />}</div>
      </Snackbar>
      {view?.detailsDialog}
    </>
  );
}
