// Dialog and toaster as Radix parts: refs, pass-through props, composed handlers, open state.
import { radixIdiomScenarios } from '../support/scenarios/radix-idiom';
import { jsdomEnvironment } from '../support/jsdom-environment';

radixIdiomScenarios(jsdomEnvironment);
