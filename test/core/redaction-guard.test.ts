import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySecretPatterns, redactSecrets } from '../../src/core/redact';

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
