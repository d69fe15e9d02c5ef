import { useVodErrorScenarios } from '../support/scenarios/use-vod-error';
import { chromiumEnvironment } from '../support/chromium-environment';

useVodErrorScenarios(chromiumEnvironment);
