import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { vodErrorViewFacts, type VodErrorViewFacts, type VodRetryMode } from '../core/error-view.js';
import { pageReportContext } from './page-report-context.js';
import { localizedSupportReport, vodErrorViewLabels, type VodErrorViewLabels } from '../i18n/describe-vod-error.js';
import type { VodErrorText } from '../i18n/translate.js';
import { copyText, type CopyOutcome } from './clipboard.js';
import { useVodErrorConfig, type VodSupportContact } from './context.js';
import { cachedErrorText } from './text-cache.js';
import { useNormalizedVodError } from './use-normalized-error.js';
import { useVodTexts } from './use-vod-error-text.js';

// The dialog is the heaviest part (Radix, focus trap): loaded when someone opens it.
const loadDialog = () => import('./vod-error-dialog.js');
const LazyVodErrorDialog = lazy(async () => ({ default: (await loadDialog()).VodErrorDialog }));

/** How long "Copied" stays before a copy action returns to idle. */
const COPY_FEEDBACK_MS = 2000;

/** Where a copy action is: never used, on the clipboard, left selected for Ctrl+C, or failed. */
export type VodCopyState = 'idle' | CopyOutcome;

/** A copy action and its state, for a design system's own button. */
export interface VodCopyAction {
  /**
   * Copies (Clipboard API, then `execCommand` for in-app browsers). When both are refused,
   * `selectTarget` (the element showing the text) is selected so the user can press Ctrl+C.
   */
  readonly copy: (selectTarget?: Element | null) => Promise<CopyOutcome>;
  readonly state: VodCopyState;
  /** What to show or announce for `state`: "Copied", the Ctrl+C hint, or `''` while idle. */
  readonly feedback: string;
}

/** How the app lets users reach support, ready for a link or a button. */
export type VodSupportAction = { readonly href: string; readonly onClick?: never } | { readonly onClick: () => void; readonly href?: never };

export interface UseVodErrorViewOptions {
  /** Language for this error only; default the provider's. */
  readonly lng?: string;
  /** The app's retry. `onRetry` in the result is set only when offering it is honest. */
  readonly onRetry?: () => void;
  /** `always`: offer `onRetry` even for an error that is not retryable (the app knows better). */
  readonly retry?: VodRetryMode;
}

/** Everything a design system needs for one error. See {@link useVodErrorView}. */
export interface VodErrorView extends VodErrorViewFacts {
  readonly language: string;
  readonly text: VodErrorText;
  readonly labels: VodErrorViewLabels;
  /** `onRetry` when offering it is honest, else `undefined`: render Retry only when set. */
  readonly onRetry: (() => void) | undefined;
  readonly copyRequestId: VodCopyAction;
  readonly copySupportReport: VodCopyAction;
  /** The report for a support ticket, built now (with the page URL, redacted). */
  readonly supportReport: () => string;
  /** The app's support contact, when the provider has one. */
  readonly contactSupport: VodSupportAction | undefined;
  readonly openDetails: () => void;
  readonly detailsOpen: boolean;
  /** The details dialog: render it once anywhere in your component; it loads when first opened. */
  readonly detailsDialog: ReactNode;
}

function supportActionFor(contact: VodSupportContact | undefined, error: VodErrorViewFacts['error'], report: () => string): VodSupportAction | undefined {
  if (typeof contact === 'function') return { onClick: () => contact(error, report()) };
  // Only links that open a ticket page or a mail client; never `javascript:` from config.
  if (typeof contact === 'string' && /^(?:https:\/\/|mailto:)/i.test(contact)) return { href: contact };
  return undefined;
}

function useCopyAction(text: () => string | undefined, labels: { copied: string; failed: string }): VodCopyAction {
  const [state, setState] = useState<VodCopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = useCallback(
    async (selectTarget?: Element | null): Promise<CopyOutcome> => {
      let value: string | undefined;
      try {
        value = text();
      } catch {
        value = undefined;
      }
      const outcome: CopyOutcome = value === undefined ? 'failed' : await copyText(value, selectTarget);
      setState(outcome);
      clearTimeout(timer.current);
      // A selection waits for the user's Ctrl+C: its hint stays until the next attempt.
      if (outcome === 'copied') timer.current = setTimeout(() => setState('idle'), COPY_FEEDBACK_MS);
      return outcome;
    },
    [text],
  );
  const feedback = state === 'idle' ? '' : state === 'copied' ? labels.copied : labels.failed;
  return useMemo(() => ({ copy, state, feedback }), [copy, state, feedback]);
}

/**
 * One error, ready for any design system (antd, MUI, sonner, your own): its texts and labels in
 * the provider's language, the RequestId with a copy action and its state, whether Retry is
 * honest, the details dialog and its opener, the support report and contact. `null` when
 * `error` is `null` or `undefined`.
 *
 * @example
 * ```tsx
 * function ErrorAlert({ error }: { error: unknown }) {
 *   const view = useVodErrorView(error);
 *   if (view === null) return null;
 *   return (
 *     <Alert type="error" message={view.text.title} description={view.text.remediation}
 *       action={<Button onClick={view.openDetails}>{view.labels.details}</Button>} />
 *   );
 * }
 * ```
 */
export function useVodErrorView(error: unknown, options: UseVodErrorViewOptions = {}): VodErrorView | null {
  const normalized = useNormalizedVodError(error);
  const { i18n, supportContact, site } = useVodErrorConfig();
  const { ui, language, version } = useVodTexts([normalized], options.lng);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [detailsMounted, setDetailsMounted] = useState(false);
  const facts = useMemo(
    () =>
      normalized === null
        ? null
        : vodErrorViewFacts(normalized, {
            retry: options.retry,
            appCanRetry: options.onRetry !== undefined,
            hasSupportContact: supportContact !== undefined,
          }),
    [normalized, options.retry, options.onRetry, supportContact],
  );
  const text = useMemo(() => (normalized === null ? null : cachedErrorText(i18n, version, normalized, language)), [i18n, version, normalized, language]);
  const labels = useMemo(() => (normalized === null ? null : vodErrorViewLabels(normalized, ui)), [normalized, ui]);
  const supportReport = useCallback(
    () =>
      normalized === null || text === null
        ? ''
        : localizedSupportReport(normalized, text, ui, pageReportContext(site)),
    [normalized, text, ui, site],
  );
  const requestId = normalized?.requestId;
  const readRequestId = useCallback(() => requestId, [requestId]);
  const feedbackLabels = { copied: labels?.copied ?? '', failed: labels?.copyFailed ?? '' };
  const copyRequestId = useCopyAction(readRequestId, feedbackLabels);
  const copySupportReport = useCopyAction(supportReport, { copied: labels?.reportCopied ?? '', failed: feedbackLabels.failed });
  const openDetails = useCallback(() => {
    void loadDialog();
    setDetailsMounted(true);
    setDetailsOpen(true);
  }, []);
  if (facts === null || text === null || labels === null || normalized === null) return null;
  const honestRetry = facts.canRetry ? options.onRetry : undefined;
  return {
    ...facts,
    language,
    text,
    labels,
    onRetry: honestRetry,
    copyRequestId,
    copySupportReport,
    supportReport,
    contactSupport: supportActionFor(supportContact, normalized, supportReport),
    openDetails,
    detailsOpen,
    detailsDialog: detailsMounted ? (
      <Suspense fallback={null}>
        <LazyVodErrorDialog error={normalized} open={detailsOpen} onOpenChange={setDetailsOpen} lng={options.lng} />
      </Suspense>
    ) : null,
  };
}
