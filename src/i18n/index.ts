/**
 * `vod-error-kit/i18n`: texts for errors, on i18next, without React. Usable on servers and in
 * React Server Components (no `'use client'`).
 * @packageDocumentation
 */
export { formatVodError, type FormatVodErrorOptions } from './format-vod-error.js';
export {
  describeVodError,
  type DescribeVodErrorOptions,
  type VodErrorDescription,
  type VodErrorViewLabels,
  type VodSupportReportContext,
} from './describe-vod-error.js';
export { translateVodError, type VodErrorText } from './translate.js';
export type { VodTextSource } from './text-candidates.js';
export { createVodErrorI18n, type CreateVodErrorI18nOptions, type VodErrorOverrides } from './create-instance.js';
export { loadVodErrorResources } from './load-resources.js';
export { translateVodValueLabels, vodValueLabels, type VodValueLabels } from './value-labels.js';
export { vodErrorResources, type VodLanguageResources } from './all-resources.js';
export { resolveVodLanguage } from './languages.js';
export {
  vodNamespace,
  vodResourceNames,
  vodBuiltInLanguages,
  resourcesForError,
  type VodResourceName,
  type VodBuiltInLanguage,
} from './namespaces.js';
