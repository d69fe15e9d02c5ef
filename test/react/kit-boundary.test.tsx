import { vi } from 'vitest';
import { kitBoundaryScenarios } from '../support/scenarios/kit-boundary';
import { jsdomEnvironment } from '../support/jsdom-environment';

// A real render failure has to be forced (see breakableTranslate).
const translation = vi.hoisted(() => ({ broken: false }));
vi.mock('../../src/i18n/translate', async (importOriginal) =>
  (await import('../support/breakable-translate')).breakableTranslate(await importOriginal(), translation),
);

kitBoundaryScenarios(jsdomEnvironment, (broken) => {
  translation.broken = broken;
});
