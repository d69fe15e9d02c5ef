import i18next, { type i18n as I18nInstance } from 'i18next';
import { commonResources } from './common-resources.js';
import type { VodLanguageResources } from './all-resources.js';
import { resolveVodLanguage } from './languages.js';
import { vodNamespace, type VodResourceName } from './namespaces.js';

/** Texts to lay over the built-in ones, by language and resource file (deep-merged). */
export type VodErrorOverrides = Readonly<Record<string, Partial<Record<VodResourceName, unknown>>>>;

export interface CreateVodErrorI18nOptions {
  /** Initial language; any BCP 47 tag (mapped by `resolveVodLanguage`). */
  readonly lng?: string;
  /** Resources to add synchronously, e.g. `vodErrorResources` or a single imported file. */
  readonly resources?: Readonly<Record<string, VodLanguageResources>>;
  /** App wording that replaces the kit's, e.g. its own remediation for one code. */
  readonly overrides?: VodErrorOverrides;
}

/** The languages of a resource map; none when it cannot be read (a Proxy whose traps throw). */
function languagesOf(sets: object | undefined): string[] {
  try {
    return sets === undefined ? [] : Object.keys(sets);
  } catch {
    return [];
  }
}

/**
 * Creates the kit's own i18next instance. It never touches the app's global instance, and it
 * starts with the common texts of every built-in language, so it can explain any error by
 * category before provider texts arrive.
 *
 * @example
 * ```ts
 * import { createVodErrorI18n, vodErrorResources } from 'vod-error-kit/i18n';
 * const i18n = createVodErrorI18n({ lng: 'zh-CN', resources: vodErrorResources });
 * ```
 */
export function createVodErrorI18n(options: CreateVodErrorI18nOptions = {}): I18nInstance {
  const instance = i18next.createInstance();
  // initAsync: false makes init synchronous (no backend): the instance is ready on return.
  void instance.init({
    initAsync: false,
    // A language the app brings texts for (e.g. `ja-JP`) is kept; others map to a built-in one.
    lng: resolveVodLanguage(options.lng, [...languagesOf(options.resources), ...languagesOf(options.overrides)]),
    fallbackLng: 'en-US',
    ns: [],
    defaultNS: false,
    resources: {},
    interpolation: { escapeValue: false, skipOnVariables: true },
    returnNull: false,
    showSupportNotice: false,
  } as Parameters<I18nInstance['init']>[0]);
  for (const [language, data] of Object.entries(commonResources)) {
    addVodErrorResources(instance, language, 'common', data, false);
  }
  addResourceSets(instance, options.resources, false);
  addResourceSets(instance, options.overrides, true);
  return instance;
}

// Files an instance holds only app overrides of so far: the built-in file must still load
// beneath them, so they must not count as present.
const overrideOnlyFiles = new WeakMap<I18nInstance, Set<string>>();

const fileKey = (language: string, name: VodResourceName) => `${language}\u0000${name}`;

/** True when an instance's copy of a resource file is nothing but app overrides. */
export function holdsOnlyVodOverrides(i18n: I18nInstance, language: string, name: VodResourceName): boolean {
  return overrideOnlyFiles.get(i18n)?.has(fileKey(language, name)) ?? false;
}

/**
 * Adds one resource file to an instance. `overwrite: false` adds a file beneath what is there
 * (app overrides keep winning); `overwrite: true` lays app overrides over it.
 */
export function addVodErrorResources(
  i18n: I18nInstance,
  language: string,
  name: VodResourceName,
  data: unknown,
  overwrite: boolean,
): void {
  if (typeof data !== 'object' || data === null) return;
  try {
    const existed = i18n.hasResourceBundle(language, vodNamespace(name));
    i18n.addResourceBundle(language, vodNamespace(name), data, true, overwrite);
    let overrideOnly = overrideOnlyFiles.get(i18n);
    if (overwrite && !existed) {
      if (overrideOnly === undefined) overrideOnlyFiles.set(i18n, (overrideOnly = new Set()));
      overrideOnly.add(fileKey(language, name));
    } else if (!overwrite) {
      overrideOnly?.delete(fileKey(language, name));
    }
  } catch {
    // A host instance in an odd state must not break the page.
  }
}

/** Adds every file of a `{ language: { name: data } }` map. */
export function addResourceSets(
  i18n: I18nInstance,
  sets: Readonly<Record<string, Partial<Record<VodResourceName, unknown>>>> | undefined,
  overwrite: boolean,
): void {
  if (sets === undefined) return;
  try {
    for (const [language, files] of Object.entries(sets)) {
      for (const [name, data] of Object.entries(files)) {
        addVodErrorResources(i18n, language, name as VodResourceName, data, overwrite);
      }
    }
  } catch {
    // Texts behind a throwing getter or Proxy are skipped: the built-in ones still explain the error.
  }
}
