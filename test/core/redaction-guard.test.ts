import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySecretPatterns, redactSecrets } from '../../src/core/redact';
import { cleanIdentifier, cleanText, truncate } from '../../src/core/text';

// redactSecrets skips its patterns when a cheap guard says no secret can be present. The guard
// must never skip a string that any pattern would change.
const fragments = [
  'AccessKeyId', 'Signature', 'SecurityToken', 'token', 'sign', 'q-ak', 'x-cos-security-token', 'Authorization',
  'Bearer ', 'Basic ', 'TC3-HMAC-SHA256 ', 'SDK-HMAC-SHA256 ', 'OSS ', 'acs ', 'LTAI', 'AKID', 'STS.', 'CAIS', 'eyJ',
  '=', ':', '%3D', '@', '://', '"', "'", ' ', '&', 'abcdefghij0123456789', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '+/=',
];
const secretish = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 12 })), { maxLength: 24 }).map((parts) => parts.join(''));

describe('the redaction guard', () => {
  it('never skips a string the patterns would change (20,000 generated strings)', () => {
    fc.assert(
      fc.property(fc.oneof(secretish, fc.string(), fc.string({ unit: 'grapheme' })), (text) => {
        expect(redactSecrets(text)).toBe(applySecretPatterns(text));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('the plain-identifier fast path', () => {
  // cleanIdentifier returns a plain token (`[A-Za-z0-9._-]`) untouched unless it holds a bare key
  // or token prefix: no other pattern can match inside such a token.
  const tokenFragments = ['LTAI', 'AKID', 'STS.', 'CAIS', 'eyJ', 'ltai', 'akid', 'abcdefghij0123456789', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '.', '-', '_'];
  const plainToken = fc
    .array(fc.oneof(fc.constantFrom(...tokenFragments), fc.stringMatching(/^[A-Za-z0-9._-]{0,8}$/)), { minLength: 1, maxLength: 16 })
    .map((parts) => parts.join('').slice(0, 128))
    .filter((token) => token.length > 0);

  it('agrees with running every pattern (20,000 generated tokens)', () => {
    fc.assert(
      fc.property(plainToken, (token) => {
        const slow = applySecretPatterns(token) === token ? token : 'changed';
        const fast = cleanIdentifier(token) === token ? token : 'changed';
        expect(fast).toBe(slow);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('the message fast path', () => {
  // cleanText returns a trimmed message untouched when one scan finds nothing to clean; the
  // full path must agree on every such message.
  const messageFragments = ['  ', '\t', ' ', '\u202e', '\u0007', 'AccessKeyId=', 'token: x', 'LTAI1234567890abcdef', 'Bearer abcdefghijk', 'The video does not exist.', '视频不存在', 'a@b', '%3D'];
  const message = fc.array(fc.oneof(fc.constantFrom(...messageFragments), fc.string({ maxLength: 10 })), { maxLength: 12 }).map((parts) => parts.join(''));
  const fullPath = (text: string) =>
    // eslint-disable-next-line no-control-regex
    truncate(redactSecrets(text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '').replace(/[ \t]{2,}/g, ' ')).trim(), 1000);

  it('agrees with always running every step (20,000 generated messages)', () => {
    fc.assert(
      fc.property(message, (text) => {
        expect(cleanText(text)).toBe(fullPath(text));
      }),
      { numRuns: 20_000 },
    );
  });
});
