import type { i18n as I18nInstance } from 'i18next';
import { addVodErrorResources, holdsOnlyVodOverrides } from './create-instance.js';
import { loadBuiltInResource } from './loaders.js';
import { vodNamespace, vodNamespacePrefix, type VodResourceName } from './namespaces.js';

const inFlight = new WeakMap<I18nInstance, Map<string, Promise<boolean>>>();

/** Whether an instance already holds a resource file for a language (app overrides alone do not count). */
export function hasVodErrorResources(i18n: I18nInstance, language: string, name: VodResourceName): boolean {
  try {
    return i18n.hasResourceBundle(language, vodNamespace(name)) && !holdsOnlyVodOverrides(i18n, language, name);
  } catch {
    return false;
  }
}

/**
 * The languages an instance holds any of the kit's texts for (built-in or added by the app,
 * e.g. `ja-JP`), so a tag the app supplied texts for is used as it is instead of mapped to a
 * built-in language.
 */
export function vodLanguagesIn(i18n: I18nInstance): string[] {
  try {
    const data: unknown = i18n.store?.data;
    if (typeof data !== 'object' || data === null) return [];
    const holdsKitTexts = (namespaces: unknown) =>
      typeof namespaces === 'object' && namespaces !== null && Object.keys(namespaces).some((ns) => ns.startsWith(vodNamespacePrefix));
    return Object.entries(data as Record<string, unknown>)
      .filter(([, namespaces]) => holdsKitTexts(namespaces))
      .map(([language]) => language);
  } catch {
    return [];
  }
}

/**
 * Loads the built-in resource files an instance is missing (on demand, one chunk per file).
 * Resolves `true` when all are present afterwards; never rejects — a failed load leaves the
 * category texts in place, and the next call tries again.
 *
 * @example
 * ```ts
 * await loadVodErrorResources(i18n, 'zh-CN', ['aliyun']);
 * ```
 */
export async function loadVodErrorResources(
  i18n: I18nInstance,
  language: string,
  names: readonly VodResourceName[],
): Promise<boolean> {
  let pending = inFlight.get(i18n);
  if (pending === undefined) {
    pending = new Map();
    inFlight.set(i18n, pending);
  }
  const loads = names.map((name) => {
    if (hasVodErrorResources(i18n, language, name)) return Promise.resolve(true);
    const key = `${language}\u0000${name}`;
    let load = pending.get(key);
    if (load === undefined) {
      load = loadBuiltInResource(language, name)
        .then((data) => {
          // Keep whatever is there: app overrides were added first and must win.
          if (data !== undefined) addVodErrorResources(i18n, language, name, data, false);
          return data !== undefined;
        })
        .catch(() => false)
        .finally(() => pending.delete(key));
      pending.set(key, load);
    }
    return load;
  });
  const results = await Promise.all(loads);
  return results.every(Boolean);
}
