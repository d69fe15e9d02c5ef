import { isPlainToken } from './text.js';

// encodeURIComponent throws on a lone surrogate (a RequestId can hold one) and leaves
// `!'()*` as is, which isTrustedProviderUrl rejects: replace the first, escape the rest.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const URL_SAFE = /^[A-Za-z0-9._~-]*$/;

/** Encodes a value for a URL query, never throwing and leaving nothing a link check rejects. */
export function encodeQueryValue(value: string): string {
  // A plain token (the usual RequestId, just checked by the model's cleaning) is URL-safe.
  return isPlainToken(value) || URL_SAFE.test(value)
    ? value
    : encodeURIComponent(value.replace(LONE_SURROGATE, '\ufffd')).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
