import type { VodErrorLink, VodErrorLinkKind } from './model.js';
import { formatDefinition, providerDefinition } from './providers/registry.js';
import type { LinkFacts, LinkPages, LinkSource, VodProviderDefinition } from './providers/types.js';
import { readKey } from './read.js';
import { redactSecrets } from './redact.js';
import { isSyntheticCode } from './synthetic-codes.js';
import { holdsBareSecretPrefix } from './text.js';

/** Which of a provider's sites to link to. Alibaba runs separate China and international sites. */
export type VodSite = 'china' | 'international';

/**
 * Accepts only `https:` URLs without credentials whose host is one of the provider's own
 * domains. Parsed by hand so the core needs no URL global and cannot be fooled by `\` tricks.
 */
export function isTrustedProviderUrl(url: string, provider: string): boolean {
  if (url.length > 2048 || !url.startsWith(HTTPS)) return false;
  // The host runs to the first `/`, `?` or `#`; only `[a-z0-9.-]` may appear in it, which
  // rejects user info, ports, backslashes and IDN tricks.
  const start = HTTPS.length;
  let end = start;
  for (; end < url.length; end++) {
    const c = url.charCodeAt(end);
    if (c === 0x2f || c === 0x3f || c === 0x23) break; // `/`, `?`, `#`
    const lower = c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
    if (!((lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d)) return false;
  }
  if (end === start || UNSAFE_URL_CHARACTER.test(url)) return false;
  const host = url.slice(start, end).toLowerCase();
  return isProviderHost(host, 0, host.length, provider);
}

/**
 * Whether `text` from `start` to `end` is one of the provider's link hosts or a subdomain of
 * one. Compared in place: the usual check of a provider's link takes no slice of it.
 */
function isProviderHost(text: string, start: number, end: number, provider: string): boolean {
  const suffixes = linkHostsOf(provider);
  if (suffixes === undefined) return false;
  for (const { host, dotted } of suffixes) {
    if (end - start === host.length ? text.startsWith(host, start) : end - start >= dotted.length && text.endsWith(dotted, end)) return true;
  }
  return false;
}

/** Each provider's link hosts, with the `.host` a subdomain ends with, worked out once. */
const linkHostsByProvider = new Map<string, ReadonlyArray<{ readonly host: string; readonly dotted: string }>>();

function linkHostsOf(provider: string): ReadonlyArray<{ readonly host: string; readonly dotted: string }> | undefined {
  let hosts = linkHostsByProvider.get(provider);
  if (hosts === undefined) {
    const definition = providerDefinition(provider);
    if (definition === undefined) return undefined;
    hosts = definition.linkHosts.map((host) => ({ host, dotted: `.${host}` }));
    linkHostsByProvider.set(provider, hosts);
  }
  return hosts;
}

/**
 * A link the provider sent, kept only when it is on the provider's own domains and carries no
 * credential. Alibaba's usual diagnosis link is recognised by one pattern that proves both
 * the safe characters and the plain query; anything else takes the full checks.
 */
function isSafeRecommendUrl(url: string, provider: string): boolean {
  // Plain values can still be a bare key ID (`q=LTAI…`): those take the full check, which drops them.
  if (url.length <= 2048 && isPlainRecommendUrl(url) && !holdsBareSecretPrefix(url)) {
    return isProviderHost(url, HTTPS.length, url.indexOf('/', HTTPS.length), provider);
  }
  return isTrustedProviderUrl(url, provider) && redactSecrets(url) === url;
}

const HTTPS = 'https://';
const UNSAFE_URL_CHARACTER = /[\s<>"'`\\]/;

// Alibaba's usual diagnosis link: only these parameters, plain values, a lower-case host.
// Anything else gets the full redaction check (a much slower path).
const PLAIN_RECOMMEND = /^https:\/\/[a-z0-9.-]+\/troubleshoot\?(?:(?:q|product|requestId|lang|language)=[A-Za-z0-9._-]{0,128}(?:&|$))+$/;
// The same with unbounded values, a third faster (issue 12). It says the same for a link too short
// to hold a value over 128 characters: every value follows at least `https://x/troubleshoot?q=`.
const PLAIN_RECOMMEND_UNBOUNDED = /^https:\/\/[a-z0-9.-]+\/troubleshoot\?(?:(?:q|product|requestId|lang|language)=[A-Za-z0-9._-]*(?:&|$))+$/;
const SHORTEST_RECOMMEND_HEAD = 'https://x/troubleshoot?q='.length;

/** True for Alibaba's usual diagnosis link shape (above). Exported for its property test. @internal */
export function isPlainRecommendUrl(url: string): boolean {
  return url.length <= SHORTEST_RECOMMEND_HEAD + 128 ? PLAIN_RECOMMEND_UNBOUNDED.test(url) : PLAIN_RECOMMEND.test(url);
}

// The order the kit shows a provider's pages in.
const PAGE_KINDS = ['docs', 'diagnosis', 'console', 'ticket'] as const satisfies readonly VodErrorLinkKind[];

type PageKind = (typeof PAGE_KINDS)[number];
/** A page of a provider and format: the same link for every error, or one built per error. */
type Page = { readonly link: VodErrorLink } | { readonly kind: PageKind; readonly build: Exclude<LinkSource, string> };

/** A provider and format's pages, and their links when every page is the same for every error. */
interface Pages {
  readonly pages: readonly Page[];
  readonly fixedLinks: readonly VodErrorLink[] | undefined;
}

// The provider's pages overlaid with its format's, worked out once per provider and format.
// Fixed links are shared, frozen objects: most of a model's links are the same for every error,
// and when all of them are, a model's list is a copy of one array (issue 12).
const pagesByProviderAndFormat = new Map<string, Map<string, Pages>>();

function pagesFor(provider: VodProviderDefinition, format: string): Pages {
  let byFormat = pagesByProviderAndFormat.get(provider.id);
  if (byFormat === undefined) pagesByProviderAndFormat.set(provider.id, (byFormat = new Map()));
  let pages = byFormat.get(format);
  if (pages === undefined) {
    const overrides: LinkPages | undefined = formatDefinition(format)?.links;
    const list: Page[] = [];
    for (const kind of PAGE_KINDS) {
      const source = overrides !== undefined && kind in overrides ? overrides[kind] : provider.links[kind];
      if (typeof source === 'string') list.push({ link: Object.freeze({ kind, url: source }) });
      else if (typeof source === 'function') list.push({ kind, build: source });
    }
    const fixedLinks = list.every((page) => 'link' in page) ? list.map((page) => (page as { readonly link: VodErrorLink }).link) : undefined;
    pages = { pages: list, fixedLinks };
    byFormat.set(format, pages);
  }
  return pages;
}

/**
 * Builds the recommend, docs, diagnosis, console and ticket links for one error, for one of
 * the provider's sites. Pages come from the provider's definition, overridden by its format's.
 * The facts come one by one, not as an object, because every normalization calls this (issue
 * 12); all of them are the model's.
 *
 * @param code The model's code; synthetic codes (`Timeout`, `HTTP.503`) get no code-specific page.
 * @param recommend A link the provider sent (Alibaba's `Recommend`), kept only when trusted.
 */
export function buildLinks(
  providerId: string,
  format: string,
  code: string,
  requestId: string | undefined,
  recommend: string | undefined,
  site: VodSite,
): VodErrorLink[] {
  const provider = providerDefinition(providerId);
  if (provider === undefined) return [];
  const { pages, fixedLinks } = pagesFor(provider, format);
  // The recommend link comes first: its place is kept while the pages are listed.
  let links: VodErrorLink[];
  let builtUrl: string | undefined;
  if (fixedLinks !== undefined) {
    links = recommend === undefined ? fixedLinks.slice() : [RECOMMEND_PLACE, ...fixedLinks];
  } else {
    links = recommend === undefined ? [] : [RECOMMEND_PLACE];
    let facts: LinkFacts | undefined;
    for (const page of pages) {
      if ('link' in page) {
        links.push(page.link);
        continue;
      }
      facts ??= { code: code === '' || isSyntheticCode(code) ? undefined : code, requestId };
      const url = page.build(facts, site);
      if (url !== undefined) links.push({ kind: page.kind, url });
      builtUrl ??= url;
    }
  }
  if (recommend === undefined) return links;
  // A link that carries a credential (`…&AccessKeyId=…`) is dropped rather than shown or copied.
  // Alibaba's Recommend is usually the very diagnosis link the kit builds from the cleaned code
  // and RequestId: equal to it, it is safe without the checks, which took a quarter of the
  // time an Alibaba error took (issue 12).
  if (recommend === builtUrl || isSafeRecommendUrl(recommend, providerId)) links[0] = { kind: 'recommend', url: recommend };
  else links.shift();
  return links;
}

// Keeps the recommend link's place in a list being built; never left in a result.
const RECOMMEND_PLACE: VodErrorLink = Object.freeze({ kind: 'recommend', url: '' });

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
  return buildLinks(provider, stringAt(error, 'format') ?? '', stringAt(error, 'code') ?? '', stringAt(error, 'requestId'), stringAt(recommend, 'url'), site);
}
