import type { VodError, VodErrorCategory } from './model.js';
import { isVodError } from './is-vod-error.js';
import { normalizeVodError, type NormalizeOptions } from './normalize.js';

/**
 * When a surface may offer Retry. `auto` (the default) offers it only for errors that can
 * succeed on a second try; `always` is the app saying it knows better (it refreshed a token,
 * the user changed the form), so Retry shows whatever the error says.
 */
export type VodRetryMode = 'auto' | 'always';

/**
 * The one action a surface should put first: Retry when it can help, Contact support when the
 * person in front of the screen cannot fix it, else Details (where the RequestId and the report
 * for support are).
 */
export type VodPrimaryAction = 'retry' | 'contact-support' | 'details';

export interface VodErrorViewOptions extends NormalizeOptions {
  /** See {@link VodRetryMode}. Default `auto`. */
  readonly retry?: VodRetryMode;
  /** The app has a way to retry (an `onRetry`). Default `false`: without one Retry is never primary. */
  readonly appCanRetry?: boolean;
  /** The app configured a support contact (URL or callback). Default `false`. */
  readonly hasSupportContact?: boolean;
}

/** The facts a surface needs about one error, before any text: what to offer and what to expose. */
export interface VodErrorViewFacts {
  readonly error: VodError;
  /** What support searches their logs by; `undefined` when the service sent none. */
  readonly requestId: string | undefined;
  /**
   * Whether offering Retry is honest: the error is retryable, or the app said `retry: 'always'`.
   * Independent of whether the app has a retry handler (see `primaryAction`).
   */
  readonly canRetry: boolean;
  /** The wait the service or the catalog suggests before retrying. */
  readonly retryAfterMs: number | undefined;
  readonly primaryAction: VodPrimaryAction;
  /** Errors and warnings interrupt (`alert`); notices (an abort, a dry run) wait their turn (`status`). */
  readonly role: 'alert' | 'status';
  /** The styling contract's state attributes, to spread onto a design system's element. */
  readonly dataAttributes: Readonly<Record<`data-${string}`, string>>;
}

// Nobody in front of the screen can fix these: an account, a permission, a quota, or a failure
// whose cause the service keeps to itself. Whoever runs the app has to act.
const NEEDS_SOMEONE_ELSE: ReadonlySet<VodErrorCategory> = new Set(['auth', 'permission', 'account', 'quota', 'unknown']);

/**
 * Decides, without React, i18next or a DOM, what a surface shows for one caught value: whether
 * Retry is honest, which action goes first, the RequestId, the ARIA role and data attributes.
 * Texts come from `describeVodError` (`vod-error-kit/i18n`), which adds them to these facts.
 *
 * @example
 * ```ts
 * import { vodErrorViewFacts } from 'vod-error-kit/core';
 * const view = vodErrorViewFacts(caught, { appCanRetry: true });
 * view.canRetry; // false for Forbidden.RAM: retrying cannot grant a permission
 * view.primaryAction; // 'details'
 * ```
 */
export function vodErrorViewFacts(input: unknown, options: VodErrorViewOptions = {}): VodErrorViewFacts {
  const error = isVodError(input) ? input : normalizeVodError(input, options);
  const canRetry = error.retryable || options.retry === 'always';
  let primaryAction: VodPrimaryAction = 'details';
  if (canRetry && options.appCanRetry === true) primaryAction = 'retry';
  else if (options.hasSupportContact === true && !error.retryable && (NEEDS_SOMEONE_ELSE.has(error.category) || error.fault === 'server')) {
    primaryAction = 'contact-support';
  }
  return {
    error,
    requestId: error.requestId,
    canRetry,
    retryAfterMs: error.retryable ? error.retryAfterMs : undefined,
    primaryAction,
    role: error.severity === 'info' ? 'status' : 'alert',
    dataAttributes: {
      'data-severity': error.severity,
      'data-category': error.category,
      'data-provider': error.provider,
      'data-retryable': String(error.retryable),
    },
  };
}
