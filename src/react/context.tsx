import type { i18n as I18nInstance } from 'i18next';
import { createContext, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { VodError } from '../core/model.js';
import type { VodSite } from '../core/links.js';
import type { VodLanguageResources } from '../i18n/all-resources.js';
import { addResourceSets, createVodErrorI18n, type VodErrorOverrides } from '../i18n/create-instance.js';
import { commonResources } from '../i18n/common-resources.js';
import { resolveVodLanguage } from '../i18n/languages.js';
import { vodLanguagesIn } from '../i18n/load-resources.js';
import { getKitI18n } from './kit-i18n.js';
import { i18nVersion, subscribeToI18n } from './i18n-store.js';

/**
 * Colour scheme of the kit's surfaces. `page` (the default) follows the host page: its
 * `color-scheme`, or a `dark` class / `data-theme="dark"` on `<html>`; a page that declares
 * nothing is light. `system` follows the OS (`prefers-color-scheme`) whatever the page does.
 */
export type VodTheme = 'page' | 'light' | 'dark' | 'system';

/** How users reach support: a URL (https: or mailto:) or a callback that receives the report. */
export type VodSupportContact = string | ((error: VodError, report: string) => void);

export interface VodErrorConfig {
  readonly i18n: I18nInstance;
  readonly language: string;
  readonly theme: VodTheme;
  readonly site: VodSite;
  readonly supportContact: VodSupportContact | undefined;
  readonly onError: ((error: VodError) => void) | undefined;
  readonly portalContainer: HTMLElement | null | undefined;
}

export interface VodErrorProviderProps {
  readonly children?: ReactNode;
  /** Language of the kit's texts (any BCP 47 tag). Default: the host i18n instance's, else the browser's. */
  readonly lng?: string;
  /** The app's i18next instance. The kit adds its namespaces to it and follows its language. */
  readonly i18n?: I18nInstance;
  /** Resources to use synchronously, e.g. `vodErrorResources`, or texts of a language the kit lacks. */
  readonly resources?: Readonly<Record<string, VodLanguageResources>>;
  /** App wording laid over the kit's, by language and resource file. */
  readonly overrides?: VodErrorOverrides;
  readonly theme?: VodTheme;
  /** Which provider site (China or international) links point to. */
  readonly site?: VodSite;
  readonly supportContact?: VodSupportContact;
  /**
   * Called once per normalized error, for telemetry (Sentry, logs). Receives the model without
   * `cause`: the raw value can hold credentials and must not leave the page.
   */
  readonly onError?: (error: VodError) => void;
  /** Where toasts and dialogs portal to. Default: the fullscreen element if any, else `document.body`. */
  readonly portalContainer?: HTMLElement | null;
}

const VodErrorContext = createContext<VodErrorConfig | null>(null);

const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

function applyTexts(
  i18n: I18nInstance,
  isHost: boolean,
  resources: VodErrorProviderProps['resources'],
  overrides: VodErrorOverrides | undefined,
): void {
  // A host instance gets the kit's common texts too; adding is idempotent and keeps app texts.
  if (isHost) {
    addResourceSets(i18n, Object.fromEntries(Object.entries(commonResources).map(([lng, data]) => [lng, { common: data }])), false);
  }
  addResourceSets(i18n, resources, false);
  addResourceSets(i18n, overrides, true);
}

const objectIds = new WeakMap<object, number>();
let nextObjectId = 0;

function identityOf(value: unknown): string {
  if (typeof value !== 'object' || value === null) return String(value);
  let id = objectIds.get(value);
  if (id === undefined) {
    id = ++nextObjectId;
    objectIds.set(value, id);
  }
  return `#${id}`;
}

/** Which resource files (by identity) a `resources` prop holds: large JSON is never serialized. */
function resourcesSignature(sets: VodErrorProviderProps['resources']): string {
  if (sets === undefined) return '';
  try {
    return Object.entries(sets)
      .map(([lng, files]) => `${lng}:${Object.entries(files ?? {}).map(([name, data]) => `${name}=${identityOf(data)}`).join(',')}`)
      .join(';');
  } catch {
    return identityOf(sets);
  }
}

/** Overrides are a few strings: their content is their identity. */
function overridesSignature(overrides: VodErrorOverrides | undefined): string {
  if (overrides === undefined) return '';
  try {
    return JSON.stringify(overrides) ?? '';
  } catch {
    return resourcesSignature(overrides);
  }
}

/** The languages of a `resources` prop; none when it cannot be read (a Proxy whose traps throw). */
function languagesOf(resources: VodErrorProviderProps['resources']): string[] {
  try {
    return resources ? Object.keys(resources) : [];
  } catch {
    return [];
  }
}

function subscribeToBrowserLanguage(listener: () => void): () => void {
  window.addEventListener('languagechange', listener);
  return () => window.removeEventListener('languagechange', listener);
}
const browserLanguage = () => navigator.language;
// Servers render English; the client switches after hydration without a mismatch warning.
const serverLanguage = () => 'en-US';

function useInstanceLanguage(i18n: I18nInstance, followInstance: boolean): string | undefined {
  const subscribe = useMemo(() => (listener: () => void) => subscribeToI18n(i18n, listener), [i18n]);
  useSyncExternalStore(subscribe, () => i18nVersion(i18n), () => i18nVersion(i18n));
  if (!followInstance) return undefined;
  return i18n.resolvedLanguage ?? i18n.language;
}

/**
 * Configures every kit component below it: language, i18n instance, texts, theme, support
 * contact and telemetry. Optional: without it the kit uses its own instance and the browser's
 * language.
 *
 * @example
 * ```tsx
 * <VodErrorProvider lng="zh-CN" supportContact="https://example.com/support" onError={(e) => Sentry.captureMessage(e.code)}>
 *   <App />
 * </VodErrorProvider>
 * ```
 */
export function VodErrorProvider(props: VodErrorProviderProps): ReactNode {
  const { i18n: hostI18n, resources, overrides } = props;
  // The host's instance when given; else one of the provider's own, so its texts and overrides
  // never leak into other providers or the kit's shared instance.
  const [ownI18n] = useState(() => (hostI18n === undefined ? createVodErrorI18n() : undefined));
  const i18n = hostI18n ?? ownI18n ?? getKitI18n();
  // Inline `resources`/`overrides` objects are new on every render; their content is not.
  const textsKey = `${resourcesSignature(resources)}|${overridesSignature(overrides)}`;
  const applied = useRef<{ i18n: I18nInstance; key: string } | null>(null);
  if (applied.current === null) {
    // First render: texts must be there before anything is shown (and on the server).
    applyTexts(i18n, hostI18n !== undefined, resources, overrides);
    applied.current = { i18n, key: textsKey };
  }
  useIsomorphicLayoutEffect(() => {
    // Later changes: applied after render, so i18next's `added` events never fire mid-render.
    if (applied.current?.i18n === i18n && applied.current.key === textsKey) return;
    applyTexts(i18n, hostI18n !== undefined, resources, overrides);
    applied.current = { i18n, key: textsKey };
  });
  const instanceLanguage = useInstanceLanguage(i18n, hostI18n !== undefined && props.lng === undefined);
  const browser = useSyncExternalStore(subscribeToBrowserLanguage, browserLanguage, serverLanguage);
  // Languages the app brought texts for (by prop, or in its own instance) are used as they are.
  const extraLanguages = [...languagesOf(resources), ...vodLanguagesIn(i18n)];
  const language = resolveVodLanguage(props.lng ?? instanceLanguage ?? browser, extraLanguages);
  const value = useMemo<VodErrorConfig>(
    () => ({
      i18n,
      language,
      theme: props.theme ?? 'page',
      site: props.site ?? 'china',
      supportContact: props.supportContact,
      onError: props.onError,
      portalContainer: props.portalContainer,
    }),
    [i18n, language, props.theme, props.site, props.supportContact, props.onError, props.portalContainer],
  );
  return <VodErrorContext.Provider value={value}>{props.children}</VodErrorContext.Provider>;
}

/** The configuration in effect: the nearest provider's, or defaults. */
export function useVodErrorConfig(): VodErrorConfig {
  const config = useContext(VodErrorContext);
  const browser = useSyncExternalStore(subscribeToBrowserLanguage, browserLanguage, serverLanguage);
  return useMemo(
    () =>
      config ?? {
        i18n: getKitI18n(),
        language: resolveVodLanguage(browser),
        theme: 'page',
        site: 'china',
        supportContact: undefined,
        onError: undefined,
        portalContainer: undefined,
      },
    [config, browser],
  );
}
