'use client';
/**
 * React surfaces of vod-error-kit: provider, alert, toasts, dialog and hooks.
 * @packageDocumentation
 */
export { VodErrorProvider, useVodErrorConfig, type VodErrorProviderProps, type VodTheme, type VodSupportContact } from './context.js';
export { VodErrorAlert, type VodErrorAlertProps } from './vod-error-alert.js';
export {
  VodErrorDialog,
  type VodErrorDialogProps,
  type VodErrorDialogControlledProps,
  type VodErrorDialogUncontrolledProps,
} from './vod-error-dialog.js';
export { VodErrorToaster, type VodErrorToasterProps, type VodToasterPosition } from './vod-error-toaster.js';
export { toastVodError, dismissVodToast, VodToastStore, vodToastStore, type VodToast, type VodToastOptions } from './toast-store.js';
export { useVodError, type UseVodErrorOptions, type UseVodErrorResult } from './use-vod-error.js';
export {
  useVodErrorView,
  type UseVodErrorViewOptions,
  type VodErrorView,
  type VodCopyAction,
  type VodCopyState,
  type VodSupportAction,
} from './use-vod-error-view.js';
export { useVodErrorText, type VodErrorTexts } from './use-vod-error-text.js';
export { vodErrorFallbackRender, type VodFallbackProps } from './fallback-render.js';
export { copyText, type CopyOutcome } from './clipboard.js';
