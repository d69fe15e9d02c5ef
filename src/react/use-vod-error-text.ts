import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { VodError } from '../core/model.js';
import { loadVodErrorResources } from '../i18n/load-resources.js';
import { resourcesForError } from '../i18n/namespaces.js';
import type { VodErrorText } from '../i18n/translate.js';
import { useVodErrorConfig } from './context.js';
import { i18nVersion, subscribeToI18n } from './i18n-store.js';
import { cachedErrorText, cachedUiText } from './text-cache.js';

export interface VodErrorTexts {
  readonly text: VodErrorText;
  /** A UI string of the kit in the same language (`copy`, `retry`, `field>requestId` …). */
  readonly ui: (key: string, values?: Readonly<Record<string, unknown>>) => string;
  readonly language: string;
}

/** Subscribes to the texts of the instance in effect; loads the provider file an error needs. */
export function useVodTexts(errors: readonly (VodError | null)[], lngOverride?: string): Omit<VodErrorTexts, 'text'> & { version: number } {
  const config = useVodErrorConfig();
  const { i18n } = config;
  const language = lngOverride ?? config.language;
  const subscribe = useMemo(() => (listener: () => void) => subscribeToI18n(i18n, listener), [i18n]);
  const version = useSyncExternalStore(subscribe, () => i18nVersion(i18n), () => i18nVersion(i18n));
  const needed = errors
    .flatMap((error) => (error ? resourcesForError(error) : []))
    .filter((name, index, all) => all.indexOf(name) === index)
    .join(',');
  // A load that failed (a network blip, a chunk gone after a deploy) is tried again for the
  // next error, not only when the language or provider changes.
  const occurrences = errors.map((error) => (error ? `${error.code}@${error.timestamp}` : '')).join(',');
  useEffect(() => {
    if (needed === '') return;
    // Resolves after `addResourceBundle`, whose 'added' event re-renders the subscribers.
    void loadVodErrorResources(i18n, language, needed.split(',') as Parameters<typeof loadVodErrorResources>[2]);
  }, [i18n, language, needed, occurrences]);
  const ui = useMemo(
    () => (key: string, values?: Readonly<Record<string, unknown>>) => cachedUiText(i18n, version, language, key, values),
    // `version` re-creates the function when texts arrive, so memoized children update too.
    [i18n, language, version],
  );
  return { ui, language, version };
}

/**
 * The localized texts of one error, updating when the language changes or provider texts load.
 *
 * @example
 * ```tsx
 * const { text } = useVodErrorText(error);
 * return <p>{text.title}: {text.remediation}</p>;
 * ```
 */
export function useVodErrorText(error: VodError, lng?: string): VodErrorTexts {
  const { i18n } = useVodErrorConfig();
  const { ui, language, version } = useVodTexts([error], lng);
  const text = useMemo(
    () => cachedErrorText(i18n, version, error, language),
    [i18n, error, language, version],
  );
  return { text, ui, language };
}
