import enAliyun from '../../locales/en-US/aliyun.json';
import enCommon from '../../locales/en-US/common.json';
import enHuawei from '../../locales/en-US/huawei.json';
import enTencentLegacy from '../../locales/en-US/tencent-legacy.json';
import enTencent from '../../locales/en-US/tencent.json';
import zhAliyun from '../../locales/zh-CN/aliyun.json';
import zhCommon from '../../locales/zh-CN/common.json';
import zhHuawei from '../../locales/zh-CN/huawei.json';
import zhTencentLegacy from '../../locales/zh-CN/tencent-legacy.json';
import zhTencent from '../../locales/zh-CN/tencent.json';
import type { VodResourceName } from './namespaces.js';

/** Texts of one language, by resource file. */
export type VodLanguageResources = Partial<Record<VodResourceName, unknown>>;

/**
 * Every built-in text, statically imported: for servers, logs and tests, or an app that wants
 * all texts in its main bundle instead of loading them on demand.
 *
 * @example
 * ```tsx
 * <VodErrorProvider resources={vodErrorResources}>…</VodErrorProvider>
 * ```
 */
export const vodErrorResources: Readonly<Record<string, VodLanguageResources>> = {
  'en-US': { common: enCommon, aliyun: enAliyun, tencent: enTencent, 'tencent-legacy': enTencentLegacy, huawei: enHuawei },
  'zh-CN': { common: zhCommon, aliyun: zhAliyun, tencent: zhTencent, 'tencent-legacy': zhTencentLegacy, huawei: zhHuawei },
};
