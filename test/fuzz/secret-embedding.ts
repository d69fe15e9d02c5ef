// A credential hidden in arbitrary text the way logs, messages and URLs carry them: a real
// credential name, one of the separators seen in query strings, headers and (nested) JSON,
// and a random value from the alphabets credentials use. Browser-safe.
import fc from 'fast-check';
import { redactSecrets } from '../../src/core/redact';
import { cleanText } from '../../src/core/text';
import { anyText, pathologicalString } from './arbitraries';

/** Names under which the three providers, their storage layers and web apps carry credentials. */
export const CREDENTIAL_NAMES = [
  'AccessKeyId', 'AccessKeySecret', 'access_key_id', 'SecretId', 'SecretKey', 'SecurityToken', 'Signature', 'SignatureNonce',
  'X-TC-Token', 'x-cos-security-token', 'x-oss-security-token', 'x-acs-security-token', 'q-ak', 'q-signature',
  'X-Security-Token', 'X-Auth-Token', 'UploadAuth', 'UploadAddress', 'auth_key', 'access_token', 'refresh_token', 'token',
  'password', 'Authorization', 'Credential', 'sessionToken', 'VodSessionKey', 'OSSAccessKeyId',
] as const;

/** How a name and its value are joined: query strings, headers, JSON, JSON inside JSON, URL-encoded. */
const FORMS: ReadonlyArray<readonly [string, (name: string, value: string) => string]> = [
  ['query', (name, value) => `${name}=${value}`],
  ['header', (name, value) => `${name}: ${value}`],
  ['aligned header', (name, value) => `${name}:        ${value}`],
  ['JSON', (name, value) => `"${name}":"${value}"`],
  ['spaced JSON', (name, value) => `"${name}": "${value}"`],
  ['single-quoted', (name, value) => `'${name}': '${value}'`],
  ['JSON in a JSON string', (name, value) => `\\"${name}\\":\\"${value}\\"`],
  ['URL-encoded query', (name, value) => `${name}%3D${value}`],
  ['spaced assignment', (name, value) => `${name} = ${value}`],
];

const BEFORE = [' ', '&', '?', '\n', ',', ';', '{', '(', '\t', '|', '\r\n', '#'];
const AFTER = ['', ' ', '&', '\n', ',', ';', '}', '"', '\r\n'];

// Base64 (standard and URL-safe), hex and percent-encoding: what keys, signatures and tokens are made of.
const CREDENTIAL_ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_.~'];

/** A random credential value: 16–96 characters, or a 4–9 KB token like Huawei's IAM tokens. */
export const secretValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 9, arbitrary: fc.string({ unit: fc.constantFrom(...CREDENTIAL_ALPHABET), minLength: 16, maxLength: 96 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...CREDENTIAL_ALPHABET), minLength: 4096, maxLength: 9216 }) },
  { weight: 1, arbitrary: fc.tuple(fc.string({ unit: fc.constantFrom(...CREDENTIAL_ALPHABET), minLength: 12, maxLength: 40 })).map(([body]) => `${body}%2B${body}%3D`) },
)
  // A value made of one repeated character is not a credential and may occur in the noise around it.
  .filter((value) => new Set(value).size >= 6);

/** Casing as apps and proxies spell names: as documented, lower case, upper case. */
const nameCasing = fc.constantFrom<(name: string) => string>((name) => name, (name) => name.toLowerCase(), (name) => name.toUpperCase());

export interface EmbeddedSecret {
  readonly text: string;
  readonly secret: string;
  readonly name: string;
  readonly form: string;
}

const noise = fc.oneof(anyText, pathologicalString.map((text) => text.slice(0, 600)), fc.constant(''));

/**
 * Whether the name survives redaction after `noise`, as the kit sees text: raw (redactSecrets),
 * as a message (control characters dropped, spaces collapsed) and as an identifier (every
 * whitespace run made one space).
 */
function noiseKeepsName(noise: string, name: string): boolean {
  const probe = noise + name;
  const unbounded = probe.length + 1;
  return (
    redactSecrets(probe).endsWith(name) &&
    cleanText(probe, unbounded).endsWith(name) &&
    cleanText(probe.replace(/\s+/g, ' '), unbounded).endsWith(name)
  );
}

/** Random text with one credential at a random position. */
export const embeddedSecret: fc.Arbitrary<EmbeddedSecret> = fc
  .tuple(noise, noise, fc.constantFrom(...CREDENTIAL_NAMES), nameCasing, fc.constantFrom(...FORMS), secretValue, fc.constantFrom(...BEFORE), fc.constantFrom(...AFTER))
  .filter(([prefix, suffix, , , , secret]) => !prefix.includes(secret.slice(0, 16)) && !suffix.includes(secret.slice(0, 16)))
  // The noise before the credential is self-contained: redacting it followed by the delimiter
  // and the name leaves both in place. Noise ending inside a credential of its own
  // (`Signature=(`, an open `"token":"`, `Bearer `) would take our name as its value; real
  // messages do not do that, and secrets.test.ts covers the cases the redactor does handle.
  .filter(([prefix, , name, casing, , , before]) => noiseKeepsName(prefix + before, casing(name)))
  .map(([prefix, suffix, name, casing, [form, join], secret, before, after]) => ({
    text: `${prefix}${before}${join(casing(name), secret)}${after}${suffix}`,
    secret,
    name,
    form,
  }));

/** Size of the windows of a secret searched for in an output: any 16 characters of it is a leak. */
const WINDOW = 16;

/** The first part of `secret` (the whole, or a 16-character window) found in `output`. */
export function leakedPart(output: string, secret: string): string | undefined {
  if (output.includes(secret)) return secret.length > 40 ? `${secret.slice(0, 40)}…` : secret;
  for (let at = 0; at + WINDOW <= secret.length; at += WINDOW / 2) {
    const window = secret.slice(at, at + WINDOW);
    if (output.includes(window)) return window;
  }
  return undefined;
}
