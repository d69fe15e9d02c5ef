import type { VodResourceName } from './namespaces.js';

type JsonModule = { default: unknown };
type Loader = () => Promise<JsonModule>;

// One dynamic import per file, so bundlers emit one chunk per language and provider and an
// app downloads only what its errors need.
const loaders: Readonly<Record<string, Readonly<Record<VodResourceName, Loader>>>> = {
  'en-US': {
    common: () => import('../../locales/en-US/common.json'),
    aliyun: () => import('../../locales/en-US/aliyun.json'),
    tencent: () => import('../../locales/en-US/tencent.json'),
    'tencent-legacy': () => import('../../locales/en-US/tencent-legacy.json'),
    huawei: () => import('../../locales/en-US/huawei.json'),
  },
  'zh-CN': {
    common: () => import('../../locales/zh-CN/common.json'),
    aliyun: () => import('../../locales/zh-CN/aliyun.json'),
    tencent: () => import('../../locales/zh-CN/tencent.json'),
    'tencent-legacy': () => import('../../locales/zh-CN/tencent-legacy.json'),
    huawei: () => import('../../locales/zh-CN/huawei.json'),
  },
};

/** Loads one built-in resource file; `undefined` for a language the kit does not ship. */
export async function loadBuiltInResource(language: string, name: VodResourceName): Promise<unknown> {
  const loader = loaders[language]?.[name];
  if (loader === undefined) return undefined;
  const module = await loader();
  return module.default;
}
