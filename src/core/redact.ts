/** What a removed credential is replaced with. */
export const REDACTED = '[REDACTED]';

// Names under which the three providers (and the storage/CDN layers their uploads use) carry
// credentials: POP signed URLs (AccessKeyId, Signature, SignatureNonce, SecurityToken), Tencent
// (SecretId, X-TC-Token, COS q-ak/q-signature, x-cos-security-token), Huawei (X-Auth-Token,
// X-Security-Token, AK/SK), STS and upload credentials (UploadAuth, UploadAddress), CDN auth_key.
const SECRET_NAMES = [
  'accesskeyid', 'access_key_id', 'accesskeysecret', 'access_key_secret', 'accesskey', 'secretaccesskey',
  'secretid', 'secret_id', 'secretkey', 'secret_key', 'secret', 'ak', 'sk',
  'securitytoken', 'security_token', 'security-token', 'sessiontoken', 'session_token',
  'x-cos-security-token', 'x-oss-security-token', 'x-acs-security-token', 'x-tc-token',
  'x-auth-token', 'x-security-token', 'x-amz-security-token', 'x-amz-signature', 'x-amz-credential',
  'signature', 'signaturenonce', 'q-signature', 'q-ak', 'sign', 'token', 'access_token', 'refresh_token',
  'authorization', 'proxy-authorization', 'uploadauth', 'uploadaddress', 'ossaccesskeyid', 'auth_key',
  'password', 'passwd', 'vodsessionkey', 'credential', 'credentials',
];

const NAME_PATTERN = SECRET_NAMES.map((name) => name.replace(/[-_]/g, '[-_]?')).join('|');
// Where a name may start: not inside a word, but right after a percent-escape (`%26AccessKeyId%3D…`
// in a URL-encoded query inside another query or a string to sign).
const NAME_START = '(?<=^|[^a-z0-9]|%[0-9a-f]{2})';
// A name and its separator where a value is expected: `AccessKeyId=`, `"token": `.
const NAME_SEPARATOR = `${NAME_START}(?:${NAME_PATTERN})\\\\?["']?[ \\t]{0,256}(?::|=|%3d)`;

// name (at a NAME_START; a lookbehind, so the quote that closed the previous value still
// counts as a boundary), optional closing quote of a JSON key (escaped, for JSON inside a JSON string),
// separator (":", "=", or URL-encoded "="), value.
// Values run to their end however long (Huawei IAM tokens are several KB) and an unclosed quote
// runs to the end of the line: nothing follows them in the pattern, so they never backtrack.
// Separator spaces are bounded, so the pattern stays linear on hostile input. A value stops
// before another name and separator (`token=#AccessKeyId=…`, `Signature= "AccessKeyId": …`),
// which is left for its own match.
const KEY_VALUE = new RegExp(
  `${NAME_START}(${NAME_PATTERN})(\\\\?["']?[ \\t]{0,256}(?::|=|%3d)[ \\t]{0,256})(?!\\\\?["']?${NAME_SEPARATOR})(\\[REDACTED\\]|"[^"\\r\\n]*"?|'[^'\\r\\n]*'?|\\\\"[^"\\r\\n\\\\]*(?:\\\\")?|(?:(?!${NAME_SEPARATOR})[^\\s&"'<>,;}\\]])+)`,
  'gi',
);

// Signature schemes in Authorization headers: everything after the scheme is credential.
const AUTH_SCHEME = /\b(TC3-HMAC-SHA256|SDK-HMAC-SHA256|ACS3-HMAC-SHA256|HMAC-SHA256|q-sign-algorithm=sha1)([ \t&][^\r\n"']{0,2048})/gi;
const BEARER = /\b(Bearer|Basic)[ \t]+[A-Za-z0-9._~+/=-]{8,}/g;
const ACS_OSS = /\b(acs|OSS|OSS4-HMAC-SHA256)[ \t]+[A-Za-z0-9.]{8,128}:[A-Za-z0-9+/=]{8,512}/g;
// Bare key IDs recognisable by their prefix: Alibaba `LTAI…`, Tencent `AKID…`, STS `STS.…`.
const BARE_KEY = /\b(?:LTAI[A-Za-z0-9]{12,28}|AKID[A-Za-z0-9]{13,40}|STS\.[A-Za-z0-9]{16,2048})\b/g;
// Bare tokens recognisable by their start: Alibaba STS SecurityTokens (`CAIS…`), and base64
// JSON objects (`eyJ` is base64 for `{"`): Alibaba's UploadAuth/UploadAddress and JWTs, which an
// upload error may repeat without their parameter name. Nothing follows the open-ended runs.
const BARE_TOKEN = /\b(?:CAIS[A-Za-z0-9+/]{40,}|eyJ[A-Za-z0-9+/_-]{16,}(?:\.[A-Za-z0-9_-]+){0,2})={0,2}/g;
// `https://user:password@host`
const URL_USERINFO = /(\b[a-z][a-z0-9+.-]{1,16}:\/\/)[^\s/@:]{1,256}:[^\s/@]{1,256}@/gi;

function replaceKeyValue(_match: string, name: string, separator: string, value: string): string {
  const quote = value.startsWith('\\"') ? '\\"' : value[0] === '"' || value[0] === "'" ? value[0] : '';
  return `${name}${separator}${quote}${REDACTED}${quote}`;
}

/**
 * Removes credentials from a string: signed-URL parameters, Authorization headers, key IDs,
 * STS tokens and upload credentials. Used on every string the kit shows, copies or reports.
 *
 * @example
 * ```ts
 * redactSecrets('GET /?AccessKeyId=LTAI5tExample1234&Signature=abc%3D');
 * // 'GET /?AccessKeyId=[REDACTED]&Signature=[REDACTED]'
 * ```
 */
export function redactSecrets(text: string): string {
  return text.length === 0 || !mightHoldSecret(text) ? text : applySecretPatterns(text);
}

/** False when no redaction pattern can match: the cheap test before the seven real ones. */
export function mightHoldSecret(text: string): boolean {
  return MIGHT_HOLD_SECRET.test(text);
}

// Every pattern below needs one of these: a separator (`:`, `=`, `%3D`, `@`), a key prefix, or
// a scheme word. Most codes, RequestIds and messages have none, and skip seven regex passes.
// A property test keeps this guard in step with the patterns.
const MIGHT_HOLD_SECRET = /[:=@]|%3d|LTAI|AKID|STS\.|CAIS|eyJ|Bearer|Basic|HMAC/i;

/** All redaction patterns, unguarded. Exported for the guard's property test only. @internal */
export function applySecretPatterns(text: string): string {
  return text
    .replace(AUTH_SCHEME, (_m, scheme: string) => `${scheme} ${REDACTED}`)
    .replace(BEARER, (_m, scheme: string) => `${scheme} ${REDACTED}`)
    .replace(ACS_OSS, (_m, scheme: string) => `${scheme} ${REDACTED}`)
    .replace(KEY_VALUE, replaceKeyValue)
    .replace(BARE_KEY, REDACTED)
    .replace(BARE_TOKEN, REDACTED)
    .replace(URL_USERINFO, `$1${REDACTED}@`);
}

/**
 * A page URL fit for a support report: no fragment (it can hold OAuth tokens), no user info,
 * and credential-like query parameters redacted.
 */
export function redactUrl(url: string): string {
  const hash = url.indexOf('#');
  return redactSecrets(hash === -1 ? url : url.slice(0, hash));
}
