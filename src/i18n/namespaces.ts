import type { VodError } from '../core/model.js';
import { providerResourceNames, type VodProviderResourceName } from '../core/providers/registry.js';
import { textCandidates } from './text-candidates.js';

/**
 * The resource files the kit ships per language: `locales/<lang>/<name>.json`. `common` holds
 * the kit's own texts; the others are the provider formats' (see the provider registry).
 */
export type VodResourceName = 'common' | VodProviderResourceName;

/**
 * Every resource file of the kit.
 *
 * @example
 * ```ts
 * vodResourceNames.includes('tencent-parameters'); // true
 * ```
 */
export const vodResourceNames: readonly VodResourceName[] = ['common', ...providerResourceNames];

/** Languages the kit ships texts for. Apps may add others with their own resources. */
export const vodBuiltInLanguages = ['en-US', 'zh-CN'] as const;
export type VodBuiltInLanguage = (typeof vodBuiltInLanguages)[number];

/** What every namespace of the kit starts with. */
export const vodNamespacePrefix = 'vod-error-kit/';

/**
 * The i18next namespace of a resource file. Prefixed so it cannot clash with an app's own.
 *
 * @example
 * ```ts
 * vodNamespace('aliyun'); // 'vod-error-kit/aliyun'
 * ```
 */
export function vodNamespace(name: VodResourceName): string {
  return `${vodNamespacePrefix}${name}`;
}

/**
 * The resource files needed to explain one error: `common`, and the file of each code its texts
 * may come from (the code, its dot-parents, the catalog code), by the provider's rule.
 *
 * @example
 * ```ts
 * resourcesForError(normalizeVodError({ Response: { Error: { Code: 'InvalidParameterValue.FileId' }, RequestId: 'r' } }));
 * // ['common', 'tencent-parameters', 'tencent']
 * ```
 */
export function resourcesForError(error: Partial<Pick<VodError, 'provider' | 'format' | 'code' | 'subCode' | 'catalogCode'>>): VodResourceName[] {
  const names: VodResourceName[] = ['common'];
  for (const candidate of textCandidates(error)) {
    if (!names.includes(candidate.resource)) names.push(candidate.resource);
  }
  return names;
}
