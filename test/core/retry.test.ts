import { describe, expect, it } from 'vitest';
import { normalizeVodError, shouldRetryVodError, vodRetryDelayMs } from '../../src/core';

const throttled = normalizeVodError({ Code: 'Throttling.User', RequestId: 'R', HostId: 'h' });
const missing = normalizeVodError({ Code: 'InvalidVideo.NotFound', RequestId: 'R', HostId: 'h' });

describe('shouldRetryVodError', () => {
  it('never retries an error the catalog marks as final, whatever the option', () => {
    expect(shouldRetryVodError(missing, 1, true)).toBe(false);
    expect(shouldRetryVodError(missing, 1, 10)).toBe(false);
    expect(shouldRetryVodError(missing, 1, () => true)).toBe(false);
  });

  it('retries a throttled request up to the given count', () => {
    expect(shouldRetryVodError(throttled, 1, 2)).toBe(true);
    expect(shouldRetryVodError(throttled, 2, 2)).toBe(true);
    expect(shouldRetryVodError(throttled, 3, 2)).toBe(false);
    expect(shouldRetryVodError(throttled, 1, false)).toBe(false);
  });

  it('treats a throwing policy function as "do not retry"', () => {
    expect(shouldRetryVodError(throttled, 1, () => { throw new Error('x'); })).toBe(false);
  });
});

describe('vodRetryDelayMs', () => {
  it('never waits less than the server asked for', () => {
    const asked = normalizeVodError({ status: 429, headers: { 'retry-after': '5' } });
    expect(vodRetryDelayMs(asked, 1, { random: () => 0 })).toBeGreaterThanOrEqual(5000);
  });

  it('grows with each failure and stays under the cap', () => {
    const delays = [1, 2, 3, 4, 5, 20].map((attempt) => vodRetryDelayMs(throttled, attempt, { random: () => 1, maxDelayMs: 10_000 }));
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1] as number);
    expect(Math.max(...delays)).toBeLessThanOrEqual(10_000);
  });

  it('spreads clients out with jitter', () => {
    const low = vodRetryDelayMs(throttled, 3, { random: () => 0 });
    const high = vodRetryDelayMs(throttled, 3, { random: () => 0.999 });
    expect(high).toBeGreaterThan(low);
  });
});
