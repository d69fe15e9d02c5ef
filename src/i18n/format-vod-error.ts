import type { i18n as I18nInstance } from 'i18next';
import type { VodError } from '../core/model';
import { isVodError, normalizeVodError } from '../core/normalize';
import { vodErrorResources } from './all-resources';
import { createVodErrorI18n } from './create-instance';
import { resolveVodLanguage } from './languages';
import { vodLanguagesIn } from './load-resources';
import { translateVodError, type VodErrorText } from './translate';

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
