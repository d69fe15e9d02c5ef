import type { VodError } from '../core/model.js';

/** The resource files the kit ships per language: `locales/<lang>/<name>.json`. */
export type VodResourceName = 'common' | 'aliyun' | 'tencent' | 'tencent-legacy' | 'huawei';

export const vodResourceNames: readonly VodResourceName[] = ['common', 'aliyun', 'tencent', 'tencent-legacy', 'huawei'];

/** Languages the kit ships texts for. Apps may add others with their own resources. */
export const vodBuiltInLanguages = ['en-US', 'zh-CN'] as const;
export type VodBuiltInLanguage = (typeof vodBuiltInLanguages)[number];

/** What every namespace of the kit starts with. */
export const vodNamespacePrefix = 'vod-error-kit/';

/** The i18next namespace of a resource file. Prefixed so it cannot clash with an app's own. */
export function vodNamespace(name: VodResourceName): string {
  return `${vodNamespacePrefix}${name}`;
}

/** The resource files needed to explain one error. */
export function resourcesForError(error: Pick<VodError, 'provider' | 'format' | 'subCode'>): VodResourceName[] {
  switch (error.provider) {
    case 'aliyun':
      return ['common', 'aliyun'];
    case 'huawei':
      return ['common', 'huawei'];
    case 'tencent':
      return error.format === 'tencent-v2' || error.subCode !== undefined ? ['common', 'tencent-legacy'] : ['common', 'tencent'];
    default:
      return ['common'];
  }
}
