import enCommon from '../../locales/en-US/common.json';
import zhCommon from '../../locales/zh-CN/common.json';

/**
 * The provider-independent texts (UI chrome, category and HTTP fallbacks) in both built-in
 * languages. Bundled so the kit always has something meaningful to say on first render, while
 * the larger per-provider files load on demand.
 */
export const commonResources: Readonly<Record<string, unknown>> = {
  'en-US': enCommon,
  'zh-CN': zhCommon,
};
