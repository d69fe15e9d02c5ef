import type { VodError } from './model.js';

/**
 * When to retry, as plain data (the TanStack Query convention): `false` never, `true` up to the
 * default count, a number as the maximum count of retries, or a function of the failure count.
 */
export type VodRetryOption = boolean | number | ((failureCount: number, error: VodError) => boolean);

export interface VodBackoff {
  /** First wait when the error suggests none. */
  readonly baseDelayMs?: number;
  /** Upper bound of any single wait. */
  readonly maxDelayMs?: number;
  /** Source of randomness for jitter, in [0, 1). Tests pass a constant. */
  readonly random?: () => number;
}

/** Retries made by default before giving up. */
export const DEFAULT_RETRY_COUNT = 3;
const DEFAULT_BASE_DELAY_MS = 1000;
const DEFAULT_MAX_DELAY_MS = 30_000;

/**
 * Whether to retry after `failureCount` failures (1 after the first). Errors the catalog marks
 * as not retryable are never retried, whatever the option says: retrying a bad signature only
 * burns quota.
 *
 * @example
 * ```ts
 * shouldRetryVodError(error, 1, 3); // true for a throttled request, false for a missing video
 * ```
 */
export function shouldRetryVodError(error: VodError, failureCount: number, retry: VodRetryOption = DEFAULT_RETRY_COUNT): boolean {
  if (!error.retryable) return false;
  if (typeof retry === 'function') {
    try {
      return retry(failureCount, error) === true;
    } catch {
      return false;
    }
  }
  const limit = retry === true ? DEFAULT_RETRY_COUNT : retry === false ? 0 : retry;
  return Number.isFinite(limit) && failureCount <= limit;
}

/**
 * The wait before retry number `failureCount`: exponential from the error's own suggestion
 * (`Retry-After`, the catalog) with equal jitter, so many clients do not retry in lockstep.
 *
 * @example
 * ```ts
 * vodRetryDelayMs(error, 2); // about 2–4 s for an error suggesting 2 s
 * ```
 */
export function vodRetryDelayMs(error: VodError, failureCount: number, backoff: VodBackoff = {}): number {
  const base = Math.max(0, error.retryAfterMs ?? backoff.baseDelayMs ?? DEFAULT_BASE_DELAY_MS);
  const max = Math.max(base, backoff.maxDelayMs ?? DEFAULT_MAX_DELAY_MS);
  const exponent = Math.min(Math.max(failureCount - 1, 0), 16);
  const ceiling = Math.min(base * 2 ** exponent, max);
  const random = backoff.random ?? Math.random;
  const jitter = Math.min(Math.max(random(), 0), 1);
  // Never wait less than the server asked for.
  return Math.round(Math.max(base, ceiling / 2 + (jitter * ceiling) / 2));
}
