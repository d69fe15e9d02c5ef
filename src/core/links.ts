import type { VodErrorLink, VodErrorLinkKind } from './model.js';
import { formatDefinition, providerDefinition } from './providers/registry.js';
import type { LinkPages, LinkSource } from './providers/types.js';
import { redactSecrets } from './redact.js';

/** Which of a provider's sites to link to. Alibaba runs separate China and international sites. */
export type VodSite = 'china' | 'international';

/** The facts links are built from: all of them are in the model. */
export interface LinkInput {
  readonly provider: string;
  readonly format: string;
  /** The provider's code; `undefined` for synthetic codes, which no provider page knows. */
  readonly code: string | undefined;
  readonly requestId: string | undefined;
  /** A link the provider sent (Alibaba's `Recommend`); kept only when trusted. */
  readonly recommend: string | undefined;
}

/**
 * Accepts only `https:` URLs without credentials whose host is one of the provider's own
 * domains. Parsed by hand so the core needs no URL global and cannot be fooled by `\` tricks.
 */
export function isTrustedProviderUrl(url: string, provider: string): boolean {
  if (url.length > 2048 || !url.startsWith('https://')) return false;
  const suffixes = providerDefinition(provider)?.linkHosts;
  if (suffixes === undefined) return false;
  const rest = url.slice('https://'.length);
  let end = rest.length;
  for (const stop of ['/', '?', '#']) {
    const at = rest.indexOf(stop);
    if (at !== -1 && at < end) end = at;
  }
  const host = rest.slice(0, end).toLowerCase();
  if (!/^[a-z0-9.-]+$/.test(host)) return false; // rejects user info, ports, backslashes, IDN tricks
  if (/[\s<>"'`\\]/.test(url)) return false;
  return suffixes.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}

// Alibaba's usual diagnosis link: only these parameters, plain values. Anything else gets the
// full redaction check (a much slower path).
const PLAIN_RECOMMEND = /^https:\/\/[a-z0-9.-]+\/troubleshoot\?(?:(?:q|product|requestId|lang|language)=[A-Za-z0-9._-]{0,128}(?:&|$))+$/;

function carriesNoCredential(url: string): boolean {
  return PLAIN_RECOMMEND.test(url) || redactSecrets(url) === url;
}

// The order the kit shows a provider's pages in.
const PAGE_KINDS = ['docs', 'diagnosis', 'console', 'ticket'] as const satisfies readonly VodErrorLinkKind[];

function page(source: LinkSource | null | undefined, input: LinkInput, site: VodSite): string | undefined {
  if (source === null || source === undefined) return undefined;
  return typeof source === 'string' ? source : source(input, site);
}

/**
 * Builds the recommend, docs, diagnosis, console and ticket links for one error, for one of
 * the provider's sites. Pages come from the provider's definition, overridden by its format's.
 */
export function buildLinks(input: LinkInput, site: VodSite): VodErrorLink[] {
  const provider = providerDefinition(input.provider);
  if (provider === undefined) return [];
  const links: VodErrorLink[] = [];
  // A link that carries a credential (`…&AccessKeyId=…`) is dropped rather than shown or copied.
  const { recommend } = input;
  if (recommend !== undefined && isTrustedProviderUrl(recommend, input.provider) && carriesNoCredential(recommend)) {
    links.push({ kind: 'recommend', url: recommend });
  }
  const overrides: LinkPages | undefined = formatDefinition(input.format)?.links;
  for (const kind of PAGE_KINDS) {
    const source = overrides !== undefined && kind in overrides ? overrides[kind] : provider.links[kind];
    const url = page(source, input, site);
    if (url !== undefined) links.push({ kind, url });
  }
  return links;
}
