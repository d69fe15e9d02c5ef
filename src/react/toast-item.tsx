import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { vodErrorViewFacts } from '../core/error-view.js';
import { classNames } from './class-names.js';
import { useVodErrorConfig } from './context.js';
import { CloseIcon, SeverityIcon } from './icons.js';
import { RequestIdRow } from './request-id-row.js';
import { cachedErrorText } from './text-cache.js';
import type { VodToast } from './toast-store.js';
import { useToastSwipe } from './use-toast-swipe.js';
import type { useVodTexts } from './use-vod-error-text.js';
import { visuallyHidden } from './visually-hidden.js';

export interface ToastItemProps {
  readonly toast: VodToast;
  /** The toaster's reasons to stop timers (hover, focus, inactive page, open details). */
  readonly paused: boolean;
  readonly durationMs: number;
  /** The toaster's texts: it already loads and follows them for every visible toast. */
  readonly texts: ReturnType<typeof useVodTexts>;
  readonly unstyled: boolean;
  /** The toast starts to close: the toaster moves keyboard focus on if it was inside. */
  readonly onClose: (id: string, viaKeyboard: boolean) => void;
  /** The toast has finished closing (its exit animation, if any, is over): remove it. */
  readonly onRemove: (id: string) => void;
  readonly onDetails: (toast: VodToast) => void;
}

/**
 * One toast: texts, count badge, RequestId row, actions, its own auto-close timer and swipe.
 * `data-state` is `open` until the toast starts closing, then `closed` while any exit animation
 * the stylesheet gives it runs; only then does it leave the store.
 *
 * @example
 * ```tsx
 * <ToastItem toast={toast} paused={false} durationMs={8000} texts={texts} unstyled={false}
 *   onClose={moveFocus} onRemove={store.dismiss} onDetails={openDetails} />
 * ```
 */
export function ToastItem({ toast, paused, durationMs, texts, unstyled, onClose, onRemove, onDetails }: ToastItemProps): ReactNode {
  const { i18n } = useVodErrorConfig();
  const { ui, language, version } = texts;
  const text = cachedErrorText(i18n, version, toast.error, language);
  const elementRef = useRef<HTMLLIElement>(null);
  const [closing, setClosing] = useState(false);
  const { error, options, count } = toast;
  // Retry only where a second try can help (or the app said `retry: 'always'`).
  const showRetry = options.onRetry !== undefined && vodErrorViewFacts(error, { retry: options.retry }).canRetry;
  const sticky = showRetry || options.action !== undefined || !Number.isFinite(durationMs);

  const close = useCallback(
    (viaKeyboard: boolean) => {
      onClose(toast.id, viaKeyboard);
      setClosing(true);
    },
    [onClose, toast.id],
  );
  const swipe = useToastSwipe(useCallback(() => close(false), [close]));

  // Remaining time survives pauses; a new occurrence (revision) starts it over.
  const remaining = useRef(durationMs);
  useEffect(() => {
    remaining.current = durationMs;
  }, [toast.revision, durationMs]);
  const timerStopped = sticky || paused || closing || swipe.phase === 'move';
  useEffect(() => {
    if (timerStopped) return;
    const started = Date.now();
    const timer = setTimeout(() => close(false), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current = Math.max(0, remaining.current - (Date.now() - started));
    };
  }, [timerStopped, toast.revision, close]);

  // Closing: wait for the exit animations the styles start on data-state="closed" (none under
  // reduced motion, in jsdom or unstyled), then leave the store.
  useLayoutEffect(() => {
    const element = elementRef.current;
    if (!closing) return;
    const running = element?.getAnimations?.() ?? [];
    if (running.length === 0) {
      onRemove(toast.id);
      return;
    }
    let cancelled = false;
    // A cancelled animation rejects `finished`: the toast goes either way.
    void Promise.allSettled(running.map((animation) => animation.finished)).then(() => {
      if (!cancelled) onRemove(toast.id);
    });
    return () => {
      cancelled = true;
    };
  }, [closing, onRemove, toast.id]);

  const titleId = `${toast.id}-title`;
  const bodyId = `${toast.id}-body`;
  return (
    <li
      ref={elementRef}
      data-vod-toast=""
      data-severity={error.severity}
      data-category={error.category}
      data-provider={error.provider}
      data-retryable={String(error.retryable)}
      data-sticky={sticky ? '' : undefined}
      data-state={closing ? 'closed' : 'open'}
      data-swipe={swipe.phase === 'idle' ? undefined : swipe.phase}
      className={classNames(!unstyled && 'vod-toast')}
      tabIndex={0}
      lang={language}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      {...swipe.handlers}
      onKeyDown={(event) => {
        // Esc closes the toast that holds focus, also from its Copy/Details/Dismiss buttons.
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.stopPropagation();
          close(true);
        }
      }}
    >
      <span data-vod-part="icon">
        <SeverityIcon severity={error.severity} />
      </span>
      <div data-vod-part="body">
        <p data-vod-part="title" id={titleId}>
          <span data-vod-visually-hidden="" style={visuallyHidden}>{ui(`severity>${error.severity}`)}: </span>
          {text.title}
          {count > 1 && (
            <span data-vod-part="count" aria-label={ui('repeated', { count })} title={ui('repeated', { count })}>
              {ui('countBadge', { count })}
            </span>
          )}
        </p>
        <p data-vod-part="remediation" id={bodyId}>
          {text.remediation}
        </p>
        {error.requestId !== undefined && <RequestIdRow requestId={error.requestId} ui={ui} />}
        <div data-vod-part="actions">
          {showRetry && (
            <button
              type="button"
              data-vod-part="retry"
              data-vod-button="primary"
              onClick={() => {
                close(false);
                options.onRetry?.();
              }}
            >
              {ui('retry')}
            </button>
          )}
          {options.action !== undefined && (
            <button type="button" data-vod-part="action" onClick={options.action.onClick}>
              {options.action.label}
            </button>
          )}
          <button
            type="button"
            data-vod-part="details"
            // Without Retry, Details (the RequestId, the report for support) is what to do next.
            data-vod-button={!showRetry && options.action === undefined && error.severity !== 'info' ? 'primary' : undefined}
            aria-haspopup="dialog"
            onClick={() => onDetails(toast)}
          >
            {ui('details')}
          </button>
        </div>
      </div>
      <button type="button" data-vod-part="dismiss" aria-label={ui('dismiss')} title={ui('dismiss')} onClick={() => close(false)}>
        <CloseIcon />
      </button>
    </li>
  );
}
