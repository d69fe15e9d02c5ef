import type { VodProviderDefinition } from './types.js';
import { vodProviderDefinitions } from './providers.js';
import { memoizeText } from '../memo.js';

type KnownProvider = (typeof vodProviderDefinitions)[number]['id'];

const providers: readonly VodProviderDefinition[] = vodProviderDefinitions;

/**
 * Finds a provider host name in a URL or message (`request to https://vod.tencentcloudapi.com/
 * failed`). Looks at a bounded prefix only. Short texts (a HostId, an endpoint URL) repeat from
 * error to error: their answer is remembered.
 */
export const detectProviderFromText: (text: string) => KnownProvider | undefined = memoizeText(scan);

function scan(text: string): KnownProvider | undefined {
  const head = (text.length > 4096 ? text.slice(0, 4096) : text).toLowerCase();
  for (const provider of providers) {
    for (const host of provider.hosts) {
      const at = head.indexOf(host);
      // Require a label boundary before the host so "notaliyun.com.evil" style names still count
      // only when the provider's domain is really there.
      if (at !== -1 && (at === 0 || /[./@\s"'(]/.test(head[at - 1] ?? ''))) {
        const after = head[at + host.length];
        if (after === undefined || !/[a-z0-9-]/.test(after)) return provider.id as KnownProvider;
      }
    }
  }
  return undefined;
}
