import { aliyunProvider } from './aliyun/provider.js';
import { huaweiProvider } from './huawei/provider.js';
import { tencentProvider } from './tencent/provider.js';

/**
 * Every provider the kit knows, in the order host detection tries them. Adding a provider is
 * a folder beside these and one line here (and its formats' lines in `registry.ts`).
 */
export const vodProviderDefinitions = [aliyunProvider, tencentProvider, huaweiProvider] as const;
