import { Branch as DismissableLayerBranch } from '@radix-ui/react-dismissable-layer';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { VodError } from '../core/model.js';
import { classNames } from './class-names.js';
import { useVodErrorConfig } from './context.js';
import { CopyButton } from './copy-button.js';
import { CloseIcon, CopyIcon, SeverityIcon } from './icons.js';
import { KitBoundary } from './kit-boundary.js';
import { reportVodErrorOnce } from './report-error.js';
import { vodToastStore, type VodToast, type VodToastStore } from './toast-store.js';
import { cachedErrorText } from './text-cache.js';
import { usePortalContainer } from './use-portal-container.js';
import { useVodTexts } from './use-vod-error-text.js';
import { visuallyHidden } from './visually-hidden.js';

const LazyVodErrorDialog = lazy(async () => ({ default: (await import('./vod-error-dialog.js')).VodErrorDialog }));

export type VodToasterPosition = 'top-left' | 'top-center' | 'top-right' | 'bottom-left' | 'bottom-center' | 'bottom-right';

export interface VodErrorToasterProps {
  /** Toasts shown at once; the rest wait in a queue. Default 3. */
  readonly visibleToasts?: number;
  readonly position?: VodToasterPosition;
  /** Keys that move focus to the toasts (`KeyboardEvent.code` plus modifier names). Default Alt+T. */
  readonly hotkey?: readonly string[];
  /** Default auto-close time by severity, in milliseconds. */
  readonly duration?: Partial<Record<VodError['severity'], number>>;
  readonly lng?: string;
  /** Portal target; default the fullscreen element, the provider's container, or `body`. */
  readonly container?: HTMLElement | null;
  /** A store other than the page's default one (tests, micro-frontends). */
  readonly store?: VodToastStore;
  readonly unstyled?: boolean;
  readonly className?: string;
}

const subscribeNothing = () => () => undefined;
const isClient = () => true;
const isServer = () => false;

const DEFAULT_VISIBLE = 3;
const DEFAULT_HOTKEY = ['altKey', 'KeyT'] as const;
/** Reading time by severity: errors carry the most text and the most consequence. */
const DEFAULT_DURATION_MS: Record<VodError['severity'], number> = { info: 4000, warning: 6000, error: 8000 };

function hotkeyLabel(hotkey: readonly string[]): string {
  return hotkey.map((key) => key.replace(/Key$/, '').replace(/^Key/, '').replace(/^alt$/, 'Alt').replace(/^ctrl$/i, 'Ctrl').replace(/^meta$/, '⌘').replace(/^shift$/, 'Shift')).join('+');
}

function matchesHotkey(event: KeyboardEvent, hotkey: readonly string[]): boolean {
  return (
    hotkey.length > 0 &&
    hotkey.every((key) => (key.endsWith('Key') ? (event as unknown as Record<string, boolean>)[key] === true : event.code === key))
  );
}

/**
 * Page-level reasons to stop timers: the tab is hidden, or the window lost focus. Driven by the
 * blur/focus events alone: a `document.hasFocus()` sample at mount is false in any page that
 * was not clicked yet inside an iframe (Storybook, micro-frontends, embeds), which froze every
 * toast until the user happened to click.
 */
function usePageInactive(): boolean {
  const [hidden, setHidden] = useState(false);
  const [blurred, setBlurred] = useState(false);
  useEffect(() => {
    const onVisibility = () => setHidden(document.visibilityState === 'hidden');
    const onBlur = () => setBlurred(true);
    const onFocus = () => setBlurred(false);
    onVisibility();
    window.addEventListener('blur', onBlur);
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);
  return hidden || blurred;
}

interface ToastItemProps {
  readonly toast: VodToast;
  readonly paused: boolean;
  readonly durationMs: number;
  /** The toaster's texts: it already loads and follows them for every visible toast. */
  readonly texts: ToasterTexts;
  readonly unstyled: boolean;
  readonly onDismiss: (id: string, viaKeyboard: boolean) => void;
  readonly onDetails: (toast: VodToast) => void;
}

type ToasterTexts = ReturnType<typeof useVodTexts>;

function ToastItem({ toast, paused, durationMs, texts, unstyled, onDismiss, onDetails }: ToastItemProps): ReactNode {
  const { i18n } = useVodErrorConfig();
  const { ui, language, version } = texts;
  const text = cachedErrorText(i18n, version, toast.error, language);
  const requestIdRef = useRef<HTMLElement>(null);
  const { error, options, count } = toast;
  const sticky = options.onRetry !== undefined || options.action !== undefined || !Number.isFinite(durationMs);
  // Remaining time survives pauses; a new occurrence (revision) starts it over.
  const remaining = useRef(durationMs);
  useEffect(() => {
    remaining.current = durationMs;
  }, [toast.revision, durationMs]);
  useEffect(() => {
    if (sticky || paused) return;
    const started = Date.now();
    const timer = setTimeout(() => onDismiss(toast.id, false), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current = Math.max(0, remaining.current - (Date.now() - started));
    };
  }, [sticky, paused, toast.id, toast.revision, onDismiss]);
  const titleId = `${toast.id}-title`;
  const bodyId = `${toast.id}-body`;
  return (
    <li
      data-vod-toast=""
      data-severity={error.severity}
      data-category={error.category}
      data-provider={error.provider}
      data-retryable={String(error.retryable)}
      data-sticky={sticky ? '' : undefined}
      data-state="open"
      className={classNames(!unstyled && 'vod-toast')}
      tabIndex={0}
      lang={language}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onKeyDown={(event) => {
        // Esc closes the toast that holds focus, also from its Copy/Details/Dismiss buttons.
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.stopPropagation();
          onDismiss(toast.id, true);
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
        {error.requestId !== undefined && (
          <p data-vod-part="request-id-row">
            <span data-vod-part="request-id-label">{ui('field>requestId')}</span>{' '}
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
          </p>
        )}
        <div data-vod-part="actions">
          {options.onRetry !== undefined && (
            <button
              type="button"
              data-vod-part="retry"
              data-vod-button="primary"
              onClick={() => {
                onDismiss(toast.id, false);
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
          <button type="button" data-vod-part="details" aria-haspopup="dialog" onClick={() => onDetails(toast)}>
            {ui('details')}
          </button>
        </div>
      </div>
      <button type="button" data-vod-part="dismiss" aria-label={ui('dismiss')} title={ui('dismiss')} onClick={() => onDismiss(toast.id, false)}>
        <CloseIcon />
      </button>
    </li>
  );
}

function Toaster(props: VodErrorToasterProps): ReactNode {
  const store = props.store ?? vodToastStore;
  const toasts = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const { onError, theme, i18n } = useVodErrorConfig();
  const visibleCount = Math.max(1, props.visibleToasts ?? DEFAULT_VISIBLE);
  const hotkey = props.hotkey ?? DEFAULT_HOTKEY;
  const container = usePortalContainer(props.container);
  // False on the server and during hydration, true after: portals need a document.
  const mounted = useSyncExternalStore(subscribeNothing, isClient, isServer);
  const [hovered, setHovered] = useState(false);
  const [focusWithin, setFocusWithin] = useState(false);
  const [details, setDetails] = useState<VodToast | null>(null);
  const pageInactive = usePageInactive();
  const regionRef = useRef<HTMLElement>(null);
  const focusBeforeRegion = useRef<HTMLElement | null>(null);
  const announced = useRef(new Set<string>());
  const [announcement, setAnnouncement] = useState<{ polite: string; assertive: string }>({ polite: '', assertive: '' });
  const visible = useMemo(() => toasts.slice(0, visibleCount), [toasts, visibleCount]);
  const texts = useVodTexts(visible.map((toast) => toast.error), props.lng);
  const { ui, language, version } = texts;

  useEffect(() => store.setOnScreen(visibleCount), [store, visibleCount]);

  // Telemetry: every error posted, once, even those coalesced into an existing toast.
  useEffect(() => {
    for (const error of store.takeReports()) reportVodErrorOnce(error, onError);
  }, [toasts, store, onError]);

  const queued = toasts.length - visible.length;

  // Announce each new toast once, through live regions that exist before the first toast.
  useEffect(() => {
    const fresh = visible.filter((toast) => !announced.current.has(toast.id));
    if (fresh.length === 0) return;
    // Remember only ids still on screen, so a long session does not grow this set.
    announced.current = new Set(visible.map((toast) => toast.id));
    const last = fresh[fresh.length - 1] as VodToast;
    let sentence: string;
    try {
      const text = cachedErrorText(i18n, version, last.error, language);
      sentence = `${ui(`severity>${last.error.severity}`)}: ${text.title}. ${text.remediation}`;
    } catch {
      // Effects run outside the per-toast boundaries: a failure here must not take the toaster down.
      sentence = last.error.code;
    }
    setAnnouncement(last.error.severity === 'error' ? { polite: '', assertive: sentence } : { polite: sentence, assertive: '' });
  }, [visible, i18n, language, version, ui]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matchesHotkey(event, hotkey)) return;
      const region = regionRef.current;
      if (!region) return;
      event.preventDefault();
      // Pressed again from inside the toasts, keep the place the user originally came from.
      const active = document.activeElement;
      if (!region.contains(active)) focusBeforeRegion.current = active instanceof HTMLElement ? active : null;
      (region.querySelector<HTMLElement>('[data-vod-toast]') ?? region).focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [hotkey]);

  const dismiss = useCallback((id: string, viaKeyboard: boolean) => {
    const region = regionRef.current;
    if (viaKeyboard && region) {
      // Keep the keyboard user in the list, or hand focus back where they came from.
      const items = [...region.querySelectorAll<HTMLElement>('[data-vod-toast]')];
      const at = items.findIndex((item) => item.contains(document.activeElement));
      const next = items[at + 1] ?? items[at - 1];
      if (next) next.focus();
      else focusBeforeRegion.current?.focus();
    }
    store.dismiss(id);
  }, [store]);

  if (!mounted) return null;
  // While a toast's details are open its timer waits: the toast (and the focus return target)
  // must not vanish behind the dialog the user is reading.
  const paused = hovered || focusWithin || pageInactive || details !== null;
  const label = ui('notifications', { hotkey: hotkeyLabel(hotkey) });
  const region = (
    <DismissableLayerBranch asChild>
      <section
        ref={regionRef}
        data-vod-toaster=""
        data-position={props.position ?? 'bottom-right'}
        data-vod-theme={theme === 'system' ? undefined : theme}
        data-paused={paused ? '' : undefined}
        className={classNames(!props.unstyled && 'vod-toaster', props.className)}
        aria-label={label}
        // `aria-live` keeps the toasts out of the aria-hidden that a modal dialog puts on the rest of
        // the page (aria-hidden spares live regions): toasts stay clickable over a modal, so they must
        // stay exposed too. "off" is the default politeness; announcements use the regions inside.
        aria-live="off"
        tabIndex={-1}
        // A modal dialog sets `pointer-events: none` on <body>; toasts must stay clickable.
        style={{ pointerEvents: 'auto' }}
        onPointerEnter={() => setHovered(true)}
        onPointerLeave={() => setHovered(false)}
        onFocus={() => setFocusWithin(true)}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusWithin(false);
        }}
      >
        <div role="status" aria-live="polite" aria-atomic="true" data-vod-visually-hidden="" style={visuallyHidden}>
          {announcement.polite}
        </div>
        <div role="alert" aria-live="assertive" aria-atomic="true" data-vod-visually-hidden="" style={visuallyHidden}>
          {announcement.assertive}
        </div>
        {visible.length > 0 && (
          <ol data-vod-part="list">
            {visible.map((toast) => (
              <KitBoundary key={toast.id} fallback={<li data-vod-toast="" data-vod-fallback="">{toast.error.code}</li>}>
                <ToastItem
                  toast={toast}
                  paused={paused}
                  durationMs={toast.options.duration ?? props.duration?.[toast.error.severity] ?? DEFAULT_DURATION_MS[toast.error.severity]}
                  texts={texts}
                  unstyled={props.unstyled ?? false}
                  onDismiss={dismiss}
                  onDetails={setDetails}
                />
              </KitBoundary>
            ))}
          </ol>
        )}
        {queued > 0 && (
          <p data-vod-part="queue" aria-live="off">
            {ui('moreQueued', { count: queued })}
          </p>
        )}
      </section>
    </DismissableLayerBranch>
  );
  return (
    <>
      {createPortal(region, container ?? document.body)}
      {details !== null && (
        // Its own boundary: a dialog chunk that fails to load must not take the toasts with it.
        <KitBoundary key={details.id}>
          <Suspense fallback={null}>
            <LazyVodErrorDialog error={details.error} open onOpenChange={(open) => !open && setDetails(null)} lng={props.lng} unstyled={props.unstyled} />
          </Suspense>
        </KitBoundary>
      )}
    </>
  );
}

/**
 * Renders the toasts posted with `toastVodError`. Mount it once. Identical errors coalesce
 * ("×3"), at most `visibleToasts` show and the rest queue, timers pause on hover, focus,
 * window blur and hidden tabs, Alt+T reaches the toasts and Esc closes the focused one.
 *
 * @example
 * ```tsx
 * <VodErrorProvider lng="zh-CN">
 *   <App />
 *   <VodErrorToaster position="top-right" />
 * </VodErrorProvider>
 * ```
 */
export function VodErrorToaster(props: VodErrorToasterProps): ReactNode {
  // The toaster's own hooks and effects sit outside the per-toast boundaries; this one keeps any
  // failure there inside the kit.
  return (
    <KitBoundary>
      <Toaster {...props} />
    </KitBoundary>
  );
}
