import type { VodRetryMode } from '../core/error-view.js';
import type { VodError } from '../core/model.js';
import { normalizeVodError, type NormalizeOptions } from '../core/normalize.js';

/** Options of one toast. */
export interface VodToastOptions {
  /** Reuse an id to update a toast in place (e.g. "uploading…" → failed). */
  readonly id?: string;
  /** Milliseconds before it closes by itself; `Infinity` keeps it. Default by severity. */
  readonly duration?: number;
  /**
   * The app's retry: a Retry button when it can help (the error is retryable, or `retry` is
   * `always`). A toast with a Retry or an action never closes by itself.
   */
  readonly onRetry?: () => void;
  /** `always`: offer `onRetry` even for an error that is not retryable (the app knows better). */
  readonly retry?: VodRetryMode;
  /** One extra action button. */
  readonly action?: { readonly label: string; readonly onClick: () => void };
  /** Merge identical errors into one toast with a count. Default `true`. */
  readonly coalesce?: boolean;
  /** Options for normalizing the caught value. */
  readonly normalize?: NormalizeOptions;
}

export interface VodToast {
  readonly id: string;
  /** Identity for coalescing: provider, code, sub-code, status. */
  readonly key: string;
  /** The latest occurrence (its RequestId is the one support wants). */
  readonly error: VodError;
  /** How many times it happened while the toast was up. */
  readonly count: number;
  readonly options: VodToastOptions;
  /** Bumped at each occurrence, so the toaster restarts its timer. */
  readonly revision: number;
}

/** Toasts kept at most (visible and queued). Past it the oldest queued are dropped: a storm must not grow memory. */
export const MAX_KEPT_TOASTS = 50;
/** Reports kept for the toaster's `onError` while none is mounted. */
const MAX_PENDING_REPORTS = 200;

type Listener = () => void;

function coalescingKey(error: VodError): string {
  return [error.provider, error.format, error.code, error.subCode ?? '', error.httpStatus ?? ''].join('\u0000');
}

/**
 * The toasts of a page: a tiny store outside React, so `toastVodError` works from an axios
 * interceptor or a worker message handler, and one `<VodErrorToaster/>` renders it.
 */
export class VodToastStore {
  private toasts: readonly VodToast[] = [];
  private readonly listeners = new Set<Listener>();
  private pendingReports: VodError[] = [];
  private nextId = 1;
  private notifyScheduled = false;
  /** Toasts at the head of the list that a toaster shows; overflow drops from the queue behind them. */
  private onScreen = 3;

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): readonly VodToast[] => this.toasts;

  /** Shows (or coalesces) an error; returns the toast id. */
  add(input: unknown, options: VodToastOptions = {}): string {
    const error = normalizeVodError(input, options.normalize);
    if (this.pendingReports.length < MAX_PENDING_REPORTS) this.pendingReports.push(error);
    const key = coalescingKey(error);
    const index = this.toasts.findIndex((toast) =>
      options.id !== undefined ? toast.id === options.id : options.coalesce !== false && toast.options.coalesce !== false && toast.key === key,
    );
    if (index !== -1) {
      const previous = this.toasts[index] as VodToast;
      const sameError = previous.key === key;
      const updated: VodToast = {
        ...previous,
        key,
        error,
        count: sameError ? previous.count + 1 : 1,
        options: { ...previous.options, ...options },
        revision: previous.revision + 1,
      };
      this.toasts = this.toasts.map((toast, at) => (at === index ? updated : toast));
    } else {
      const toast: VodToast = { id: options.id ?? `vod-toast-${this.nextId++}`, key, error, count: 1, options, revision: 0 };
      const next = [...this.toasts, toast];
      // Past the bound, drop the oldest queued toast: never one a user is reading on screen.
      if (next.length > MAX_KEPT_TOASTS) next.splice(Math.min(this.onScreen, MAX_KEPT_TOASTS - 1), next.length - MAX_KEPT_TOASTS);
      this.toasts = next;
      return this.changed(toast.id);
    }
    return this.changed(this.toasts[index]?.id ?? '');
  }

  /** How many toasts at the head of the list are on screen (the toaster's `visibleToasts`). */
  setOnScreen(count: number): void {
    this.onScreen = Math.max(0, Math.floor(count));
  }

  /** Closes one toast, or all of them. */
  dismiss(id?: string): void {
    const next = id === undefined ? [] : this.toasts.filter((toast) => toast.id !== id);
    if (next.length === this.toasts.length) return;
    this.toasts = next;
    this.changed('');
  }

  /** Hands the errors that arrived since the last call to the toaster's `onError`. */
  takeReports(): VodError[] {
    const reports = this.pendingReports;
    this.pendingReports = [];
    return reports;
  }

  private changed(id: string): string {
    // A storm of calls in one tick costs one notification, hence one render.
    if (!this.notifyScheduled) {
      this.notifyScheduled = true;
      queueMicrotask(() => {
        this.notifyScheduled = false;
        for (const listener of [...this.listeners]) listener();
      });
    }
    return id;
  }
}

/** The page's toast store, used by `toastVodError` and `<VodErrorToaster/>` unless given another. */
export const vodToastStore = new VodToastStore();

/**
 * Shows an error as a toast. Callable anywhere, also outside React; the mounted
 * `<VodErrorToaster/>` renders it in the provider's language and theme.
 *
 * @example
 * ```ts
 * axios.interceptors.response.use(undefined, (error) => {
 *   toastVodError(error);
 *   return Promise.reject(error);
 * });
 * ```
 */
export function toastVodError(error: unknown, options?: VodToastOptions): string {
  try {
    return vodToastStore.add(error, options);
  } catch {
    return '';
  }
}

/** Closes a toast by id, or every toast. */
export function dismissVodToast(id?: string): void {
  vodToastStore.dismiss(id);
}
