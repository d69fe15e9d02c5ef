import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainRecommendUrl } from '../../src/core/links';

// The recommend-link fast path uses a quicker pattern for links too short to hold a value over
// 128 characters (issue 12); it must say exactly what the bounded pattern says.
const BOUNDED = /^https:\/\/[a-z0-9.-]+\/troubleshoot\?(?:(?:q|product|requestId|lang|language)=[A-Za-z0-9._-]{0,128}(?:&|$))+$/;

const shaped = fc
  .tuple(
    fc.constantFrom('https://x/troubleshoot?', 'https://api.aliyun.com/troubleshoot?', 'https://api.aliyun.com/troubleshoot', 'http://x/troubleshoot?', 'https://X/troubleshoot?'),
    fc.array(
      fc.tuple(
        fc.constantFrom('q', 'product', 'requestId', 'lang', 'language', 'q', 'x', ''),
        fc.constantFrom('=', '=', '=', '', '=='),
        fc.oneof(fc.stringMatching(/^[A-Za-z0-9._-]{0,140}$/), fc.constantFrom('a'.repeat(127), 'a'.repeat(128), 'a'.repeat(129)), fc.stringMatching(/^[A-Za-z0-9._=&%-]{0,12}$/)),
      ),
      { maxLength: 3 },
    ),
    fc.constantFrom('', '&', '&&'),
  )
  .map(([head, params, end]) => head + params.map(([name, eq, value]) => name + eq + value).join('&') + end);

describe('the recommend-link fast path', () => {
  it('agrees with the bounded pattern (20,000 generated links, many near 153 characters)', () => {
    fc.assert(
      fc.property(fc.oneof(shaped, fc.string({ maxLength: 160 })), (link) => {
        expect(isPlainRecommendUrl(link)).toBe(BOUNDED.test(link));
      }),
      { numRuns: 20_000 },
    );
  });

  it('accepts a value of 128 characters and refuses one of 129 at the length where the patterns switch', () => {
    expect(isPlainRecommendUrl(`https://x/troubleshoot?q=${'a'.repeat(128)}`)).toBe(true);
    expect(isPlainRecommendUrl(`https://x/troubleshoot?q=${'a'.repeat(129)}`)).toBe(false);
    expect(isPlainRecommendUrl(`https://xy/troubleshoot?q=${'a'.repeat(128)}`)).toBe(true);
  });
});
