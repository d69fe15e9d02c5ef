import { Branch as DismissableLayerBranch } from '@radix-ui/react-dismissable-layer';
import { forwardRef, lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { VodError } from '../core/model.js';
import { classNames } from './class-names.js';
import { composeEventHandlers } from './compose-event-handlers.js';
import { useComposedRefs } from './compose-refs.js';
import { useVodErrorConfig } from './context.js';
import { KitBoundary } from './kit-boundary.js';
import { reportVodErrorOnce } from './report-error.js';
import { ToastAnnouncer } from './toast-announcer.js';
import { ToastItem } from './toast-item.js';
import { vodToastStore, type VodToast, type VodToastStore } from './toast-store.js';
import { usePageInactive } from './use-page-inactive.js';
import { usePortalContainer } from './use-portal-container.js';
import { DEFAULT_TOASTER_HOTKEY, hotkeyLabel, useToasterHotkey } from './use-toaster-hotkey.js';
import { useVodTexts } from './use-vod-error-text.js';

const LazyVodErrorDialog = lazy(async () => ({ default: (await import('./vod-error-dialog.js')).VodErrorDialog }));

export type VodToasterPosition = 'top-left' | 'top-center' | 'top-right' | 'bottom-left' | 'bottom-center' | 'bottom-right';

/**
 * Props of `VodErrorToaster`. Other props (`id`, `style`, `data-*`, event handlers …) go to the
 * toaster's region element, as in Radix; the app's handlers run before the kit's.
 *
 * @example
 * ```tsx
 * <VodErrorToaster position="top-right" visibleToasts={5} data-testid="toasts" />
 * ```
 */
export interface VodErrorToasterProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children' | 'aria-live'> {
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
  /** Drops the kit's class names, for apps that style the data attributes themselves. */
  readonly unstyled?: boolean;
}

const subscribeNothing = () => () => undefined;
const isClient = () => true;
const isServer = () => false;

const DEFAULT_VISIBLE = 3;
/** Reading time by severity: errors carry the most text and the most consequence. */
const DEFAULT_DURATION_MS: Record<VodError['severity'], number> = { info: 4000, warning: 6000, error: 8000 };
const OPEN_TOASTS = '[data-vod-toast][data-state="open"]';

interface ToasterProps extends VodErrorToasterProps {
  readonly forwardedRef: React.ForwardedRef<HTMLElement>;
}

function Toaster(props: ToasterProps): ReactNode {
  const {
    forwardedRef,
    visibleToasts,
    position = 'bottom-right',
    hotkey = DEFAULT_TOASTER_HOTKEY,
    duration,
    lng,
    container: explicitContainer,
    store = vodToastStore,
    unstyled = false,
    className,
    style,
    onPointerEnter,
    onPointerLeave,
    onFocus,
    onBlur,
    ...regionProps
  } = props;
  const toasts = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const { onError, theme } = useVodErrorConfig();
  const visibleCount = Math.max(1, visibleToasts ?? DEFAULT_VISIBLE);
  const container = usePortalContainer(explicitContainer);
  // False on the server and during hydration, true after: portals need a document.
  const mounted = useSyncExternalStore(subscribeNothing, isClient, isServer);
  const [hovered, setHovered] = useState(false);
  const [focusWithin, setFocusWithin] = useState(false);
  const [details, setDetails] = useState<VodToast | null>(null);
  const pageInactive = usePageInactive();
  const regionRef = useRef<HTMLElement>(null);
  const composedRef = useComposedRefs(regionRef, forwardedRef);
  const focusBeforeRegion = useRef<HTMLElement | null>(null);
  const visible = useMemo(() => toasts.slice(0, visibleCount), [toasts, visibleCount]);
  const texts = useVodTexts(visible.map((toast) => toast.error), lng);

  useEffect(() => store.setOnScreen(visibleCount), [store, visibleCount]);

  // Telemetry: every error posted, once, even those coalesced into an existing toast.
  useEffect(() => {
    for (const error of store.takeReports()) reportVodErrorOnce(error, onError);
  }, [toasts, store, onError]);

  useToasterHotkey(hotkey, regionRef, focusBeforeRegion);

  const onClose = useCallback((_id: string, viaKeyboard: boolean) => {
    const region = regionRef.current;
    if (!viaKeyboard || !region) return;
    // Keep the keyboard user in the list, or hand focus back where they came from.
    const items = [...region.querySelectorAll<HTMLElement>(OPEN_TOASTS)];
    const at = items.findIndex((item) => item.contains(document.activeElement));
    const next = items[at + 1] ?? items[at - 1];
    if (next) next.focus();
    else focusBeforeRegion.current?.focus();
  }, []);
  const onRemove = useCallback((id: string) => store.dismiss(id), [store]);

  if (!mounted) return null;
  // While a toast's details are open its timer waits: the toast (and the focus return target)
  // must not vanish behind the dialog the user is reading.
  const paused = hovered || focusWithin || pageInactive || details !== null;
  const queued = toasts.length - visible.length;
  const region = (
    <DismissableLayerBranch asChild>
      <section
        data-vod-toaster=""
        data-position={position}
        data-vod-theme={theme === 'page' ? undefined : theme}
        data-paused={paused ? '' : undefined}
        aria-label={texts.ui('notifications', { hotkey: hotkeyLabel(hotkey) })}
        tabIndex={-1}
        {...regionProps}
        ref={composedRef}
        className={classNames(!unstyled && 'vod-toaster', className)}
        // `aria-live` keeps the toasts out of the aria-hidden that a modal dialog puts on the rest of
        // the page (aria-hidden spares live regions): toasts stay clickable over a modal, so they must
        // stay exposed too. "off" is the default politeness; announcements use the regions inside.
        aria-live="off"
        // A modal dialog sets `pointer-events: none` on <body>; toasts must stay clickable.
        style={{ ...style, pointerEvents: 'auto' }}
        onPointerEnter={composeEventHandlers(onPointerEnter, () => setHovered(true))}
        onPointerLeave={composeEventHandlers(onPointerLeave, () => setHovered(false))}
        onFocus={composeEventHandlers(onFocus, () => setFocusWithin(true))}
        onBlur={composeEventHandlers(onBlur, (event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusWithin(false);
        })}
      >
        <ToastAnnouncer visible={visible} texts={texts} />
        {visible.length > 0 && (
          <ol data-vod-part="list">
            {visible.map((toast) => (
              <KitBoundary key={toast.id} fallback={<li data-vod-toast="" data-vod-fallback="">{toast.error.code}</li>}>
                <ToastItem
                  toast={toast}
                  paused={paused}
                  durationMs={toast.options.duration ?? duration?.[toast.error.severity] ?? DEFAULT_DURATION_MS[toast.error.severity]}
                  texts={texts}
                  unstyled={unstyled}
                  onClose={onClose}
                  onRemove={onRemove}
                  onDetails={setDetails}
                />
              </KitBoundary>
            ))}
          </ol>
        )}
        {queued > 0 && (
          <p data-vod-part="queue" aria-live="off">
            {texts.ui('moreQueued', { count: queued })}
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
            <LazyVodErrorDialog error={details.error} open onOpenChange={(open) => !open && setDetails(null)} lng={lng} unstyled={unstyled} />
          </Suspense>
        </KitBoundary>
      )}
    </>
  );
}

/**
 * Renders the toasts posted with `toastVodError`. Mount it once. Identical errors coalesce
 * ("×3"), at most `visibleToasts` show and the rest queue, timers pause on hover, focus,
 * window blur and hidden tabs, Alt+T reaches the toasts, Esc closes the focused one, and on
 * touch screens a toast can be swiped away. The ref is the toaster's region element.
 *
 * @example
 * ```tsx
 * <VodErrorProvider lng="zh-CN">
 *   <App />
 *   <VodErrorToaster position="top-right" />
 * </VodErrorProvider>
 * ```
 */
export const VodErrorToaster = forwardRef<HTMLElement, VodErrorToasterProps>(function VodErrorToaster(props, forwardedRef) {
  // The toaster's own hooks and effects sit outside the per-toast boundaries; this one keeps any
  // failure there inside the kit.
  return (
    <KitBoundary>
      <Toaster {...props} forwardedRef={forwardedRef} />
    </KitBoundary>
  );
});
