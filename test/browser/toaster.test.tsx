// VodErrorToaster and toastVodError: coalescing, queue, languages, modal dialogs, timers and
// the provider's onError telemetry.
import { onErrorScenarios } from '../support/scenarios/on-error';
import { toasterScenarios } from '../support/scenarios/toaster';
import { toasterTimerScenarios } from '../support/scenarios/toaster-timers';
import { chromiumEnvironment } from '../support/chromium-environment';

toasterScenarios(chromiumEnvironment);
toasterTimerScenarios(chromiumEnvironment);
onErrorScenarios(chromiumEnvironment);
