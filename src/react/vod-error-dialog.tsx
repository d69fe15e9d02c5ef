import * as Dialog from '@radix-ui/react-dialog';
import { forwardRef, useRef, type ComponentPropsWithoutRef, type ReactElement } from 'react';
import { classNames } from './class-names.js';
import { useVodErrorConfig } from './context.js';
import { composeEventHandlers } from './compose-event-handlers.js';
import { KitBoundary } from './kit-boundary.js';
import { usePortalContainer } from './use-portal-container.js';
import { useNormalizedVodError } from './use-normalized-error.js';
import { DialogBody } from './vod-error-dialog-body.js';

type ContentProps = Omit<ComponentPropsWithoutRef<typeof Dialog.Content>, 'children' | 'asChild' | 'forceMount' | 'title'>;

interface VodErrorDialogCommonProps extends ContentProps {
  /** Anything caught; normalized like `VodErrorAlert`'s. `null` renders nothing. */
  readonly error: unknown;
  readonly lng?: string;
  /** Portal target; default: the fullscreen element, the provider's container, or `body`. */
  readonly container?: HTMLElement | null;
  /** Drops the kit's class names, for apps that style the data attributes themselves. */
  readonly unstyled?: boolean;
}

/** The app owns the open state (e.g. a Details button elsewhere); Radix reports changes. */
export interface VodErrorDialogControlledProps extends VodErrorDialogCommonProps {
  readonly open: boolean;
  readonly onOpenChange?: (open: boolean) => void;
  readonly defaultOpen?: never;
  /** A controlled dialog is opened by the app, not by a trigger. */
  readonly trigger?: never;
}

/** The dialog owns its open state, opened by `trigger` or open from the start with `defaultOpen`. */
export interface VodErrorDialogUncontrolledProps extends VodErrorDialogCommonProps {
  readonly open?: never;
  /** Open on first render. */
  readonly defaultOpen?: boolean;
  readonly onOpenChange?: (open: boolean) => void;
  /** An element that opens the dialog, e.g. `<button>Details</button>`; Radix wires it up and returns focus to it. */
  readonly trigger?: ReactElement;
}

/**
 * Props of `VodErrorDialog`: controlled (`open`) or uncontrolled (`defaultOpen`, `trigger`),
 * never both. Other props go to the dialog's content element, as in Radix.
 *
 * @example
 * ```tsx
 * <VodErrorDialog error={error} open={open} onOpenChange={setOpen} />
 * <VodErrorDialog error={error} trigger={<button>Details</button>} />
 * ```
 */
export type VodErrorDialogProps = VodErrorDialogControlledProps | VodErrorDialogUncontrolledProps;

// Interacting with a toast must not close the dialog (toasts stay usable over modals).
function isInsideToaster(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[data-vod-toaster]') !== null;
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
export const VodErrorDialog = forwardRef<HTMLDivElement, VodErrorDialogProps>(function VodErrorDialog(props, forwardedRef) {
  const {
    error: input,
    open,
    defaultOpen,
    onOpenChange,
    trigger,
    lng,
    container: explicitContainer,
    unstyled = false,
    className,
    onOpenAutoFocus,
    onCloseAutoFocus,
    onPointerDownOutside,
    onInteractOutside,
    ...contentProps
  } = props;
  const error = useNormalizedVodError(input);
  const { theme } = useVodErrorConfig();
  const container = usePortalContainer(explicitContainer);
  // Radix returns focus only to its own Trigger. Opened from elsewhere (the alert's or a
  // toast's Details button, app code), focus must still go back to where the user was.
  const returnFocusTo = useRef<HTMLElement | null>(null);
  if (error === null) return null;
  const vodTheme = theme === 'page' ? undefined : theme;
  return (
    // Radix owns the open state: controlled through `open`, or its own from `defaultOpen`.
    <Dialog.Root open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
      {trigger !== undefined && <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>}
      <Dialog.Portal container={container}>
        <Dialog.Overlay data-vod-dialog-overlay="" className={classNames(!unstyled && 'vod-dialog-overlay')} data-vod-theme={vodTheme} />
        <Dialog.Content
          data-vod-dialog=""
          data-severity={error.severity}
          data-category={error.category}
          data-provider={error.provider}
          data-vod-theme={vodTheme}
          {...contentProps}
          ref={forwardedRef}
          className={classNames(!unstyled && 'vod-dialog', className)}
          onOpenAutoFocus={composeEventHandlers(onOpenAutoFocus, () => {
            // Runs before Radix moves focus in: the active element is still the opener.
            const active = document.activeElement;
            returnFocusTo.current = active instanceof HTMLElement && active !== document.body ? active : null;
          })}
          onCloseAutoFocus={composeEventHandlers(onCloseAutoFocus, (event) => {
            const opener = returnFocusTo.current;
            returnFocusTo.current = null;
            if (trigger !== undefined || opener === null || !opener.isConnected) return;
            event.preventDefault();
            opener.focus({ preventScroll: true });
          })}
          onPointerDownOutside={composeEventHandlers(onPointerDownOutside, (event) => {
            if (isInsideToaster(event.target)) event.preventDefault();
          })}
          onInteractOutside={composeEventHandlers(onInteractOutside, (event) => {
            if (isInsideToaster(event.target)) event.preventDefault();
          })}
        >
          <KitBoundary fallback={<Dialog.Title>{error.code}</Dialog.Title>}>
            <DialogBody error={error} lng={lng} />
          </KitBoundary>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
});
