import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { VodError } from '../core/model.js';
import { normalizeVodError, type NormalizeOptions } from '../core/normalize.js';
import { shouldRetryVodError, vodRetryDelayMs, type VodBackoff, type VodRetryOption } from '../core/retry.js';
import { useVodErrorConfig } from './context.js';
import { reportVodErrorOnce } from './report-error.js';

export interface UseVodErrorOptions {
  /**
   * Automatic retries of retryable failures of `run`: `false` (default) none, a number as the
   * maximum, or a function `(failureCount, error) => boolean`.
   */
  readonly autoRetry?: VodRetryOption;
  /** Most retries `retry()` makes for one failure streak, manual or automatic. Default 5. */
  readonly maxRetries?: number;
  readonly backoff?: VodBackoff;
  readonly normalize?: NormalizeOptions;
  /** Called with each captured error (after the provider's `onError`). */
  readonly onError?: (error: VodError) => void;
}

export type VodAsyncTask<T> = (signal: AbortSignal) => Promise<T>;

export interface UseVodErrorResult {
  /** The current error, or `null`. */
  readonly error: VodError | null;
  /** A `run` (or its retry) is in progress. */
  readonly isRunning: boolean;
  /** When a scheduled retry will start (epoch ms), for a countdown; `null` when none. */
  readonly retryAt: number | null;
  /** Failures since the last success. */
  readonly failureCount: number;
  /** Normalizes and shows a caught value; returns the model. */
  readonly capture: (caught: unknown) => VodError;
  /** Clears the error and cancels a scheduled retry. */
  readonly clear: () => void;
  /**
   * Runs `task`, capturing its failure. A newer `run` aborts the older one (latest wins).
   * Resolves with the task's value, or `undefined` when it failed or was superseded.
   */
  readonly run: <T>(task: VodAsyncTask<T>) => Promise<T | undefined>;
  /** Re-runs the last task, after the wait the error asks for (Retry-After, backoff). */
  readonly retry: () => Promise<void>;
}

const DEFAULT_MAX_RETRIES = 5;

/**
 * Captures, normalizes, retries and clears errors in app code.
 *
 * @example
 * ```tsx
 * const { error, run, retry, isRunning } = useVodError({ autoRetry: 2 });
 * const upload = () => run((signal) => uploadVideo(file, { signal }));
 * return <VodErrorAlert error={error} onRetry={retry} retrying={isRunning} />;
 * ```
 */
export function useVodError(options: UseVodErrorOptions = {}): UseVodErrorResult {
  const config = useVodErrorConfig();
  const [error, setError] = useState<VodError | null>(null);
  const [isRunning, setIsRunning] = useState(false);
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const [failureCount, setFailureCount] = useState(0);

  // Refs hold what callbacks need, so the returned functions stay stable across renders.
  const optionsRef = useRef(options);
  const configRef = useRef(config);
  useEffect(() => {
    optionsRef.current = options;
    configRef.current = config;
  });
  const mounted = useRef(false);
  const controller = useRef<AbortController | null>(null);
  const lastTask = useRef<VodAsyncTask<unknown> | null>(null);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Ends a `retry()` that waits for Retry-After with `false` when the wait is cancelled, so the
  // promise the app awaits settles instead of hanging forever.
  const cancelWait = useRef<(() => void) | null>(null);
  const failures = useRef(0);
  const generation = useRef(0);
  const runRef = useRef<(<T>(task: VodAsyncTask<T>, isRetry: boolean) => Promise<T | undefined>) | null>(null);

  useEffect(() => {
    mounted.current = true;
    return () => {
      // Unmount (and StrictMode's simulated one): stop everything, update nothing later.
      mounted.current = false;
      // Invalidates in-flight runs; the counter is not a DOM ref, so the warning does not apply.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      generation.current++;
      controller.current?.abort();
      clearTimeout(retryTimer.current);
      cancelWait.current?.();
    };
  }, []);

  /** Stops the pending timer: a scheduled automatic retry, or a manual retry's wait. */
  const stopTimer = useCallback(() => {
    clearTimeout(retryTimer.current);
    retryTimer.current = undefined;
    cancelWait.current?.();
  }, []);

  const cancelScheduledRetry = useCallback(() => {
    stopTimer();
    if (mounted.current) setRetryAt(null);
  }, [stopTimer]);

  const capture = useCallback((caught: unknown): VodError => {
    const normalized = normalizeVodError(caught, { site: configRef.current.site, ...optionsRef.current.normalize });
    reportVodErrorOnce(normalized, configRef.current.onError);
    try {
      optionsRef.current.onError?.(normalized);
    } catch {
      // The app's handler must not break capture.
    }
    if (mounted.current) setError(normalized);
    return normalized;
  }, []);

  const scheduleRetry = useCallback((failed: VodError, task: VodAsyncTask<unknown>, myGeneration: number) => {
    const delay = vodRetryDelayMs(failed, failures.current, optionsRef.current.backoff);
    setRetryAt(Date.now() + delay);
    retryTimer.current = setTimeout(() => {
      retryTimer.current = undefined;
      if (!mounted.current || generation.current !== myGeneration) return;
      setRetryAt(null);
      void runRef.current?.(task, true);
    }, delay);
  }, []);

  const execute = useCallback(
    async <T,>(task: VodAsyncTask<T>, isRetry: boolean): Promise<T | undefined> => {
      controller.current?.abort();
      stopTimer();
      const own = new AbortController();
      controller.current = own;
      const myGeneration = ++generation.current;
      lastTask.current = task as VodAsyncTask<unknown>;
      if (!isRetry) failures.current = 0;
      if (mounted.current) {
        setIsRunning(true);
        setRetryAt(null);
      }
      try {
        const value = await task(own.signal);
        if (generation.current !== myGeneration) return undefined;
        failures.current = 0;
        if (mounted.current) {
          setError(null);
          setFailureCount(0);
          setIsRunning(false);
        }
        return value;
      } catch (caught) {
        // Superseded or unmounted: the newer run or nobody owns the outcome.
        if (generation.current !== myGeneration || !mounted.current) return undefined;
        failures.current += 1;
        const failed = capture(caught);
        setFailureCount(failures.current);
        setIsRunning(false);
        const limit = optionsRef.current.maxRetries ?? DEFAULT_MAX_RETRIES;
        const auto = optionsRef.current.autoRetry ?? false;
        if (failures.current <= limit && shouldRetryVodError(failed, failures.current, auto)) {
          scheduleRetry(failed, task as VodAsyncTask<unknown>, myGeneration);
        }
        return undefined;
      }
    },
    [capture, scheduleRetry, stopTimer],
  );
  useEffect(() => {
    runRef.current = execute;
  }, [execute]);

  const run = useCallback(<T,>(task: VodAsyncTask<T>) => execute(task, false), [execute]);

  const retry = useCallback(async (): Promise<void> => {
    const task = lastTask.current;
    if (task === null || !mounted.current) return;
    const limit = optionsRef.current.maxRetries ?? DEFAULT_MAX_RETRIES;
    // Bounded even when a user keeps pressing Retry on a failing request.
    if (failures.current > limit) return;
    cancelScheduledRetry();
    const current = error;
    // Honour what the server asked for (Retry-After), counted from when the error happened.
    const wait = current?.retryable && current.retryAfterMs !== undefined ? Math.max(0, current.timestamp + current.retryAfterMs - Date.now()) : 0;
    if (wait > 0) {
      const myGeneration = generation.current;
      setRetryAt(Date.now() + wait);
      const waited = await new Promise<boolean>((resolve) => {
        cancelWait.current = () => {
          cancelWait.current = null;
          resolve(false);
        };
        retryTimer.current = setTimeout(() => {
          cancelWait.current = null;
          resolve(true);
        }, wait);
      });
      // Cancelled by clear(), unmount, a newer run or a newer retry: that one owns what follows.
      if (!waited || !mounted.current || generation.current !== myGeneration) return;
      setRetryAt(null);
    }
    await execute(task, true);
  }, [error, execute, cancelScheduledRetry]);

  const clear = useCallback(() => {
    generation.current++;
    controller.current?.abort();
    cancelScheduledRetry();
    failures.current = 0;
    if (mounted.current) {
      setError(null);
      setFailureCount(0);
      setIsRunning(false);
    }
  }, [cancelScheduledRetry]);

  return useMemo(
    () => ({ error, isRunning, retryAt, failureCount, capture, clear, run, retry }),
    [error, isRunning, retryAt, failureCount, capture, clear, run, retry],
  );
}
