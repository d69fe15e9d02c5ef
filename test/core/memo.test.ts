import { describe, expect, it } from 'vitest';
import { memoizeText } from '../../src/core/memo';

describe('memoizeText', () => {
  it('answers a repeated text once, whether it is the last one asked or an older one', () => {
    const asked: string[] = [];
    const upper = memoizeText((text) => {
      asked.push(text);
      return text.toUpperCase();
    });
    // Texts built at run time, as a parsed body's are: equal, but not the same string object.
    const code = ['Invalid', 'Video'].join('.');
    expect(upper(code)).toBe('INVALID.VIDEO');
    expect(upper(JSON.parse('"Invalid.Video"') as string)).toBe('INVALID.VIDEO');
    expect(upper('Throttling')).toBe('THROTTLING');
    expect(upper(code)).toBe('INVALID.VIDEO');
    expect(asked).toEqual(['Invalid.Video', 'Throttling']);
  });

  it('remembers an undefined answer and never gives one text the answer of another', () => {
    let calls = 0;
    const firstDigit = memoizeText((text) => {
      calls++;
      return /\d/.exec(text)?.[0];
    });
    expect(firstDigit('no digits')).toBeUndefined();
    expect(firstDigit('no digits')).toBeUndefined();
    expect(firstDigit('a1')).toBe('1');
    expect(firstDigit('b2')).toBe('2');
    expect(firstDigit('no digits')).toBeUndefined();
    expect(calls).toBe(3);
  });

  it('answers texts longer than 256 characters afresh instead of keeping them', () => {
    let calls = 0;
    const length = memoizeText((text) => {
      calls++;
      return text.length;
    });
    const long = 'x'.repeat(300);
    expect(length(long)).toBe(300);
    expect(length(long)).toBe(300);
    expect(calls).toBe(2);
  });
});
