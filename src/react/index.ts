'use client';
/**
 * `vod-error-kit/react`: provider, alert, toasts, dialog and hooks. A client module: React
 * Server Components import the framework-free functions from `vod-error-kit/core` and
 * `vod-error-kit/i18n` instead.
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
// The store class stays internal: the toaster's `store` prop takes one, its type is public.
export { toastVodError, dismissVodToast, vodToastStore, type VodToastStore, type VodToast, type VodToastOptions } from './toast-store.js';
export { useVodError, type UseVodErrorOptions, type UseVodErrorResult, type VodAsyncTask } from './use-vod-error.js';
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
