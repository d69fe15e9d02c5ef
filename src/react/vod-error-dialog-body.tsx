import * as Dialog from '@radix-ui/react-dialog';
import { vodErrorViewFacts } from '../core/error-view.js';
import type { ReactNode } from 'react';
import { isTrustedProviderUrl, vodErrorLinks } from '../core/links.js';
import type { VodError } from '../core/model.js';
import { useVodErrorConfig, type VodSupportContact } from './context.js';
import { CopyButton } from './copy-button.js';
import { CloseIcon, CopyIcon, SeverityIcon } from './icons.js';
import { RequestIdRow } from './request-id-row.js';
import { useVodErrorText } from './use-vod-error-text.js';
import { localizedSupportReport } from '../i18n/describe-vod-error.js';
import { pageReportContext } from './page-report-context.js';
import { vodValueLabels } from '../i18n/value-labels.js';

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

/**
 * What the details dialog shows inside Radix's `Dialog.Content`: header, texts, the fields support
 * asks for, the server message, developer detail, provider links and the report actions.
 *
 * @example
 * ```tsx
 * <Dialog.Content><DialogBody error={error} lng="zh-CN" /></Dialog.Content>
 * ```
 */
export function DialogBody({ error, lng }: { readonly error: VodError; readonly lng: string | undefined }): ReactNode {
  const { supportContact, site } = useVodErrorConfig();
  const { text, ui, language } = useVodErrorText(error, lng);
  const field = (name: string) => ui(`field>${name}`);
  const valueLabels = vodValueLabels(error, ui);
  const report = (): string =>
    localizedSupportReport(error, text, ui, pageReportContext(site));
  const rows: Array<[string, ReactNode]> = [
    [field('provider'), valueLabels.provider],
    [field('code'), <code translate="no">{error.code}</code>],
  ];
  if (error.subCode !== undefined) rows.push([field('subCode'), <code translate="no">{error.subCode}</code>]);
  if (error.httpStatus !== undefined) rows.push([field('httpStatus'), String(error.httpStatus)]);
  rows.push([
    field('requestId'),
    error.requestId !== undefined ? (
      <RequestIdRow requestId={error.requestId} ui={ui} showLabel={false} />
    ) : (
      <span data-vod-part="no-request-id">{ui('noRequestId')}</span>
    ),
  ]);
  if (error.hostId !== undefined) rows.push([field('hostId'), <code translate="no">{error.hostId}</code>]);
  if (error.traceId !== undefined) rows.push([field('traceId'), <code translate="no">{error.traceId}</code>]);
  rows.push([field('time'), <time dateTime={new Date(error.timestamp).toISOString()} suppressHydrationWarning>{formatTime(error.timestamp, language)}</time>]);
  rows.push([field('category'), valueLabels.category]);
  rows.push([field('retryable'), valueLabels.retryable]);
  // Links are re-checked here: a VodError can come from anywhere, and only https links to the
  // provider's own domains are ever rendered.
  const links = vodErrorLinks(error, site).filter((link) => isTrustedProviderUrl(link.url, error.provider));
  const contactHref = supportHref(supportContact);
  // When the person cannot fix it (a permission, the account, a quota), reaching support is the
  // next step, so it is the filled button; otherwise Close is.
  const contactFirst =
    (contactHref !== undefined || typeof supportContact === 'function') &&
    vodErrorViewFacts(error, { hasSupportContact: true }).primaryAction === 'contact-support';
  const primary = (first: boolean) => (first ? 'primary' : undefined);
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
          <a data-vod-part="contact" data-vod-button={primary(contactFirst)} href={contactHref} target="_blank" rel="noopener noreferrer">
            {ui('contactSupport')}
          </a>
        )}
        {typeof supportContact === 'function' && (
          <button type="button" data-vod-part="contact" data-vod-button={primary(contactFirst)} onClick={() => supportContact(error, report())}>
            {ui('contactSupport')}
          </button>
        )}
        <Dialog.Close data-vod-part="close-footer" data-vod-button={primary(!contactFirst)}>
          {ui('close')}
        </Dialog.Close>
      </div>
    </>
  );
}

