import type { i18n as I18nInstance } from 'i18next';
import type { VodError } from '../core/model.js';
import { translateVodError, translateVodUi, type VodErrorText } from '../i18n/translate.js';

interface TextCache {
  readonly version: number;
  readonly errors: Map<string, VodErrorText>;
  readonly ui: Map<string, string>;
}

/** Entries per instance before the cache starts over; a page shows far fewer distinct texts. */
const MAX_CACHED_TEXTS = 500;

const caches = new WeakMap<I18nInstance, TextCache>();

// A list of 100 alerts asks i18next the same questions 100 times; texts change only when the
// instance's version does (resources added, language changed), which empties the cache.
function cacheFor(i18n: I18nInstance, version: number): TextCache {
  let cache = caches.get(i18n);
  if (cache === undefined || cache.version !== version || cache.errors.size + cache.ui.size > MAX_CACHED_TEXTS) {
    cache = { version, errors: new Map(), ui: new Map() };
    caches.set(i18n, cache);
  }
  return cache;
}

/** `translateVodError`, memoized on exactly the fields its texts depend on. */
export function cachedErrorText(i18n: I18nInstance, version: number, error: VodError, language: string): VodErrorText {
  const cache = cacheFor(i18n, version);
  const key = [
    language,
    error.provider,
    error.format,
    error.code,
    error.subCode ?? '',
    error.catalogCode ?? '',
    error.httpStatus ?? '',
    error.category,
    error.params.parameter ?? '',
  ].join('\u0000');
  let text = cache.errors.get(key);
  if (text === undefined) {
    text = translateVodError(i18n, error, language);
    cache.errors.set(key, text);
  }
  return text;
}

/** `translateVodUi`; strings without values are memoized. */
export function cachedUiText(
  i18n: I18nInstance,
  version: number,
  language: string,
  key: string,
  values?: Readonly<Record<string, unknown>>,
): string {
  if (values !== undefined) return translateVodUi(i18n, language, key, values);
  const cache = cacheFor(i18n, version);
  const cacheKey = `${language}\u0000${key}`;
  let text = cache.ui.get(cacheKey);
  if (text === undefined) {
    text = translateVodUi(i18n, language, key);
    cache.ui.set(cacheKey, text);
  }
  return text;
}
