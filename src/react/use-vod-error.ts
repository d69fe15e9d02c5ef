import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { VodError } from '../core/model.js';
import type { NormalizeOptions } from '../core/normalize.js';
import type { VodBackoff, VodRetryOption } from '../core/retry.js';
import { VodRetryer, type VodAsyncTask, type VodRetryerOptions, type VodRetryerStatus } from '../core/retryer.js';
import { useVodErrorConfig } from './context.js';
import { reportVodErrorOnce } from './report-error.js';

export type { VodAsyncTask } from '../core/retryer.js';

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

export interface UseVodErrorResult {
  /** The current error, or `null`. */
  readonly error: VodError | null;
  /** Where the retry loop stands: `idle`, `running`, `waiting` (a retry is scheduled), `failed`, `success`. */
  readonly status: VodRetryerStatus;
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

/**
 * Captures, normalizes, retries and clears errors in app code: a thin hook over the core's
 * `VodRetryer`. The returned functions keep their identity for the component's life, so they
 * can go into dependency arrays and memoized children.
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
  const { autoRetry, maxRetries, backoff, normalize, onError } = options;
  const { site, onError: reportToProvider } = config;
  const retryerOptions: VodRetryerOptions = {
    retry: autoRetry ?? false,
    maxRetries,
    backoff,
    normalize: { site, ...normalize },
    onError: (error) => {
      reportVodErrorOnce(error, reportToProvider);
      onError?.(error);
    },
  };
  const [retryer] = useState(() => new VodRetryer(retryerOptions));
  // The latest options reach the retryer after each commit; the retryer reads them only when a
  // task settles or a retry starts, never during render.
  useEffect(() => retryer.setOptions(retryerOptions));

  // Unmount (and StrictMode's simulated one): abort the task, drop scheduled retries, ignore
  // late outcomes. The retryer stays usable, so StrictMode's remount finds it working.
  useEffect(() => retryer.cancel, [retryer]);

  const state = useSyncExternalStore(retryer.subscribe, retryer.getSnapshot, retryer.getSnapshot);
  const { capture, clear, run, retry } = retryer;
  return useMemo(
    () => ({
      error: state.error,
      status: state.status,
      isRunning: state.status === 'running',
      retryAt: state.retryAt,
      failureCount: state.failureCount,
      capture,
      clear,
      run,
      retry,
    }),
    [state, capture, clear, run, retry],
  );
}
