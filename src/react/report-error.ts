import type { VodError } from '../core/model.js';

const reported = new WeakSet<VodError>();

/**
 * Calls the provider's `onError` once per normalized error, however many surfaces show it and
 * however often StrictMode replays effects. The hook gets the model without `cause`.
 */
export function reportVodErrorOnce(error: VodError, onError: ((error: VodError) => void) | undefined): void {
  if (onError === undefined || reported.has(error)) return;
  reported.add(error);
  const { cause: _cause, ...withoutCause } = error;
  try {
    onError(withoutCause);
  } catch {
    // A failing telemetry hook must not break the error UI.
  }
}
