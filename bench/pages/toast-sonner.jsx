import { createRoot } from 'react-dom/client';
import { Toaster, toast } from 'sonner';
import { installStormHarness } from './storm-harness.js';

// Defaults otherwise (3 visible, like the kit). Toasts outlive the measurement (60 s, same for
// the kit), so "settled" means the storm's own work is done, not that toasts started timing out.
const DURATION_MS = 60_000;
createRoot(document.getElementById('root')).render(<Toaster duration={DURATION_MS} />);
installStormHarness({
  library: 'sonner',
  fire: (error) => toast.error(error.title, { description: `${error.description} RequestId ${error.requestId}` }),
  dismissAll: () => toast.dismiss(),
  toastSelector: '[data-sonner-toast]',
});
