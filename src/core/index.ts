/**
 * `vod-error-kit/core`: the framework-free part of the kit. No React, no i18next, no DOM.
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
} from './model';
export { normalizeVodError, isVodError, type NormalizeOptions } from './normalize';
export { normalizeVodErrorAsync } from './normalize-async';
export { redactSecrets, redactUrl, REDACTED } from './redact';
export {
  buildSupportReport,
  defaultSupportReportLabels,
  type SupportReportLabels,
  type SupportReportOptions,
} from './support-report';
export { shouldRetryVodError, vodRetryDelayMs, DEFAULT_RETRY_COUNT, type VodBackoff, type VodRetryOption } from './retry';
export { vodErrorCategories, categoryDefaults, type CategoryDefaults } from './categories';
export { vodErrorCatalog } from './catalog/all';
export type { CatalogEntry, CatalogOverride, CatalogTable } from './catalog/types';
export type { VodSite } from './links';
export { fromAliyunUploadFailure, fromAliyunUploadTokenExpired } from './adapters/aliyun-upload';
export type { VodUploadFailure } from './adapters/upload-failure';
