// Chromium setup: the kit's real stylesheet (contrast, stacking, pointer events are part of
// what the browser tests check), jest-dom matchers, and a clean page after every test.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { cdp } from 'vitest/browser';
import '../../src/styles.css';
import { resetToastStore } from './toasts';

// Entrance animations start at opacity 0: assertions and axe's contrast check would read a
// half-faded frame. Users who ask for reduced motion get no animation at all, so the tests run
// as they do; real-browser.test.tsx checks the animated path and the reduced-motion switch.
beforeAll(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
});

// Real input arrives from Playwright outside any act() scope, as it does for users; Testing
// Library's render and act still switch the act environment on for their own duration.
beforeEach(async () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  // The real mouse stays wherever the previous test left it, and the file order differs between
  // a fresh clone and a warm cache: over a toast it pauses timers, over a design system's button
  // it changes its colours. Every test starts with it outside the page, hovering nothing.
  await cdp().send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: 5000, y: 5000 });
});

afterEach(() => {
  cleanup();
  resetToastStore();
});
