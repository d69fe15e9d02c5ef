import { accessibilityScenarios } from '../support/scenarios/accessibility';
import { chromiumEnvironment } from '../support/chromium-environment';

accessibilityScenarios(chromiumEnvironment);
