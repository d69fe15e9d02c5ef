/**
 * What a shared scenario needs from the place it runs in. The same scenarios run in jsdom (with
 * @testing-library/user-event) and in real Chromium (with vitest's Playwright-backed userEvent),
 * so each behaviour is specified once and checked in both.
 */

/** The user's hands: the subset both user-event and vitest's browser userEvent offer. */
export interface UserDriver {
  click(element: Element): Promise<void>;
  hover(element: Element): Promise<void>;
  unhover(element: Element): Promise<void>;
  /** user-event keyboard syntax, e.g. `{Enter}`, `{Escape}`, `{Alt>}t{/Alt}`. */
  keyboard(keys: string): Promise<void>;
  tab(options?: { shift?: boolean }): Promise<void>;
}

export interface TestEnvironment {
  readonly name: 'jsdom' | 'chromium';
  /** A user for one test. */
  setupUser(): UserDriver;
  /** What is on the clipboard now (a stub in jsdom, the real one in Chromium). */
  readClipboard(): Promise<string>;
  /** Makes `element` the fullscreen element and lets the page know. */
  enterFullscreen(element: HTMLElement): Promise<void>;
  exitFullscreen(): Promise<void>;
}
