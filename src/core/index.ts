/**
 * `vod-error-kit/core`: the framework-free part of the kit. No React, no i18next, no DOM, no
 * `'use client'`: usable in Node, workers, servers and React Server Components.
 * @packageDocumentation
 */
export type {
  VodError,
  VodErrorCategory,
  VodErrorFault,
  VodErrorFormat,
  VodErrorLink,
  VodErrorLinkKind,
  VodErrorParams,
  VodErrorSeverity,
  VodProvider,
} from './model.js';
export { normalizeVodError, type NormalizeOptions } from './normalize.js';
export { isVodError } from './is-vod-error.js';
export { normalizeVodErrorAsync } from './normalize-async.js';
export { findVodError, findVodErrorAsync } from './find-vod-error.js';
export { vodErrorCause } from './cause.js';
export { redactSecrets, redactUrl, REDACTED } from './redact.js';
export {
  buildSupportReport,
  defaultSupportReportLabels,
  type SupportReportLabels,
  type SupportReportOptions,
} from './support-report.js';
export {
  vodErrorViewFacts,
  type VodErrorViewFacts,
  type VodErrorViewOptions,
  type VodPrimaryAction,
  type VodRetryMode,
} from './error-view.js';
export { shouldRetryVodError, vodRetryDelayMs, DEFAULT_RETRY_COUNT, type VodBackoff, type VodRetryOption } from './retry.js';
export { VodRetryer, DEFAULT_MAX_RETRIES, type VodRetryerOptions, type VodRetryerState, type VodRetryerStatus, type VodAsyncTask } from './retryer.js';
export { vodErrorCategories, categoryDefaults, type CategoryDefaults } from './categories.js';
export { vodErrorCatalog } from './catalog/all.js';
export type { CatalogEntry, CatalogOverride, CatalogTable } from './catalog/types.js';
export { vodErrorLinks, type VodSite } from './links.js';
export { fromAliyunUploadFailure, fromAliyunUploadTokenExpired } from './adapters/aliyun-upload.js';
export type { VodUploadFailure } from './adapters/upload-failure.js';
