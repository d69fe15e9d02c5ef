// The retryer's vocabulary: the task it runs, the states it moves through, its options. Apart
// from the class (retryer.ts) so the state union reads on its own.
import type { VodError } from './model.js';
import type { NormalizeOptions } from './normalize.js';
import type { VodBackoff, VodRetryOption } from './retry.js';

/**
 * Work the retryer runs and may run again. It receives a signal that aborts when a newer run
 * starts, when the retryer is cleared or cancelled: pass it to `fetch`, axios or the SDK call.
 *
 * @example
 * ```ts
 * const loadVideo: VodAsyncTask<Video> = (signal) => fetch(`/api/videos/${id}`, { signal }).then(readVideo);
 * ```
 */
export type VodAsyncTask<T> = (signal: AbortSignal) => Promise<T>;

/**
 * Where a retryer stands, as a union that narrows on `status`:
 * - `idle`: nothing ran yet, or it was cleared;
 * - `running`: a task is in flight (the previous error, if any, stays visible until it succeeds);
 * - `waiting`: a retry starts at `retryAt` (epoch ms), after the backoff or the server's Retry-After;
 * - `failed`: the last run failed and no retry is scheduled;
 * - `success`: the last run succeeded.
 *
 * @example
 * ```ts
 * const state = retryer.getSnapshot();
 * if (state.status === 'waiting') showCountdown(state.retryAt, state.error.code);
 * ```
 */
export type VodRetryerState =
  | { readonly status: 'idle'; readonly error: null; readonly failureCount: 0; readonly retryAt: null }
  | { readonly status: 'running'; readonly error: VodError | null; readonly failureCount: number; readonly retryAt: null }
  | { readonly status: 'waiting'; readonly error: VodError; readonly failureCount: number; readonly retryAt: number }
  | { readonly status: 'failed'; readonly error: VodError; readonly failureCount: number; readonly retryAt: null }
  | { readonly status: 'success'; readonly error: null; readonly failureCount: 0; readonly retryAt: null };

/**
 * The `status` of a `VodRetryerState`.
 *
 * @example
 * ```ts
 * const busy = (status: VodRetryerStatus) => status === 'running' || status === 'waiting';
 * ```
 */
export type VodRetryerStatus = VodRetryerState['status'];

/**
 * How a `VodRetryer` retries, normalizes and reports.
 *
 * @example
 * ```ts
 * const options: VodRetryerOptions = { retry: 3, backoff: { baseDelayMs: 500 }, onError: sendToTelemetry };
 * ```
 */
export interface VodRetryerOptions {
  /**
   * Automatic retries of retryable failures: `false` (default) none, `true` up to
   * `DEFAULT_RETRY_COUNT`, a number as the maximum, or `(failureCount, error) => boolean`.
   * Errors the catalog marks as final are never retried, whatever this says.
   */
  readonly retry?: VodRetryOption;
  /** Most retries, manual or automatic, for one streak of failures. Default 5. */
  readonly maxRetries?: number;
  /** Waits between automatic retries; the error's own `retryAfterMs` is the floor. */
  readonly backoff?: VodBackoff;
  /** How caught values become a `VodError`. */
  readonly normalize?: NormalizeOptions;
  /** Called with each captured error. A throwing handler is ignored. */
  readonly onError?: (error: VodError) => void;
}

/**
 * Retries of one streak of failures when `maxRetries` is not given.
 *
 * @example
 * ```ts
 * new VodRetryer({ maxRetries: DEFAULT_MAX_RETRIES * 2 });
 * ```
 */
export const DEFAULT_MAX_RETRIES = 5;
