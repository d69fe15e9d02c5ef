import { buildModel } from './build-model.js';
import { isNormalized } from './cause.js';
import { createDraft, present } from './draft.js';
import { readResponseHeaders } from './formats/http.js';
import type { VodSite } from './links.js';
import type { VodError, VodProvider } from './model.js';
import { readKey, toHttpStatus } from './read.js';
import { isDateTime } from './time.js';
import { walkInput } from './walk-input.js';

/** Options for {@link normalizeVodError}. */
export interface NormalizeOptions {
  /** The provider to assume when the value itself does not tell (e.g. a bare status). */
  readonly provider?: VodProvider;
  /** The HTTP status, when the caller has it apart from the value. */
  readonly httpStatus?: number;
  /** Response headers, when the caller has them apart from the value (for `X-Request-Id`). */
  readonly headers?: unknown;
  /** The request URL, for provider detection by endpoint host. */
  readonly url?: string;
  /** Which provider site the model's `links` point to. Defaults to `'china'`. */
  readonly site?: VodSite;
  /** Clock, for tests and server rendering. Defaults to `Date.now`. */
  readonly now?: () => number;
}

/**
 * Turns anything caught from a cloud VOD API — a response body (object or string, JSON, XML or
 * an HTML gateway page), an SDK exception, an axios/fetch/XHR failure, a JSON copy of any of
 * these, or a bare status — into one {@link VodError}. Never throws, never returns `undefined`.
 *
 * The steps: a JSON copy of a model is re-read (`reread-model.ts`), anything else is walked
 * (`walk-input.ts`) into a draft by the registry's format readers; the draft is classified
 * (`classify.ts`) and built into the model (`build-model.ts`).
 *
 * @example
 * ```ts
 * import { normalizeVodError } from 'vod-error-kit/core';
 *
 * const error = normalizeVodError({
 *   Response: {
 *     Error: { Code: 'ResourceNotFound.FileNotExist', Message: 'file not exist' },
 *     RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6',
 *   },
 * });
 * error.provider; // 'tencent'
 * error.category; // 'not-found'
 * error.retryable; // false
 * ```
 */
export function normalizeVodError(input: unknown, options: NormalizeOptions = NO_OPTIONS): VodError {
  // A model this function made is returned as is: components and hooks can pass errors around
  // without re-normalizing, and `onError` sees one object per error.
  if (typeof input === 'object' && input !== null && isNormalized(input)) return input as VodError;
  const now = readClock(options.now);
  const draft = createDraft();
  let isModelCopy = false;
  try {
    isModelCopy = walkInput(input, draft, now);
    if (options.headers !== undefined) readResponseHeaders(options.headers, draft, now);
    draft.httpStatus ??= present(toHttpStatus(options.httpStatus));
    if (typeof options.url === 'string') draft.hostHints.push(options.url);
  } catch {
    // Unreachable by design (every read is guarded); kept so a bug degrades to "unknown".
  }
  // buildModel registers the model (keepCause), so it comes back as is when passed again.
  return buildModel(draft, options.provider, options.site ?? 'china', now, isModelCopy ? readKey(input, 'cause') : input);
}

// The default options, shared: a fresh `{}` per call is garbage on the hot path (issue 12).
const NO_OPTIONS: NormalizeOptions = Object.freeze({});

function readClock(clock: (() => number) | undefined): number {
  let now: number;
  try {
    now = clock ? clock() : Date.now();
  } catch {
    now = Date.now();
  }
  // A clock answering NaN or a time no Date can hold would make the model's time unprintable.
  return isDateTime(now) ? now : Date.now();
}
