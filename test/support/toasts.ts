import { vodToastStore } from '../../src/react/toast-store';

/** Empties the page's toast store and its pending telemetry, so no test sees another's toasts. */
export function resetToastStore(): void {
  vodToastStore.dismiss();
  vodToastStore.takeReports();
}
