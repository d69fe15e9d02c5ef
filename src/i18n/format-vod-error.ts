import type { i18n as I18nInstance } from 'i18next';
import type { VodError } from '../core/model.js';
import { isVodError } from '../core/is-vod-error.js';
import { normalizeVodError } from '../core/normalize.js';
import { vodErrorResources } from './all-resources.js';
import { createVodErrorI18n } from './create-instance.js';
import { resolveVodLanguage } from './languages.js';
import { vodLanguagesIn } from './load-resources.js';
import { translateVodError, type VodErrorText } from './translate.js';

export interface FormatVodErrorOptions {
  /** Language (any BCP 47 tag). Defaults to `en-US`. */
  readonly lng?: string;
  /** An i18next instance holding the kit's namespaces; defaults to one with every built-in text. */
  readonly i18n?: I18nInstance;
}

let defaultInstance: I18nInstance | undefined;

/**
 * Explains any caught value in words, without React: for logs, server rendering and tests.
 * The texts are plain strings; escape them before putting them into HTML yourself.
 *
 * @example
 * ```ts
 * import { formatVodError } from 'vod-error-kit/i18n';
 * const { title, remediation } = formatVodError(caught, { lng: 'zh-CN' });
 * ```
 */
export function formatVodError(error: unknown, options: FormatVodErrorOptions = {}): VodErrorText {
  const normalized: VodError = isVodError(error) ? error : normalizeVodError(error);
  const i18n = options.i18n ?? (defaultInstance ??= createVodErrorI18n({ resources: vodErrorResources }));
  const language = resolveVodLanguage(options.lng, vodLanguagesIn(i18n));
  return translateVodError(i18n, normalized, language);
}
