import { useLayoutEffect, useSyncExternalStore, type ReactNode } from 'react';
import { vodErrorResources } from '../../src/i18n/all-resources';
import { VodErrorProvider } from '../../src/react/context';
import { SandboxGlobalsContext, SandboxSchemeContext, defaultSandboxGlobals, type SandboxGlobals } from './sandbox-globals';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeToColorScheme(listener: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}
const prefersDark = () => window.matchMedia(DARK_QUERY).matches;

/** Turns raw toolbar/URL globals into known values; anything else falls back to the default. */
export function readSandboxGlobals(raw: Readonly<Record<string, unknown>>): SandboxGlobals {
  const locale = raw.locale === 'zh-CN' || raw.locale === 'en-US' ? raw.locale : defaultSandboxGlobals.locale;
  const theme = raw.theme === 'light' || raw.theme === 'dark' || raw.theme === 'system' ? raw.theme : defaultSandboxGlobals.theme;
  const provider =
    raw.provider === 'aliyun' || raw.provider === 'tencent' || raw.provider === 'huawei' || raw.provider === 'network' || raw.provider === 'all'
      ? raw.provider
      : defaultSandboxGlobals.provider;
  return { locale, theme, provider };
}

/**
 * Wraps every story: the kit's provider in the toolbar's language and theme (with every built-in
 * text loaded synchronously), and a canvas painted to match so dark looks like dark.
 */
export function SandboxFrame({ globals, children }: { readonly globals: SandboxGlobals; readonly children: ReactNode }): ReactNode {
  const systemDark = useSyncExternalStore(subscribeToColorScheme, prefersDark, () => false);
  // The toolbar offers light, dark and system; the sandbox page itself declares no scheme.
  const scheme = globals.theme === 'dark' || (globals.theme === 'system' && systemDark) ? 'dark' : 'light';
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.lang = globals.locale;
    root.dataset.sandboxTheme = scheme;
  }, [globals.locale, scheme]);
  return (
    <SandboxGlobalsContext.Provider value={globals}>
      <SandboxSchemeContext.Provider value={scheme}>
        <VodErrorProvider lng={globals.locale} theme={globals.theme} resources={vodErrorResources}>
          {children}
        </VodErrorProvider>
      </SandboxSchemeContext.Provider>
    </SandboxGlobalsContext.Provider>
  );
}
