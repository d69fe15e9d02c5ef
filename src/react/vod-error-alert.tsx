import { forwardRef, lazy, Suspense, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { classNames } from './class-names.js';
import { useVodErrorConfig } from './context.js';
import { vodErrorViewFacts, type VodRetryMode } from '../core/error-view.js';
import { localizedSupportReport } from '../i18n/describe-vod-error.js';
import { pageReportContext } from './page-report-context.js';
import { CloseIcon, SeverityIcon } from './icons.js';
import { KitBoundary } from './kit-boundary.js';
import { RequestIdRow } from './request-id-row.js';
import { useNormalizedVodError } from './use-normalized-error.js';
import { useVodErrorText } from './use-vod-error-text.js';
import type { VodError } from '../core/model.js';
import { visuallyHidden } from './visually-hidden.js';

// The dialog is the heaviest part (Radix, focus trap); load it when someone opens it.
const loadDialog = () => import('./vod-error-dialog.js');
const LazyVodErrorDialog = lazy(async () => ({ default: (await loadDialog()).VodErrorDialog }));

export interface VodErrorAlertProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title' | 'role' | 'children'> {
  /** Anything caught: a body, an SDK error, a Response's JSON, a `VodError`. `null` renders nothing. */
  readonly error: unknown;
  /**
   * The app's retry. The Retry button shows only when retrying can help (the error is
   * retryable) or `retry="always"` says the app knows better.
   */
  readonly onRetry?: () => void;
  /**
   * `auto` (default): Retry only for retryable errors; otherwise the first action is Details,
   * or Contact support when the person cannot fix it and the provider has a contact.
   * `always`: the app has changed something (a new token, an edited form), so Retry is honest.
   */
  readonly retry?: VodRetryMode;
  /** Shows a Dismiss button. */
  readonly onDismiss?: () => void;
  /** A retry is under way: the Retry button shows progress and is disabled. */
  readonly retrying?: boolean;
  /** One line: title and remediation, no description. */
  readonly compact?: boolean;
  /** Shows the Details button that opens the support dialog. Default `true`. */
  readonly showDetails?: boolean;
  /** Language for this alert only. */
  readonly lng?: string;
  /** Drops the kit's class names, for apps that style the data attributes themselves. */
  readonly unstyled?: boolean;
  /** Extra actions, rendered after the kit's buttons. */
  readonly children?: ReactNode;
}

interface AlertBodyProps extends VodErrorAlertProps {
  readonly normalized: VodError;
  readonly forwardedRef: React.ForwardedRef<HTMLDivElement>;
}

function AlertBody(props: AlertBodyProps): ReactNode {
  const {
    normalized: error,
    forwardedRef,
    error: _input,
    onRetry,
    retry,
    onDismiss,
    retrying = false,
    compact = false,
    showDetails = true,
    lng,
    unstyled = false,
    className,
    children,
    ...rest
  } = props;
  const { theme, supportContact, site } = useVodErrorConfig();
  const { text, ui, language } = useVodErrorText(error, lng);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [dialogMounted, setDialogMounted] = useState(false);
  const facts = vodErrorViewFacts(error, { retry, appCanRetry: onRetry !== undefined, hasSupportContact: supportContact !== undefined });
  const showRetry = onRetry !== undefined && facts.canRetry;
  const contactHref = typeof supportContact === 'string' && /^(?:https:\/\/|mailto:)/i.test(supportContact) ? supportContact : undefined;
  const showContact = facts.primaryAction === 'contact-support' && (contactHref !== undefined || typeof supportContact === 'function');
  // The first action is filled; with no Retry and no contact it is Details, except on a notice
  // ("nothing was changed"), which asks for nothing.
  const detailsIsPrimary = !showRetry && !showContact && error.severity !== 'info';
  const report = () =>
    localizedSupportReport(error, text, ui, pageReportContext(site));
  const openDialog = () => {
    setDialogMounted(true);
    setDialogOpen(true);
  };
  return (
    <div
      ref={forwardedRef}
      // Errors and warnings interrupt; notices wait their turn.
      role={error.severity === 'info' ? 'status' : 'alert'}
      lang={language}
      data-vod-alert=""
      data-severity={error.severity}
      data-category={error.category}
      data-provider={error.provider}
      data-retryable={String(error.retryable)}
      data-compact={compact ? '' : undefined}
      data-vod-theme={theme === 'page' ? undefined : theme}
      className={classNames(!unstyled && 'vod-alert', className)}
      {...rest}
    >
      <span data-vod-part="icon">
        <SeverityIcon severity={error.severity} />
      </span>
      <div data-vod-part="body">
        <p data-vod-part="title">
          <span data-vod-visually-hidden="" style={visuallyHidden}>{ui(`severity>${error.severity}`)}: </span>
          {text.title}
        </p>
        {!compact && <p data-vod-part="description">{text.description}</p>}
        <p data-vod-part="remediation">{text.remediation}</p>
        {error.requestId !== undefined && <RequestIdRow requestId={error.requestId} ui={ui} />}
        {(showRetry || showContact || showDetails || children !== undefined) && (
          <div data-vod-part="actions">
            {showRetry && (
              <button type="button" data-vod-part="retry" data-vod-button="primary" onClick={onRetry} disabled={retrying} aria-busy={retrying || undefined}>
                {retrying ? ui('retrying') : ui('retry')}
              </button>
            )}
            {showContact && contactHref !== undefined && (
              <a data-vod-part="contact" data-vod-button="primary" href={contactHref} target="_blank" rel="noopener noreferrer">
                {ui('contactSupport')}
              </a>
            )}
            {showContact && typeof supportContact === 'function' && (
              <button type="button" data-vod-part="contact" data-vod-button="primary" onClick={() => supportContact(error, report())}>
                {ui('contactSupport')}
              </button>
            )}
            {showDetails && (
              <button
                type="button"
                data-vod-part="details"
                data-vod-button={detailsIsPrimary ? 'primary' : undefined}
                aria-haspopup="dialog"
                aria-expanded={dialogOpen}
                onClick={openDialog}
                onPointerEnter={() => void loadDialog()}
                onFocus={() => void loadDialog()}
              >
                {ui('details')}
              </button>
            )}
            {children}
          </div>
        )}
      </div>
      {onDismiss !== undefined && (
        <button type="button" data-vod-part="dismiss" aria-label={ui('dismiss')} title={ui('dismiss')} onClick={onDismiss}>
          <CloseIcon />
        </button>
      )}
      {dialogMounted && (
        <Suspense fallback={null}>
          <LazyVodErrorDialog error={error} open={dialogOpen} onOpenChange={setDialogOpen} lng={lng} unstyled={unstyled} />
        </Suspense>
      )}
    </div>
  );
}

/**
 * An inline alert for forms and upload UIs: what happened, what to do, the RequestId with a
 * copy button, and Details/Retry/Dismiss actions. Takes any caught value.
 *
 * @example
 * ```tsx
 * const { error, run, retry } = useVodError();
 * // Retry shows only for errors a second try can fix (throttling, timeouts, 5xx).
 * <VodErrorAlert error={error} onRetry={retry} />
 * ```
 */
export const VodErrorAlert = forwardRef<HTMLDivElement, VodErrorAlertProps>(function VodErrorAlert(props, ref) {
  const normalized = useNormalizedVodError(props.error);
  if (normalized === null) return null;
  return (
    <KitBoundary fallback={<FallbackAlert code={normalized.code} requestId={normalized.requestId} />}>
      <AlertBody {...props} normalized={normalized} forwardedRef={ref} />
    </KitBoundary>
  );
});

/** What is left when the alert itself failed to render: the identifiers support needs. */
function FallbackAlert({ code, requestId }: { readonly code: string; readonly requestId: string | undefined }): ReactNode {
  return (
    <div role="alert" data-vod-alert="" data-severity="error" data-vod-fallback="">
      {code}
      {requestId !== undefined && ` · RequestId ${requestId}`}
    </div>
  );
}
