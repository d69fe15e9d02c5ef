import { ssrScenarios } from '../support/scenarios/ssr';
import { jsdomEnvironment } from '../support/jsdom-environment';

ssrScenarios(jsdomEnvironment);
