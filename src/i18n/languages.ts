import type { VodBuiltInLanguage } from './namespaces.js';

/**
 * Maps a BCP 47 tag to the language the kit will speak. Every Chinese variant reads the
 * Simplified texts (the kit ships no Traditional ones yet); anything else falls back to English.
 * An exact match among `extraLanguages` (languages the app added) wins.
 *
 * @example
 * ```ts
 * resolveVodLanguage('zh'); // 'zh-CN'
 * resolveVodLanguage('fr-FR'); // 'en-US'
 * ```
 */
export function resolveVodLanguage(tag: string | undefined | null, extraLanguages: readonly string[] = []): string {
  if (typeof tag !== 'string' || tag === '') return 'en-US';
  if (extraLanguages.includes(tag)) return tag;
  const lower = tag.toLowerCase();
  if (lower === 'zh' || lower.startsWith('zh-') || lower.startsWith('zh_')) return 'zh-CN' satisfies VodBuiltInLanguage;
  return 'en-US' satisfies VodBuiltInLanguage;
}
