import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VodRetryer, type VodRetryerState } from '../../src/core/retryer';
import { normalizeVodError, type VodError } from '../../src/core';

// Provider replies as the retryer meets them (see test/support/envelopes.ts for their sources).
const videoNotFound = { RequestId: 'R-404', HostId: 'vod.cn-shanghai.aliyuncs.com', Code: 'InvalidVideo.NotFound', Message: 'The video does not exist.' };
const throttled = { RequestId: 'R-429', HostId: 'vod.cn-shanghai.aliyuncs.com', Code: 'Throttling.User', Message: 'Request was denied due to user flow control.' };
const tooManyRequests = { status: 429, headers: { 'retry-after': '5' }, body: {} };
const networkFailure = () => new TypeError('Failed to fetch');

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Every snapshot a subscriber saw, by status, to check the transitions a UI would render. */
function recordStatuses(retryer: VodRetryer): string[] {
  const seen: string[] = [];
  retryer.subscribe(() => seen.push(retryer.getSnapshot().status));
  return seen;
}

describe('VodRetryer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  describe('given a task that succeeds', () => {
    it('should resolve with its value and go running → success', async () => {
      const retryer = new VodRetryer();
      const statuses = recordStatuses(retryer);
      await expect(retryer.run(async () => 'video-1')).resolves.toBe('video-1');
      expect(statuses).toEqual(['running', 'success']);
      expect(retryer.getSnapshot()).toEqual({ status: 'success', error: null, failureCount: 0, retryAt: null });
    });

    it('should keep the same snapshot object while nothing changes (useSyncExternalStore needs that)', () => {
      const retryer = new VodRetryer();
      expect(retryer.getSnapshot()).toBe(retryer.getSnapshot());
    });
  });

  describe('given a task that fails with a final error', () => {
    it('should end failed with the normalized error and the count, and report it once', async () => {
      const onError = vi.fn();
      const retryer = new VodRetryer({ retry: 3, onError });
      await expect(retryer.run(() => Promise.reject(videoNotFound))).resolves.toBeUndefined();
      const state = retryer.getSnapshot();
      expect(state).toMatchObject({ status: 'failed', failureCount: 1, retryAt: null, error: { code: 'InvalidVideo.NotFound', retryable: false } });
      expect(onError).toHaveBeenCalledTimes(1);
    });

    it('should never retry it on its own, whatever the policy says', async () => {
      const task = vi.fn().mockRejectedValue(videoNotFound);
      const retryer = new VodRetryer({ retry: () => true });
      await retryer.run(task);
      await vi.advanceTimersByTimeAsync(10 * 60_000);
      expect(task).toHaveBeenCalledTimes(1);
    });
  });

  describe('automatic retries', () => {
    it('given retry: 2, should retry a retryable failure twice with exponential backoff, then stop failed', async () => {
      const task = vi.fn().mockRejectedValue(networkFailure());
      const retryer = new VodRetryer({ retry: 2, backoff: { random: () => 0, baseDelayMs: 1000 } });
      await retryer.run(task);
      expect(retryer.getSnapshot()).toMatchObject({ status: 'waiting', failureCount: 1, retryAt: Date.now() + 1000 });
      await vi.advanceTimersByTimeAsync(999);
      expect(task).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(task).toHaveBeenCalledTimes(2);
      // Second wait doubles: the ceiling is 2 s, and with no jitter the wait is half of it at least.
      expect(retryer.getSnapshot()).toMatchObject({ status: 'waiting', failureCount: 2, retryAt: Date.now() + 1000 });
      await vi.advanceTimersByTimeAsync(1000);
      expect(task).toHaveBeenCalledTimes(3);
      await vi.advanceTimersByTimeAsync(10 * 60_000);
      expect(task).toHaveBeenCalledTimes(3);
      expect(retryer.getSnapshot()).toMatchObject({ status: 'failed', failureCount: 3, retryAt: null });
    });

    it('given a 429 with Retry-After: 5, should wait at least 5 s before the automatic retry', async () => {
      const task = vi.fn().mockRejectedValueOnce(tooManyRequests).mockResolvedValue('ok');
      const retryer = new VodRetryer({ retry: 1, backoff: { random: () => 0 } });
      await retryer.run(task);
      expect(retryer.getSnapshot()).toMatchObject({ status: 'waiting', error: { retryAfterMs: 5000 } });
      await vi.advanceTimersByTimeAsync(4999);
      expect(task).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(task).toHaveBeenCalledTimes(2);
      expect(retryer.getSnapshot().status).toBe('success');
    });

    it('given a policy function, should ask it with the failure count and the error', async () => {
      const policy = vi.fn((failureCount: number, _error: VodError) => failureCount < 2);
      const task = vi.fn().mockRejectedValue(networkFailure());
      const retryer = new VodRetryer({ retry: policy, backoff: { random: () => 0 } });
      await retryer.run(task);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(task).toHaveBeenCalledTimes(2);
      expect(policy.mock.calls.map(([count, error]) => [count, error.code])).toEqual([
        [1, 'NetworkError'],
        [2, 'NetworkError'],
      ]);
    });

    it('given retry: true, should retry up to the default count', async () => {
      const task = vi.fn().mockRejectedValue(networkFailure());
      const retryer = new VodRetryer({ retry: true, backoff: { random: () => 0 } });
      await retryer.run(task);
      await vi.advanceTimersByTimeAsync(10 * 60_000);
      expect(task).toHaveBeenCalledTimes(4);
    });

    it('given maxRetries below the policy, should stop at maxRetries', async () => {
      const task = vi.fn().mockRejectedValue(networkFailure());
      const retryer = new VodRetryer({ retry: 10, maxRetries: 1, backoff: { random: () => 0 } });
      await retryer.run(task);
      await vi.advanceTimersByTimeAsync(10 * 60_000);
      expect(task).toHaveBeenCalledTimes(2);
    });
  });

  describe('manual retry', () => {
    it('given a failed run, should run the same task again and succeed', async () => {
      const task = vi.fn().mockRejectedValueOnce(videoNotFound).mockResolvedValueOnce('ok');
      const retryer = new VodRetryer();
      await retryer.run(task);
      await retryer.retry();
      expect(task).toHaveBeenCalledTimes(2);
      expect(retryer.getSnapshot().status).toBe('success');
    });

    it('given a throttled error, should wait the time it asks for, counted from when it happened', async () => {
      const task = vi.fn().mockRejectedValueOnce(throttled).mockResolvedValue('ok');
      const retryer = new VodRetryer();
      await retryer.run(task);
      const asked = retryer.getSnapshot().error?.retryAfterMs ?? 0;
      expect(asked).toBeGreaterThan(0);
      await vi.advanceTimersByTimeAsync(300);
      const retried = retryer.retry();
      expect(retryer.getSnapshot()).toMatchObject({ status: 'waiting', retryAt: Date.now() + asked - 300 });
      await vi.advanceTimersByTimeAsync(asked - 301);
      expect(task).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1);
      await retried;
      expect(task).toHaveBeenCalledTimes(2);
    });

    it('given a waiting retry, when cleared, should settle the promise without running the task and go idle', async () => {
      const task = vi.fn().mockRejectedValue(throttled);
      const retryer = new VodRetryer();
      await retryer.run(task);
      const retried = retryer.retry();
      retryer.clear();
      await expect(retried).resolves.toBeUndefined();
      await vi.advanceTimersByTimeAsync(60_000);
      expect(task).toHaveBeenCalledTimes(1);
      expect(retryer.getSnapshot()).toEqual({ status: 'idle', error: null, failureCount: 0, retryAt: null });
    });

    it('given a task that keeps failing, should stop after maxRetries however often retry is called', async () => {
      const task = vi.fn().mockRejectedValue(videoNotFound);
      const retryer = new VodRetryer({ maxRetries: 2 });
      await retryer.run(task);
      for (let attempt = 0; attempt < 5; attempt++) await retryer.retry();
      expect(task).toHaveBeenCalledTimes(3);
      expect(retryer.getSnapshot().failureCount).toBe(3);
    });

    it('given nothing ran yet, should do nothing', async () => {
      const retryer = new VodRetryer();
      await retryer.retry();
      expect(retryer.getSnapshot().status).toBe('idle');
    });
  });

  describe('abort and supersede', () => {
    it('given two runs, should abort the older signal and keep only the newer outcome', async () => {
      const retryer = new VodRetryer();
      const older = deferred<string>();
      const newer = deferred<string>();
      const signals: AbortSignal[] = [];
      const olderResult = retryer.run((signal) => (signals.push(signal), older.promise));
      const newerResult = retryer.run((signal) => (signals.push(signal), newer.promise));
      expect(signals.map((signal) => signal.aborted)).toEqual([true, false]);
      newer.resolve('new');
      older.reject(videoNotFound);
      expect([await olderResult, await newerResult]).toEqual([undefined, 'new']);
      expect(retryer.getSnapshot()).toMatchObject({ status: 'success', error: null });
    });

    it('given a run in flight, when cancelled, should abort it, ignore its late failure and not report it', async () => {
      const onError = vi.fn();
      const retryer = new VodRetryer({ onError });
      const task = deferred<string>();
      let signal: AbortSignal | undefined;
      const result = retryer.run((s) => ((signal = s), task.promise));
      retryer.cancel();
      task.reject(videoNotFound);
      await result;
      expect({ aborted: signal?.aborted, reported: onError.mock.calls.length, status: retryer.getSnapshot().status }).toEqual({ aborted: true, reported: 0, status: 'idle' });
    });

    it('given an automatic retry scheduled, when cancelled, should never run it and keep the error', async () => {
      const task = vi.fn().mockRejectedValue(networkFailure());
      const retryer = new VodRetryer({ retry: 3 });
      await retryer.run(task);
      retryer.cancel();
      await vi.advanceTimersByTimeAsync(10 * 60_000);
      expect(task).toHaveBeenCalledTimes(1);
      expect(retryer.getSnapshot()).toMatchObject({ status: 'failed', error: { code: 'NetworkError' } });
    });

    it('given a task that throws synchronously, should capture it like a rejection', async () => {
      const retryer = new VodRetryer();
      await retryer.run(() => {
        throw networkFailure();
      });
      expect(retryer.getSnapshot()).toMatchObject({ status: 'failed', error: { code: 'NetworkError' } });
    });
  });

  describe('capture', () => {
    it('should show an error caught elsewhere, keep a model it is given, and leave the failure count alone', () => {
      const retryer = new VodRetryer();
      const model = normalizeVodError(videoNotFound);
      expect(retryer.capture(model)).toBe(model);
      expect(retryer.getSnapshot()).toEqual({ status: 'failed', error: model, failureCount: 0, retryAt: null });
    });

    it('given an onError that throws, should still capture', () => {
      const retryer = new VodRetryer({ onError: () => { throw new Error('telemetry down'); } });
      expect(retryer.capture(networkFailure()).code).toBe('NetworkError');
      expect(retryer.getSnapshot().status).toBe('failed');
    });
  });

  it('narrows on status: a waiting state always has its error and retryAt', async () => {
    const retryer = new VodRetryer({ retry: 1 });
    await retryer.run(() => Promise.reject(networkFailure()));
    const state: VodRetryerState = retryer.getSnapshot();
    if (state.status !== 'waiting') throw new Error(`expected waiting, got ${state.status}`);
    expect([typeof state.retryAt, state.error.code]).toEqual(['number', 'NetworkError']);
  });

  it('given a subscriber that throws, should still notify the others and keep retrying', async () => {
    const retryer = new VodRetryer();
    const other = vi.fn();
    retryer.subscribe(() => {
      throw new Error('broken subscriber');
    });
    retryer.subscribe(other);
    await retryer.run(async () => 'ok');
    expect(other).toHaveBeenCalledTimes(2);
  });
});
