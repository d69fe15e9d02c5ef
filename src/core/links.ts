import type { VodErrorLink, VodErrorLinkKind } from './model.js';
import { formatDefinition, providerDefinition } from './providers/registry.js';
import type { LinkFacts, LinkPages, LinkSource } from './providers/types.js';
import { readKey } from './read.js';
import { redactSecrets } from './redact.js';
import { isSyntheticCode } from './synthetic-codes.js';

/** Which of a provider's sites to link to. Alibaba runs separate China and international sites. */
export type VodSite = 'china' | 'international';

/** The facts links are built from: all of them are in the model. */
export interface LinkInput {
  readonly provider: string;
  readonly format: string;
  /** The model's code; synthetic codes (`Timeout`, `HTTP.503`) get no code-specific page. */
  readonly code: string;
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

function page(source: LinkSource | null | undefined, facts: LinkFacts, site: VodSite): string | undefined {
  if (source === null || source === undefined) return undefined;
  return typeof source === 'string' ? source : source(facts, site);
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
  const facts: LinkFacts = { code: input.code === '' || isSyntheticCode(input.code) ? undefined : input.code, requestId: input.requestId };
  for (const kind of PAGE_KINDS) {
    const source = overrides !== undefined && kind in overrides ? overrides[kind] : provider.links[kind];
    const url = page(source, facts, site);
    if (url !== undefined) links.push({ kind, url });
  }
  return links;
}

const stringAt = (value: unknown, key: string): string | undefined => {
  const field = readKey(value, key);
  return typeof field === 'string' ? field : undefined;
};

/**
 * The links of an error for one of the provider's sites, built from the model's facts at render
 * time: the site is a display choice, not a fact of the error. Works on models, JSON copies and
 * partial hand-made ones (an unknown provider has no links). Never throws.
 *
 * @example
 * ```ts
 * vodErrorLinks(error, 'international');
 * // [{ kind: 'diagnosis', url: 'https://api.alibabacloud.com/troubleshoot?q=…' }, …]
 * ```
 */
export function vodErrorLinks(error: unknown, site: VodSite): VodErrorLink[] {
  const provider = stringAt(error, 'provider');
  if (provider === undefined) return [];
  const links = readKey(error, 'links');
  const recommend = Array.isArray(links) ? links.find((link) => readKey(link, 'kind') === 'recommend') : undefined;
  return buildLinks(
    {
      provider,
      format: stringAt(error, 'format') ?? '',
      code: stringAt(error, 'code') ?? '',
      requestId: stringAt(error, 'requestId'),
      recommend: stringAt(recommend, 'url'),
    },
    site,
  );
}
