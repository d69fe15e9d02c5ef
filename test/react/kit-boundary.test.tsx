import { vi } from 'vitest';
import { kitBoundaryScenarios } from '../support/scenarios/kit-boundary';
import { jsdomEnvironment } from '../support/jsdom-environment';

// The kit guards every i18next call, so a real render failure has to be forced: the text
// lookup is wrapped to throw while `translation.broken` is set.
const translation = vi.hoisted(() => ({ broken: false }));
vi.mock('../../src/i18n/translate', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/i18n/translate')>();
  return {
    ...actual,
    translateVodError: (...args: Parameters<typeof actual.translateVodError>) => {
      if (translation.broken) throw new Error('translation exploded');
      return actual.translateVodError(...args);
    },
  };
});

kitBoundaryScenarios(jsdomEnvironment, (broken) => {
  translation.broken = broken;
});
