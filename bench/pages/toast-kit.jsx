import { createRoot } from 'react-dom/client';
import { dismissVodToast, toastVodError, VodErrorToaster } from '../../src/index.ts';
import '../../src/styles.css';
import { installStormHarness } from './storm-harness.js';

// Toasts outlive the measurement (60 s, same for sonner), so "settled" means the storm's own
// work is done, not that the toasts started timing out.
const DURATION_MS = 60_000;
createRoot(document.getElementById('root')).render(
  <VodErrorToaster duration={{ info: DURATION_MS, warning: DURATION_MS, error: DURATION_MS }} />,
);
installStormHarness({
  library: 'vod-error-kit',
  fire: (error) => toastVodError(error.body),
  dismissAll: () => dismissVodToast(),
  toastSelector: '[data-vod-toast]',
});
