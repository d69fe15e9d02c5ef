import type { VodErrorLink, VodProvider } from './model.js';
import { redactSecrets } from './redact.js';

/** Which of a provider's sites to link to. Alibaba runs separate China and international sites. */
export type VodSite = 'china' | 'international';

interface LinkInput {
  readonly provider: VodProvider;
  /** The provider's code; `undefined` for synthetic codes, which no provider page knows. */
  readonly code: string | undefined;
  readonly requestId: string | undefined;
  readonly format: string;
  readonly recommend: string | undefined;
  readonly site: VodSite;
}

// Hosts a provider-supplied link (Alibaba's `Recommend`) may point to. Anything else is dropped:
// a compromised proxy must not be able to put a phishing link into the error UI.
const TRUSTED_HOST_SUFFIXES: Readonly<Record<VodProvider, readonly string[]>> = {
  aliyun: ['aliyun.com', 'alibabacloud.com'],
  tencent: ['tencent.com', 'cloud.tencent.com', 'tencentcloud.com'],
  huawei: ['huaweicloud.com'],
  unknown: [],
};

/**
 * Accepts only `https:` URLs without credentials whose host is one of the provider's own
 * domains. Parsed by hand so the core needs no URL global and cannot be fooled by `\` tricks.
 */
export function isTrustedProviderUrl(url: string, provider: VodProvider): boolean {
  if (url.length > 2048 || !url.startsWith('https://')) return false;
  const rest = url.slice('https://'.length);
  let end = rest.length;
  for (const stop of ['/', '?', '#']) {
    const at = rest.indexOf(stop);
    if (at !== -1 && at < end) end = at;
  }
  const host = rest.slice(0, end).toLowerCase();
  if (!/^[a-z0-9.-]+$/.test(host)) return false; // rejects user info, ports, backslashes, IDN tricks
  if (/[\s<>"'`\\]/.test(url)) return false;
  return TRUSTED_HOST_SUFFIXES[provider].some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}

// encodeURIComponent throws on a lone surrogate (a RequestId can hold one) and leaves
// `!'()*` as is, which isTrustedProviderUrl rejects: replace the first, escape the rest.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Alibaba's usual diagnosis link: only these parameters, plain values. Anything else gets the
// full redaction check (a much slower path).
const PLAIN_RECOMMEND = /^https:\/\/[a-z0-9.-]+\/troubleshoot\?(?:(?:q|product|requestId|lang|language)=[A-Za-z0-9._-]{0,128}(?:&|$))+$/;

function carriesNoCredential(url: string): boolean {
  return PLAIN_RECOMMEND.test(url) || redactSecrets(url) === url;
}

const URL_SAFE = /^[A-Za-z0-9._~-]*$/;
const enc = (value: string): string =>
  URL_SAFE.test(value)
    ? value
    : encodeURIComponent(value.replace(LONE_SURROGATE, '\ufffd')).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Builds the docs, diagnosis and ticket links for one error. */
export function buildLinks(input: LinkInput): VodErrorLink[] {
  const links: VodErrorLink[] = [];
  const { provider, code, requestId } = input;
  switch (provider) {
    case 'aliyun': {
      // A link that carries a credential (`…&AccessKeyId=…`) is dropped rather than shown or copied.
      if (input.recommend !== undefined && isTrustedProviderUrl(input.recommend, 'aliyun') && carriesNoCredential(input.recommend)) {
        links.push({ kind: 'recommend', url: input.recommend });
      }
      if (code !== undefined) {
        const host = input.site === 'international' ? 'api.alibabacloud.com' : 'api.aliyun.com';
        const query = `q=${enc(code)}&product=Vod${requestId ? `&requestId=${enc(requestId)}` : ''}`;
        links.push({ kind: 'diagnosis', url: `https://${host}/troubleshoot?${query}` });
      }
      links.push({ kind: 'console', url: 'https://vod.console.aliyun.com/' });
      links.push({ kind: 'ticket', url: 'https://selfservice.console.aliyun.com/ticket/category/vod/today' });
      break;
    }
    case 'tencent': {
      const docs =
        input.format === 'tencent-v2'
          ? 'https://cloud.tencent.com/document/api/267/5820'
          : 'https://cloud.tencent.com/document/api/266/31774';
      links.push({ kind: 'docs', url: docs });
      if (input.format !== 'tencent-v2') {
        links.push({ kind: 'diagnosis', url: 'https://console.cloud.tencent.com/api/diagnosis' });
      }
      links.push({ kind: 'console', url: 'https://console.cloud.tencent.com/vod' });
      links.push({ kind: 'ticket', url: 'https://console.cloud.tencent.com/workorder/category' });
      break;
    }
    case 'huawei': {
      links.push({ kind: 'docs', url: 'https://support.huaweicloud.com/api-vod/ErrorCode.html' });
      links.push({ kind: 'diagnosis', url: 'https://apierrorcenter.developer.huaweicloud.com/apierrorcenter' });
      links.push({ kind: 'console', url: 'https://console.huaweicloud.com/vod' });
      links.push({ kind: 'ticket', url: 'https://console.huaweicloud.com/ticket/#/ticketindex/createIndex' });
      break;
    }
    case 'unknown':
      break;
  }
  return links;
}
