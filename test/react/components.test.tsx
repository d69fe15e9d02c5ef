// VodErrorAlert and VodErrorDialog as users meet them: texts, keyboard, clipboard, untrusted
// server text, fullscreen players. One file, so the environment is set up once for all of them.
import { alertScenarios } from '../support/scenarios/alert';
import { clipboardScenarios } from '../support/scenarios/clipboard';
import { fullscreenScenarios } from '../support/scenarios/fullscreen';
import { keyboardScenarios } from '../support/scenarios/keyboard';
import { untrustedTextScenarios } from '../support/scenarios/untrusted-text';
import { jsdomEnvironment } from '../support/jsdom-environment';

alertScenarios(jsdomEnvironment);
keyboardScenarios(jsdomEnvironment);
clipboardScenarios(jsdomEnvironment);
untrustedTextScenarios(jsdomEnvironment);
fullscreenScenarios(jsdomEnvironment);
