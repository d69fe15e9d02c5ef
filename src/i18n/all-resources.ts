/// <reference types="vite/client" />
import type { VodResourceName } from './namespaces.js';

/** Texts of one language, by resource file. */
export type VodLanguageResources = Partial<Record<VodResourceName, unknown>>;

// Expanded at build time into one static import per file of `locales/<lang>/<name>.json`.
const files: Readonly<Record<string, unknown>> = import.meta.glob('../../locales/*/*.json', { eager: true, import: 'default' });

function byLanguage(): Record<string, VodLanguageResources> {
  const languages: Record<string, Record<string, unknown>> = {};
  for (const [path, data] of Object.entries(files)) {
    const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (match?.[1] === undefined || match[2] === undefined) continue;
    (languages[match[1]] ??= {})[match[2]] = data;
  }
  return languages;
}

/**
 * Every built-in text, statically imported: for servers, logs and tests, or an app that wants
 * all texts in its main bundle instead of loading them on demand.
 *
 * @example
 * ```tsx
 * <VodErrorProvider resources={vodErrorResources}>…</VodErrorProvider>
 * ```
 */
export const vodErrorResources: Readonly<Record<string, VodLanguageResources>> = byLanguage();
