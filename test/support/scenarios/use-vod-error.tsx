import { act, renderHook } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizeVodError } from '../../../src/core/normalize';
import { vodErrorResources } from '../../../src/i18n/all-resources';
import { useVodError, VodErrorProvider, type UseVodErrorOptions } from '../../../src/react/index';
import { watchConsole } from '../console';
import type { TestEnvironment } from '../environment';
import { aliyunThrottled, aliyunVideoNotFound, networkFailure, tencentFileNotFound } from '../envelopes';
import { advanceTime, useFakeClock } from '../time';

interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function renderUseVodError(options: UseVodErrorOptions = {}, { strict = false, onError }: { strict?: boolean; onError?: () => void } = {}) {
  const wrapper = ({ children }: { children: ReactNode }) => {
    const tree = (
      <VodErrorProvider lng="en-US" resources={vodErrorResources} onError={onError}>
        {children}
      </VodErrorProvider>
    );
    return strict ? <StrictMode>{tree}</StrictMode> : tree;
  };
  return renderHook(() => useVodError(options), { wrapper });
}

/** The hook apps use around their VOD calls. */
export function useVodErrorScenarios(_env: TestEnvironment): void {
  describe('useVodError', () => {
    afterEach(() => vi.useRealTimers());

    describe('run, capture, clear', () => {
      it('given a task that resolves, should return its value and leave no error', async () => {
        const { result } = renderUseVodError();
        let value: string | undefined;
        await act(async () => {
          value = await result.current.run(async () => 'video-1');
        });
        expect(value).toBe('video-1');
        expect(result.current).toMatchObject({ error: null, isRunning: false, failureCount: 0 });
      });

      it('given a task in flight, should report isRunning', async () => {
        const { result } = renderUseVodError();
        const task = deferred<string>();
        act(() => {
          void result.current.run(() => task.promise);
        });
        expect(result.current.isRunning).toBe(true);
        await act(async () => task.resolve('done'));
        expect(result.current.isRunning).toBe(false);
      });

      it('given a task that rejects with a Tencent envelope, should expose the normalized error', async () => {
        const { result } = renderUseVodError();
        let value: unknown = 'untouched';
        await act(async () => {
          value = await result.current.run(async () => Promise.reject(tencentFileNotFound));
        });
        expect(value).toBeUndefined();
        expect(result.current.error).toMatchObject({ provider: 'tencent', code: 'ResourceNotFound.FileNotExist', category: 'not-found' });
        expect(result.current.failureCount).toBe(1);
      });

      it('given capture, should normalize and show the caught value and return the model', () => {
        const { result } = renderUseVodError();
        let captured: ReturnType<typeof result.current.capture> | undefined;
        act(() => {
          captured = result.current.capture(networkFailure());
        });
        expect(captured).toMatchObject({ code: 'NetworkError', category: 'network' });
        expect(result.current.error).toBe(captured);
      });

      it('given an error, when clear is called, should remove it and reset the failure count', async () => {
        const { result } = renderUseVodError();
        await act(async () => {
          await result.current.run(async () => Promise.reject(aliyunVideoNotFound));
        });
        act(() => result.current.clear());
        expect(result.current).toMatchObject({ error: null, failureCount: 0, isRunning: false, retryAt: null });
      });

      it('given a run in flight, when clear is called, should abort it and ignore its late failure', async () => {
        const { result } = renderUseVodError();
        const task = deferred<string>();
        let signal: AbortSignal | undefined;
        act(() => {
          void result.current.run((s) => {
            signal = s;
            return task.promise;
          });
        });
        act(() => result.current.clear());
        await act(async () => task.reject(aliyunVideoNotFound));
        expect(signal?.aborted).toBe(true);
        expect(result.current.error).toBeNull();
      });
    });

    describe('latest run wins', () => {
      it('given two runs racing, when the older one finishes last, should keep the newer result', async () => {
        const { result } = renderUseVodError();
        const older = deferred<string>();
        const newer = deferred<string>();
        let olderValue: string | undefined = 'pending';
        let newerValue: string | undefined;
        act(() => {
          void result.current.run(() => older.promise).then((value) => (olderValue = value));
          void result.current.run(() => newer.promise).then((value) => (newerValue = value));
        });
        await act(async () => newer.resolve('new'));
        await act(async () => older.reject(aliyunVideoNotFound));
        expect({ olderValue, newerValue, error: result.current.error }).toEqual({ olderValue: undefined, newerValue: 'new', error: null });
      });

      it('given two runs racing, should abort the older run signal', () => {
        const { result } = renderUseVodError();
        const signals: AbortSignal[] = [];
        act(() => {
          void result.current.run((signal) => {
            signals.push(signal);
            return new Promise(() => undefined);
          });
          void result.current.run((signal) => {
            signals.push(signal);
            return new Promise(() => undefined);
          });
        });
        expect(signals.map((signal) => signal.aborted)).toEqual([true, false]);
      });

      it('given two runs racing, when the newer one fails, should show the newer failure only', async () => {
        const { result } = renderUseVodError();
        const older = deferred<string>();
        const newer = deferred<string>();
        act(() => {
          void result.current.run(() => older.promise);
          void result.current.run(() => newer.promise);
        });
        await act(async () => newer.reject(tencentFileNotFound));
        await act(async () => older.resolve('stale'));
        expect(result.current.error?.code).toBe('ResourceNotFound.FileNotExist');
      });
    });

    describe('retry', () => {
      it('given a failed run, when retry is called, should re-run the same task and clear the error on success', async () => {
        const { result } = renderUseVodError();
        const task = vi.fn().mockRejectedValueOnce(aliyunVideoNotFound).mockResolvedValueOnce('ok');
        await act(async () => {
          await result.current.run(task);
        });
        await act(async () => {
          await result.current.retry();
        });
        expect(task).toHaveBeenCalledTimes(2);
        expect(result.current.error).toBeNull();
      });

      it('given an error with retryAfterMs, when retry is called, should wait that long before re-running', async () => {
        useFakeClock();
        const { result } = renderUseVodError();
        const task = vi.fn().mockRejectedValueOnce(aliyunThrottled).mockResolvedValue('ok');
        await act(async () => {
          await result.current.run(task);
        });
        expect(result.current.error?.retryAfterMs).toBe(1000);
        act(() => {
          void result.current.retry();
        });
        expect(result.current.retryAt).toBe(Date.now() + 1000);
        await advanceTime(990);
        expect(task).toHaveBeenCalledTimes(1);
        await advanceTime(20);
        expect(task).toHaveBeenCalledTimes(2);
        expect(result.current.error).toBeNull();
      });

      it('given a waiting retry, when clear is called, should settle the retry promise without running the task', async () => {
        useFakeClock();
        const { result } = renderUseVodError();
        const task = vi.fn().mockRejectedValue(aliyunThrottled);
        await act(async () => {
          await result.current.run(task);
        });
        let settled = false;
        act(() => {
          void result.current.retry().then(() => (settled = true));
        });
        act(() => result.current.clear());
        await advanceTime(5000);
        expect({ settled, calls: task.mock.calls.length }).toEqual({ settled: true, calls: 1 });
      });

      it('given a task that keeps failing, should stop retrying after maxRetries', async () => {
        const { result } = renderUseVodError({ maxRetries: 2 });
        const task = vi.fn().mockRejectedValue(aliyunVideoNotFound);
        await act(async () => {
          await result.current.run(task);
        });
        for (let attempt = 0; attempt < 5; attempt++) {
          await act(async () => {
            await result.current.retry();
          });
        }
        expect(task).toHaveBeenCalledTimes(3);
        expect(result.current.failureCount).toBe(3);
      });

      it('given autoRetry 2 and a retryable failure, should retry twice on its own, with backoff, then stop', async () => {
        useFakeClock();
        const { result } = renderUseVodError({ autoRetry: 2, backoff: { random: () => 0 } });
        const task = vi.fn().mockRejectedValue(networkFailure());
        await act(async () => {
          await result.current.run(task);
        });
        expect(task).toHaveBeenCalledTimes(1);
        await advanceTime(1000);
        expect(task).toHaveBeenCalledTimes(2);
        await advanceTime(1000);
        expect(task).toHaveBeenCalledTimes(3);
        await advanceTime(10 * 60_000);
        expect(task).toHaveBeenCalledTimes(3);
        expect(result.current.retryAt).toBeNull();
      });

      it('given autoRetry, should report the loop as status: failed → waiting → running → success', async () => {
        useFakeClock();
        const { result } = renderUseVodError({ autoRetry: 1, backoff: { random: () => 0 } });
        const retried = deferred<string>();
        const task = vi.fn().mockRejectedValueOnce(networkFailure()).mockReturnValueOnce(retried.promise);
        await act(async () => {
          await result.current.run(task);
        });
        expect(result.current).toMatchObject({ status: 'waiting', isRunning: false, retryAt: Date.now() + 1000 });
        await advanceTime(1000);
        expect(result.current).toMatchObject({ status: 'running', isRunning: true, retryAt: null, error: { code: 'NetworkError' } });
        await act(async () => retried.resolve('ok'));
        expect(result.current).toMatchObject({ status: 'success', error: null, failureCount: 0 });
      });

      it('given autoRetry and a failure that is not retryable, should not retry', async () => {
        useFakeClock();
        const { result } = renderUseVodError({ autoRetry: 3 });
        const task = vi.fn().mockRejectedValue(aliyunVideoNotFound);
        await act(async () => {
          await result.current.run(task);
        });
        await advanceTime(10 * 60_000);
        expect(task).toHaveBeenCalledTimes(1);
      });
    });

    describe('unmount and StrictMode', () => {
      it('given a retry waiting on retryAfterMs, when the component unmounts, should never run the task again nor log', async () => {
        useFakeClock();
        const consoleWatch = watchConsole();
        try {
          const { result, unmount } = renderUseVodError();
          const task = vi.fn().mockRejectedValue(aliyunThrottled);
          await act(async () => {
            await result.current.run(task);
          });
          act(() => {
            void result.current.retry();
          });
          unmount();
          await advanceTime(60_000);
          expect({ calls: task.mock.calls.length, console: consoleWatch.messages() }).toEqual({ calls: 1, console: [] });
        } finally {
          consoleWatch.restore();
        }
      });

      it('given a retry in flight, when the component unmounts and the task fails, should not report or log', async () => {
        const consoleWatch = watchConsole();
        const onError = vi.fn();
        try {
          const { result, unmount } = renderUseVodError({ onError });
          const retryTask = deferred<string>();
          const task = vi.fn().mockRejectedValueOnce(aliyunVideoNotFound).mockReturnValueOnce(retryTask.promise);
          await act(async () => {
            await result.current.run(task);
          });
          let retried: Promise<void> | undefined;
          act(() => {
            retried = result.current.retry();
          });
          unmount();
          retryTask.reject(tencentFileNotFound);
          await retried;
          expect({ reported: onError.mock.calls.length, console: consoleWatch.messages() }).toEqual({ reported: 1, console: [] });
        } finally {
          consoleWatch.restore();
        }
      });

      it('given autoRetry scheduled, when the component unmounts, should cancel the scheduled retry', async () => {
        useFakeClock();
        const { result, unmount } = renderUseVodError({ autoRetry: 3 });
        const task = vi.fn().mockRejectedValue(networkFailure());
        await act(async () => {
          await result.current.run(task);
        });
        expect(result.current.retryAt).not.toBeNull();
        unmount();
        await advanceTime(10 * 60_000);
        expect(task).toHaveBeenCalledTimes(1);
      });

      it('given StrictMode double effects, should still run, fail, report once and retry', async () => {
        const onError = vi.fn();
        const { result } = renderUseVodError({}, { strict: true, onError });
        const task = vi.fn().mockRejectedValueOnce(aliyunVideoNotFound).mockResolvedValueOnce('ok');
        await act(async () => {
          await result.current.run(task);
        });
        expect(result.current.error?.code).toBe('InvalidVideo.NotFound');
        expect(onError).toHaveBeenCalledTimes(1);
        await act(async () => {
          await result.current.retry();
        });
        expect(task).toHaveBeenCalledTimes(2);
        expect(result.current.error).toBeNull();
      });

      it('given StrictMode, should keep run, capture, clear and retry stable across renders', () => {
        const { result, rerender } = renderUseVodError({}, { strict: true });
        const first = result.current;
        rerender();
        expect([result.current.run, result.current.capture, result.current.clear]).toEqual([first.run, first.capture, first.clear]);
        expect(result.current.retry).toBe(first.retry);
      });
    });

    it('given an error normalized elsewhere, when captured, should keep its identity', () => {
      const { result } = renderUseVodError();
      const error = normalizeVodError(aliyunVideoNotFound);
      act(() => {
        result.current.capture(error);
      });
      expect(result.current.error).toBe(error);
    });
  });
}
