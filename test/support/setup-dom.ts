// jsdom setup: jest-dom matchers, and a clean page and toast store after every test.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetToastStore } from './toasts';

// jsdom has no canvas: axe-core's colour checks probe one, and jsdom prints "Not implemented:
// HTMLCanvasElement.prototype.getContext" for each probe. A canvas-less browser answers null.
// (Server-render tests switch this project to the node environment, where there is no canvas.)
if (typeof HTMLCanvasElement !== 'undefined') {
  Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { configurable: true, value: () => null });
}

afterEach(() => {
  cleanup();
  resetToastStore();
});
