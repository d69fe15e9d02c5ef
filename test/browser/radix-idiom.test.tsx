// Dialog and toaster as Radix parts: refs, pass-through props, composed handlers, open state.
import { radixIdiomScenarios } from '../support/scenarios/radix-idiom';
import { chromiumEnvironment } from '../support/chromium-environment';

radixIdiomScenarios(chromiumEnvironment);
