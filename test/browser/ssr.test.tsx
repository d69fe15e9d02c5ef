import { ssrScenarios } from '../support/scenarios/ssr';
import { chromiumEnvironment } from '../support/chromium-environment';

ssrScenarios(chromiumEnvironment);
