import { act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { TestEnvironment, UserDriver } from './environment';

let fullscreenElement: Element | null = null;

// jsdom has no Fullscreen API: define the property the kit reads and fire the event it listens to.
function setFullscreenElement(element: Element | null): void {
  fullscreenElement = element;
  Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => fullscreenElement });
  act(() => {
    document.dispatchEvent(new Event('fullscreenchange'));
  });
}

export const jsdomEnvironment: TestEnvironment = {
  name: 'jsdom',
  setupUser(): UserDriver {
    // setup() also installs user-event's clipboard stub on navigator for this test.
    // With a fake clock, user-event's own pauses must advance it (see time.ts).
    const user = userEvent.setup({ advanceTimers: (ms) => (vi.isFakeTimers() ? vi.advanceTimersByTime(ms) : undefined) });
    return {
      click: (element) => user.click(element),
      hover: (element) => user.hover(element),
      unhover: (element) => user.unhover(element),
      keyboard: (keys) => user.keyboard(keys),
      tab: (options) => user.tab(options),
    };
  },
  readClipboard: () => navigator.clipboard.readText(),
  enterFullscreen: async (element) => setFullscreenElement(element),
  exitFullscreen: async () => {
    if (fullscreenElement !== null) setFullscreenElement(null);
  },
};
