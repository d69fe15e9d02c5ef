import { accessibilityScenarios } from '../support/scenarios/accessibility';
import { jsdomEnvironment } from '../support/jsdom-environment';

accessibilityScenarios(jsdomEnvironment);
