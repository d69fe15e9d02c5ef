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

// name, optional closing quote of a JSON key, separator (":", "=", or URL-encoded "="), value.
// Every quantifier is bounded, so the pattern stays linear on hostile input.
const KEY_VALUE = new RegExp(
  `(^|[^a-z0-9])(${NAME_PATTERN})(["']?[ \\t]{0,4}(?::|=|%3d)[ \\t]{0,4})("[^"\\r\\n]{0,4096}"|'[^'\\r\\n]{0,4096}'|\\\\"[^"\\r\\n\\\\]{0,4096}\\\\"|[^\\s&"'<>,;}\\]]{1,4096})`,
  'gi',
);

// Signature schemes in Authorization headers: everything after the scheme is credential.
const AUTH_SCHEME = /\b(TC3-HMAC-SHA256|SDK-HMAC-SHA256|ACS3-HMAC-SHA256|HMAC-SHA256|q-sign-algorithm=sha1)([ \t&][^\r\n"']{0,2048})/gi;
const BEARER = /\b(Bearer|Basic)[ \t]+[A-Za-z0-9._~+/=-]{8,4096}/g;
const ACS_OSS = /\b(acs|OSS|OSS4-HMAC-SHA256)[ \t]+[A-Za-z0-9.]{8,128}:[A-Za-z0-9+/=]{8,512}/g;
// Bare key IDs recognisable by their prefix: Alibaba `LTAI…`, Tencent `AKID…`, STS `STS.…`.
const BARE_KEY = /\b(?:LTAI[A-Za-z0-9]{12,28}|AKID[A-Za-z0-9]{13,40}|STS\.[A-Za-z0-9]{16,2048})\b/g;
// `https://user:password@host`
const URL_USERINFO = /(\b[a-z][a-z0-9+.-]{1,16}:\/\/)[^\s/@:]{1,256}:[^\s/@]{1,256}@/gi;

function replaceKeyValue(_match: string, before: string, name: string, separator: string, value: string): string {
  const quote = value.startsWith('\\"') ? '\\"' : value[0] === '"' || value[0] === "'" ? value[0] : '';
  return `${before}${name}${separator}${quote}${REDACTED}${quote}`;
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
  if (text.length === 0) return text;
  return text
    .replace(AUTH_SCHEME, (_m, scheme: string) => `${scheme} ${REDACTED}`)
    .replace(BEARER, (_m, scheme: string) => `${scheme} ${REDACTED}`)
    .replace(ACS_OSS, (_m, scheme: string) => `${scheme} ${REDACTED}`)
    .replace(KEY_VALUE, replaceKeyValue)
    .replace(BARE_KEY, REDACTED)
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
