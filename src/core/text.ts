import { redactSecrets } from './redact.js';

/** Longest server message the model keeps; longer texts are cut with an ellipsis. */
export const MESSAGE_MAX_LENGTH = 1000;
/** Longest identifier (code, RequestId, HostId) the model keeps. */
export const IDENTIFIER_MAX_LENGTH = 128;

// C0/C1 controls except tab and newline, and the bidi controls that can make text read
// differently from how it is stored (RTL override spoofing).
// Anything cleanText would change: an unsafe character, a run of spaces, or what the redaction
// guard (`mightHoldSecret` in redact.ts) looks for. A test keeps the two guards in step.
// One character class holds every single character it looks for (a third faster than two).
// eslint-disable-next-line no-control-regex
const NEEDS_CLEANING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff:=@]|[ \t]{2}|%3d|LTAI|AKID|STS\.|CAIS|eyJ|Bearer|Basic|HMAC/i;
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Makes server text safe to show and copy: bounded length, no control or bidi-override
 * characters, no credentials, trimmed. Works on a prefix first so a 10 MB string costs little.
 */
export function cleanText(value: string, maxLength = MESSAGE_MAX_LENGTH): string {
  // Work on a bounded prefix: everything after it would be cut anyway, and redaction needs a
  // little slack so a secret straddling the cut is still recognised.
  const prefix = value.length > maxLength * 2 + 256 ? value.slice(0, maxLength * 2 + 256) : value;
  // Spaces are collapsed before redaction: `token=      secret` must not turn into a
  // `token= secret` the redactor never saw.
  // Most messages need none of it: one scan decides.
  if (!NEEDS_CLEANING.test(prefix)) return truncate(prefix.trim(), maxLength);
  const cleaned = redactSecrets(prefix.replace(UNSAFE_CHARACTERS, '').replace(/[ \t]{2,}/g, ' ')).trim();
  return truncate(cleaned, maxLength);
}

/** Identifiers are single tokens: anything unusual is dropped rather than shown. */
export function cleanIdentifier(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  // The common case (a code or a RequestId) is a plain token with nothing to clean. Within such a
  // token only the bare key and token prefixes of `redact.ts` can match, and they are case-sensitive.
  if (isPlainToken(value)) return value;
  // Line breaks become spaces before cleaning, for the same reason.
  const cleaned = cleanText(value.replace(/\s+/g, ' '), IDENTIFIER_MAX_LENGTH).replace(/\s+/g, ' ');
  return cleaned.length > 0 ? cleaned : undefined;
}

// The start of a bare key ID or token (`LTAI`, `AKID`, `STS.`, `CAIS`, `eyJ`): among plain
// characters, the only thing a redaction pattern could change. Kept in step with BARE_KEY and
// BARE_TOKEN in redact.ts by the redaction guard's property test.
const BARE_SECRET_PREFIXES = 'LTAI|AKID|STS\\.|CAIS|eyJ';
const BARE_SECRET_PREFIX = new RegExp(BARE_SECRET_PREFIXES);
// Anything that keeps a text from being a plain token: a character outside `[A-Za-z0-9._-]` or
// a bare prefix. One pattern, one pass: two (the characters, then the prefixes) cost a third
// more, on every error's code and RequestId (issue 12).
const NOT_PLAIN = new RegExp(`[^A-Za-z0-9._-]|${BARE_SECRET_PREFIXES}`);

/** True when a text holds the start of a bare key ID or token (above). */
export function holdsBareSecretPrefix(text: string): boolean {
  return BARE_SECRET_PREFIX.test(text);
}

// The last value found plain. A model's RequestId is checked when it is cleaned and again when
// a link carries it (`encodeQueryValue`): the second check costs a comparison.
let lastPlainToken: string | undefined;

/**
 * True for a plain token: 1–128 of `[A-Za-z0-9._-]` holding no bare key or token prefix, which
 * no redaction pattern can change and a URL query carries as it is.
 *
 * @example
 * ```ts
 * isPlainToken('InvalidVideo.NotFound'); // true
 * ```
 */
export function isPlainToken(value: string): boolean {
  if (value === lastPlainToken) return true;
  if (value.length === 0 || value.length > IDENTIFIER_MAX_LENGTH || NOT_PLAIN.test(value)) return false;
  lastPlainToken = value;
  return true;
}

export function truncate(value: string, maxLength: number): string {
  if (value.length <= maxLength) return value;
  // Do not split a surrogate pair.
  let end = maxLength - 1;
  const code = value.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${value.slice(0, end)}…`;
}
