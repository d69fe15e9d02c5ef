import * as Dialog from '@radix-ui/react-dialog';
import { useRef, useState, type ReactElement, type ReactNode } from 'react';
import { isTrustedProviderUrl } from '../core/links.js';
import type { VodError } from '../core/model.js';
import { buildSupportReport, type SupportReportLabels } from '../core/support-report.js';
import { redactUrl } from '../core/redact.js';
import { classNames } from './class-names.js';
import { useVodErrorConfig, type VodSupportContact } from './context.js';
import { CopyButton } from './copy-button.js';
import { CloseIcon, CopyIcon, SeverityIcon } from './icons.js';
import { KitBoundary } from './kit-boundary.js';
import { usePortalContainer } from './use-portal-container.js';
import { useNormalizedVodError } from './use-normalized-error.js';
import { useVodErrorText } from './use-vod-error-text.js';

export interface VodErrorDialogProps {
  /** Anything caught; normalized like `VodErrorAlert`'s. `null` renders nothing. */
  readonly error: unknown;
  /** Controlled open state. */
  readonly open?: boolean;
  /** Initial open state when uncontrolled. */
  readonly defaultOpen?: boolean;
  readonly onOpenChange?: (open: boolean) => void;
  /** An element that opens the dialog (uncontrolled use), e.g. `<button>Details</button>`. */
  readonly trigger?: ReactElement;
  readonly lng?: string;
  /** Portal target; default: the fullscreen element, the provider's container, or `body`. */
  readonly container?: HTMLElement | null;
  readonly unstyled?: boolean;
  readonly className?: string;
}

// Interacting with a toast must not close the dialog (toasts stay usable over modals).
function isInsideToaster(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[data-vod-toaster]') !== null;
}

function supportHref(contact: VodSupportContact | undefined): string | undefined {
  if (typeof contact !== 'string') return undefined;
  return /^(?:https:\/\/|mailto:)/i.test(contact) ? contact : undefined;
}

function formatTime(timestamp: number, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(timestamp);
  } catch {
    return new Date(timestamp).toISOString();
  }
}

function DialogBody({ error, lng }: { readonly error: VodError; readonly lng: string | undefined }): ReactNode {
  const { supportContact } = useVodErrorConfig();
  const { text, ui, language } = useVodErrorText(error, lng);
  const requestIdRef = useRef<HTMLElement>(null);
  const field = (name: string) => ui(`field>${name}`);
  const report = (): string => {
    const labels: SupportReportLabels = {
      heading: ui('reportHeading'),
      provider: field('provider'),
      code: field('code'),
      subCode: field('subCode'),
      httpStatus: field('httpStatus'),
      requestId: field('requestId'),
      hostId: field('hostId'),
      traceId: field('traceId'),
      time: field('time'),
      pageUrl: field('pageUrl'),
      userAgent: field('userAgent'),
      message: field('message'),
      developerDetail: field('developerDetail'),
      links: field('links'),
    };
    return buildSupportReport(error, {
      labels,
      providerName: ui(`provider>${error.provider}`),
      pageUrl: typeof location === 'undefined' ? undefined : redactUrl(location.href),
      userAgent: typeof navigator === 'undefined' ? undefined : navigator.userAgent,
      developerDetail: text.developerDetail,
    });
  };
  const rows: Array<[string, ReactNode]> = [
    [field('provider'), ui(`provider>${error.provider}`)],
    [field('code'), <code translate="no">{error.code}</code>],
  ];
  if (error.subCode !== undefined) rows.push([field('subCode'), <code translate="no">{error.subCode}</code>]);
  if (error.httpStatus !== undefined) rows.push([field('httpStatus'), String(error.httpStatus)]);
  rows.push([
    field('requestId'),
    error.requestId !== undefined ? (
      <span data-vod-part="request-id-row">
        <code ref={requestIdRef} data-vod-part="request-id" translate="no">
          {error.requestId}
        </code>
        <CopyButton
          part="copy-request-id"
          text={error.requestId}
          label={ui('copy')}
          copiedLabel={ui('copied')}
          failedLabel={ui('copyFailed')}
          ariaLabel={ui('copyRequestId', { requestId: error.requestId })}
          selectTarget={requestIdRef}
          icon={<CopyIcon />}
        />
      </span>
    ) : (
      <span data-vod-part="no-request-id">{ui('noRequestId')}</span>
    ),
  ]);
  if (error.hostId !== undefined) rows.push([field('hostId'), <code translate="no">{error.hostId}</code>]);
  if (error.traceId !== undefined) rows.push([field('traceId'), <code translate="no">{error.traceId}</code>]);
  rows.push([field('time'), <time dateTime={new Date(error.timestamp).toISOString()} suppressHydrationWarning>{formatTime(error.timestamp, language)}</time>]);
  rows.push([field('category'), <code translate="no">{error.category}</code>]);
  rows.push([field('retryable'), ui(error.retryable ? 'yes' : 'no')]);
  // Links are re-checked here: a VodError can come from anywhere, and only https links to the
  // provider's own domains are ever rendered.
  const links = error.links.filter((link) => isTrustedProviderUrl(link.url, error.provider));
  const contactHref = supportHref(supportContact);
  return (
    <>
      <div data-vod-part="header">
        <span data-vod-part="icon">
          <SeverityIcon severity={error.severity} />
        </span>
        <Dialog.Title data-vod-part="title">{text.title}</Dialog.Title>
        <Dialog.Close data-vod-part="close" aria-label={ui('close')} title={ui('close')}>
          <CloseIcon />
        </Dialog.Close>
      </div>
      <Dialog.Description data-vod-part="description">{text.description}</Dialog.Description>
      <p data-vod-part="remediation">{text.remediation}</p>
      <dl data-vod-part="fields">
        {rows.map(([label, value]) => (
          <div key={label} data-vod-part="field">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {error.message !== '' && (
        <section data-vod-part="message-section" aria-label={field('message')}>
          <h3 data-vod-part="section-title">{field('message')}</h3>
          {/* Focusable: a long message scrolls inside its box, and keyboard users must reach it. */}
          <pre data-vod-part="message" tabIndex={0}>{error.message}</pre>
        </section>
      )}
      <section data-vod-part="developer-section" aria-label={field('developerDetail')}>
        <h3 data-vod-part="section-title">{field('developerDetail')}</h3>
        <p data-vod-part="developer-detail">{text.developerDetail}</p>
      </section>
      {links.length > 0 && (
        <nav data-vod-part="links" aria-label={field('links')}>
          <ul>
            {links.map((link) => (
              <li key={link.kind}>
                <a href={link.url} target="_blank" rel="noopener noreferrer" referrerPolicy="no-referrer" data-vod-link={link.kind}>
                  {ui(`link>${link.kind}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p data-vod-part="hint">
        {/* Chinese sentences run on without a space between them. */}
        {`${ui('dialogDescription')}${language.startsWith('zh') ? '' : ' '}${ui('supportReportHint')}`}
      </p>
      <div data-vod-part="actions">
        <CopyButton
          part="copy-report"
          text={report}
          label={ui('copyReport')}
          copiedLabel={ui('reportCopied')}
          failedLabel={ui('copyFailed')}
          icon={<CopyIcon />}
        />
        {contactHref !== undefined && (
          <a data-vod-part="contact" href={contactHref} target="_blank" rel="noopener noreferrer">
            {ui('contactSupport')}
          </a>
        )}
        {typeof supportContact === 'function' && (
          <button type="button" data-vod-part="contact" onClick={() => supportContact(error, report())}>
            {ui('contactSupport')}
          </button>
        )}
        <Dialog.Close data-vod-part="close-footer" data-vod-button="primary">{ui('close')}</Dialog.Close>
      </div>
    </>
  );
}

/**
 * The detail dialog for support: provider, codes, status, RequestId, HostId/TraceId, time, the
 * server message, developer detail, provider links, and "Copy support report". Built on
 * `@radix-ui/react-dialog`: focus moves in and back, Esc closes, the page is inert behind it.
 *
 * @example
 * ```tsx
 * <VodErrorDialog error={error} trigger={<button>Details</button>} />
 * ```
 */
export function VodErrorDialog(props: VodErrorDialogProps): ReactNode {
  const error = useNormalizedVodError(props.error);
  const { theme } = useVodErrorConfig();
  const container = usePortalContainer(props.container);
  const [uncontrolledOpen, setUncontrolledOpen] = useState(props.defaultOpen ?? false);
  // Radix returns focus only to its own Trigger. Opened from elsewhere (the alert's or a
  // toast's Details button, app code), focus must still go back to where the user was.
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const open = props.open ?? uncontrolledOpen;
  const onOpenChange = (next: boolean) => {
    if (props.open === undefined) setUncontrolledOpen(next);
    props.onOpenChange?.(next);
  };
  if (error === null) return null;
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      {props.trigger !== undefined && <Dialog.Trigger asChild>{props.trigger}</Dialog.Trigger>}
      <Dialog.Portal container={container}>
        <Dialog.Overlay data-vod-dialog-overlay="" className={classNames(!props.unstyled && 'vod-dialog-overlay')} data-vod-theme={theme === 'system' ? undefined : theme} />
        <Dialog.Content
          data-vod-dialog=""
          data-severity={error.severity}
          data-category={error.category}
          data-provider={error.provider}
          data-vod-theme={theme === 'system' ? undefined : theme}
          className={classNames(!props.unstyled && 'vod-dialog', props.className)}
          onOpenAutoFocus={() => {
            // Runs before Radix moves focus in: the active element is still the opener.
            const active = document.activeElement;
            returnFocusTo.current = active instanceof HTMLElement && active !== document.body ? active : null;
          }}
          onCloseAutoFocus={(event) => {
            const opener = returnFocusTo.current;
            returnFocusTo.current = null;
            if (props.trigger !== undefined || opener === null || !opener.isConnected) return;
            event.preventDefault();
            opener.focus({ preventScroll: true });
          }}
          onPointerDownOutside={(event) => {
            if (isInsideToaster(event.target)) event.preventDefault();
          }}
          onInteractOutside={(event) => {
            if (isInsideToaster(event.target)) event.preventDefault();
          }}
        >
          <KitBoundary fallback={<Dialog.Title>{error.code}</Dialog.Title>}>
            <DialogBody error={error} lng={props.lng} />
          </KitBoundary>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
