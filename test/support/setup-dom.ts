// jsdom setup: jest-dom matchers, and a clean page and toast store after every test.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetToastStore } from './toasts';

afterEach(() => {
  cleanup();
  resetToastStore();
});
