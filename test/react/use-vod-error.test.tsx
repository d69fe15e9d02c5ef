import { useVodErrorScenarios } from '../support/scenarios/use-vod-error';
import { jsdomEnvironment } from '../support/jsdom-environment';

useVodErrorScenarios(jsdomEnvironment);
