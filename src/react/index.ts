'use client';
/**
 * React surfaces of vod-error-kit: provider, alert, toasts, dialog and hooks.
 * @packageDocumentation
 */
export { VodErrorProvider, useVodErrorConfig, type VodErrorProviderProps, type VodTheme, type VodSupportContact } from './context';
export { VodErrorAlert, type VodErrorAlertProps } from './vod-error-alert';
export { VodErrorDialog, type VodErrorDialogProps } from './vod-error-dialog';
export { VodErrorToaster, type VodErrorToasterProps, type VodToasterPosition } from './vod-error-toaster';
export { toastVodError, dismissVodToast, VodToastStore, vodToastStore, type VodToast, type VodToastOptions } from './toast-store';
export { useVodError, type UseVodErrorOptions, type UseVodErrorResult, type VodAsyncTask } from './use-vod-error';
export { useVodErrorText, type VodErrorTexts } from './use-vod-error-text';
export { vodErrorFallbackRender, type VodFallbackProps } from './fallback-render';
export { copyText, type CopyOutcome } from './clipboard';
