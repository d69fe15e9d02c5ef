import type { VodError } from './model.js';
import { normalizeVodError } from './normalize.js';
import { shouldRetryVodError, vodRetryDelayMs } from './retry.js';
import { DEFAULT_MAX_RETRIES, type VodAsyncTask, type VodRetryerOptions, type VodRetryerState } from './retryer-state.js';

export { DEFAULT_MAX_RETRIES, type VodAsyncTask, type VodRetryerOptions, type VodRetryerState, type VodRetryerStatus } from './retryer-state.js';

const IDLE: VodRetryerState = { status: 'idle', error: null, failureCount: 0, retryAt: null };
const SUCCESS: VodRetryerState = { status: 'success', error: null, failureCount: 0, retryAt: null };

type Listener = () => void;

/**
 * Runs async work that can fail with a VOD error, and retries it: automatically by policy, or
 * when asked (`retry()`), after the wait the error asks for. Framework-free, shaped like
 * TanStack Query's retryer: a policy as plain data, an `AbortSignal` per attempt, and a state
 * that changes by whole snapshots, so React reads it with `useSyncExternalStore`.
 *
 * The latest `run` wins: it aborts the one before, whose outcome is then ignored.
 *
 * @example
 * ```ts
 * const retryer = new VodRetryer({ retry: 2 });
 * retryer.subscribe(() => render(retryer.getSnapshot()));
 * const video = await retryer.run((signal) => fetch(`/api/videos/${id}`, { signal }).then(readJson));
 * if (retryer.getSnapshot().status === 'waiting') console.log('retrying at', retryer.getSnapshot().retryAt);
 * ```
 */
export class VodRetryer {
  private state: VodRetryerState = IDLE;
  private options: VodRetryerOptions;
  private readonly listeners = new Set<Listener>();
  private controller: AbortController | null = null;
  private lastTask: VodAsyncTask<unknown> | null = null;
  private timer: unknown = undefined;
  // Ends a `retry()` that waits for Retry-After with `false` when the wait is cancelled, so the
  // promise the app awaits settles instead of hanging forever.
  private cancelWait: (() => void) | null = null;
  private failures = 0;
  // Every run, clear and cancel takes a new number; an attempt whose number is no longer the
  // current one was superseded, and nobody wants its outcome.
  private generation = 0;

  constructor(options: VodRetryerOptions = {}) {
    this.options = options;
  }

  /** Replaces the options; the next failure and retry use them. */
  setOptions(options: VodRetryerOptions): void {
    this.options = options;
  }

  /** Calls `listener` after each change of the snapshot; returns the unsubscribe function. */
  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** The current state. The same object until something changes. */
  readonly getSnapshot = (): VodRetryerState => this.state;

  /**
   * Normalizes a caught value, reports it to `onError` and shows it; returns the model.
   * The failure count is left alone: only failures of `run` count.
   */
  readonly capture = (caught: unknown): VodError => {
    const error = this.normalizeAndReport(caught);
    const { state } = this;
    if (state.status === 'running') this.setState({ ...state, error });
    else if (state.status === 'waiting') this.setState({ ...state, error });
    else this.setState({ status: 'failed', error, failureCount: state.failureCount, retryAt: null });
    return error;
  };

  /**
   * Runs `task`, capturing its failure, and schedules an automatic retry when the policy allows.
   * Resolves with the task's value, or `undefined` when it failed or was superseded.
   */
  readonly run = <T>(task: VodAsyncTask<T>): Promise<T | undefined> => this.execute(task, false);

  /**
   * Runs the last task again, after the wait the current error asks for (Retry-After, counted
   * from when the error happened). Does nothing past `maxRetries` failures in a row: a user
   * who keeps pressing Retry on a failing request must not flood the provider.
   */
  readonly retry = async (): Promise<void> => {
    const task = this.lastTask;
    if (task === null || this.failures > this.maxRetries()) return;
    this.stopTimer();
    const { error } = this.state;
    const waitMs = error?.retryable && error.retryAfterMs !== undefined ? Math.max(0, error.timestamp + error.retryAfterMs - Date.now()) : 0;
    if (waitMs > 0 && error !== null) {
      const myGeneration = this.generation;
      this.setState({ status: 'waiting', error, failureCount: this.state.failureCount, retryAt: Date.now() + waitMs });
      const waited = await new Promise<boolean>((resolve) => {
        this.cancelWait = () => {
          this.cancelWait = null;
          resolve(false);
        };
        this.timer = setTimeout(() => {
          this.timer = undefined;
          this.cancelWait = null;
          resolve(true);
        }, waitMs);
      });
      // Cancelled by clear(), cancel(), a newer run or a newer retry: that one owns what follows.
      if (!waited || this.generation !== myGeneration) return;
    }
    await this.execute(task, true);
  };

  /** Aborts the task in flight, cancels any retry and forgets the error. */
  readonly clear = (): void => {
    this.stopAll();
    this.failures = 0;
    this.setState(IDLE);
  };

  /**
   * Stops everything in flight: the task's signal aborts, a scheduled or waiting retry never
   * starts, late outcomes are ignored. The error stays (`failed`), or the state returns to
   * `idle` when there was none. For unmounting, or a "Cancel" button.
   */
  readonly cancel = (): void => {
    this.stopAll();
    const { state } = this;
    if (state.status === 'running' || state.status === 'waiting') {
      this.setState(state.error === null ? IDLE : { status: 'failed', error: state.error, failureCount: state.failureCount, retryAt: null });
    }
  };

  private stopAll(): void {
    this.generation++;
    this.controller?.abort();
    this.controller = null;
    this.stopTimer();
  }

  private normalizeAndReport(caught: unknown): VodError {
    const error = normalizeVodError(caught, this.options.normalize);
    try {
      this.options.onError?.(error);
    } catch {
      // The app's handler must not break capture or the retry loop.
    }
    return error;
  }

  private maxRetries(): number {
    return this.options.maxRetries ?? DEFAULT_MAX_RETRIES;
  }

  private async execute<T>(task: VodAsyncTask<T>, isRetry: boolean): Promise<T | undefined> {
    this.controller?.abort();
    this.stopTimer();
    const own = new AbortController();
    this.controller = own;
    const myGeneration = ++this.generation;
    this.lastTask = task as VodAsyncTask<unknown>;
    if (!isRetry) this.failures = 0;
    this.setState({ status: 'running', error: this.state.error, failureCount: this.state.failureCount, retryAt: null });
    let value: T;
    try {
      value = await task(own.signal);
    } catch (caught) {
      // Superseded, cleared or cancelled: the newer run, or nobody, owns the outcome.
      if (this.generation !== myGeneration) return undefined;
      this.controller = null;
      this.failures += 1;
      const error = this.normalizeAndReport(caught);
      if (this.failures <= this.maxRetries() && shouldRetryVodError(error, this.failures, this.options.retry ?? false)) {
        this.schedule(task as VodAsyncTask<unknown>, error, myGeneration);
      } else {
        this.setState({ status: 'failed', error, failureCount: this.failures, retryAt: null });
      }
      return undefined;
    }
    if (this.generation !== myGeneration) return undefined;
    this.controller = null;
    this.failures = 0;
    this.setState(SUCCESS);
    return value;
  }

  private schedule(task: VodAsyncTask<unknown>, error: VodError, myGeneration: number): void {
    const delayMs = vodRetryDelayMs(error, this.failures, this.options.backoff);
    this.setState({ status: 'waiting', error, failureCount: this.failures, retryAt: Date.now() + delayMs });
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.generation !== myGeneration) return;
      void this.execute(task, true);
    }, delayMs);
  }

  /** Stops the pending timer: a scheduled automatic retry, or a manual retry's wait. */
  private stopTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.cancelWait?.();
  }

  private setState(next: VodRetryerState): void {
    if (next === this.state) return;
    this.state = next;
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch {
        // One broken subscriber must not stop the others, nor the retry loop.
      }
    }
  }
}
