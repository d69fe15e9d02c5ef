'use client';
/**
 * vod-error-kit: errors from cloud VOD APIs, normalized, explained and rendered.
 * A client module (`'use client'`). The framework-free parts are also available alone from
 * `vod-error-kit/core` and `vod-error-kit/i18n`, which React Server Components import; the React
 * parts alone from `vod-error-kit/react`.
 * @packageDocumentation
 */
export * from './core/index.js';
// formatVodError stays in `vod-error-kit/i18n`: its default instance holds every text, and
// exporting it here would put all of them into every app's main bundle.
export {
  createVodErrorI18n,
  loadVodErrorResources,
  resolveVodLanguage,
  type VodErrorText,
  type VodErrorOverrides,
  type VodResourceName,
} from './i18n/index.js';
// Everything of `vod-error-kit/react`; this entry is a client module too.
export * from './react/index.js';
