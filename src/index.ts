'use client';
/**
 * vod-error-kit: errors from cloud VOD APIs, normalized, explained and rendered.
 * The framework-free parts are also available alone from `vod-error-kit/core` and `vod-error-kit/i18n`.
 * @packageDocumentation
 */
export * from './core/index';
export {
  formatVodError,
  createVodErrorI18n,
  loadVodErrorResources,
  resolveVodLanguage,
  type FormatVodErrorOptions,
  type VodErrorText,
  type VodErrorOverrides,
  type VodResourceName,
} from './i18n/index';
export * from './react/index';
