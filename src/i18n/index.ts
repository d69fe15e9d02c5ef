/**
 * `vod-error-kit/i18n`: texts for errors, on i18next, without React.
 * @packageDocumentation
 */
export { formatVodError, type FormatVodErrorOptions } from './format-vod-error';
export { translateVodError, translateVodUi, type VodErrorText } from './translate';
export {
  createVodErrorI18n,
  addVodErrorResources,
  type CreateVodErrorI18nOptions,
  type VodErrorOverrides,
} from './create-instance';
export { loadVodErrorResources, hasVodErrorResources } from './load-resources';
export { vodErrorResources, type VodLanguageResources } from './all-resources';
export { resolveVodLanguage } from './languages';
export {
  vodNamespace,
  vodResourceNames,
  vodBuiltInLanguages,
  resourcesForError,
  type VodResourceName,
  type VodBuiltInLanguage,
} from './namespaces';
