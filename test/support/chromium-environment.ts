import { userEvent } from 'vitest/browser';
import type { TestEnvironment, UserDriver } from './environment';

export const chromiumEnvironment: TestEnvironment = {
  name: 'chromium',
  setupUser(): UserDriver {
    // Playwright drives real input: trusted events, real focus, real hit-testing.
    const user = userEvent.setup();
    return {
      click: (element) => user.click(element),
      hover: (element) => user.hover(element),
      unhover: (element) => user.unhover(element),
      keyboard: (keys) => user.keyboard(keys),
      tab: (options) => user.tab(options),
    };
  },
  // The browser context is granted clipboard-read/-write in vite.config.ts.
  readClipboard: () => navigator.clipboard.readText(),
  async enterFullscreen(element) {
    // Chromium grants fullscreen only on a user gesture, as a player's fullscreen button has:
    // a real (Playwright) click on a button that requests it.
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Fullscreen';
    const requested = new Promise<void>((resolve, reject) => {
      button.addEventListener('click', () => element.requestFullscreen().then(resolve, reject), { once: true });
    });
    const changed = new Promise((resolve) => document.addEventListener('fullscreenchange', resolve, { once: true }));
    document.body.append(button);
    try {
      await userEvent.click(button);
      await requested;
      await changed;
    } finally {
      button.remove();
    }
  },
  async exitFullscreen() {
    if (document.fullscreenElement === null) return;
    const changed = new Promise((resolve) => document.addEventListener('fullscreenchange', resolve, { once: true }));
    await document.exitFullscreen();
    await changed;
  },
};
