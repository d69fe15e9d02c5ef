import { act } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

type JestShim = { advanceTimersByTime: (ms: number) => void };
const globals = globalThis as { jest?: JestShim };

/**
 * Fakes the clock the kit's timers read (setTimeout, setInterval, Date), and nothing else:
 * React's scheduler and the Testing Library's MutationObserver keep running.
 *
 * Testing Library only recognises Jest's fake timers: without the `jest` shim its async
 * wrapper (used by user-event and findBy) waits for a faked `setTimeout(0)` that never fires.
 */
export function useFakeClock(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  globals.jest = { advanceTimersByTime: (ms) => vi.advanceTimersByTime(ms) };
}

afterEach(() => {
  delete globals.jest;
});

/** Lets `ms` pass on the fake clock, with React effects and store notifications flushed. */
export async function advanceTime(ms: number): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/** Yields one task through a MessageChannel: fake clocks leave it alone, and it queues behind React's scheduler, which uses one too. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Waits, task by task, for `condition` to hold (up to `timeoutMs` of real time, read from
 * `performance.now()`, which the fake clock leaves alone), then one task more for the effects of
 * that render. For real input under a fake clock: Chromium's events reach React outside act(),
 * and Testing Library's waitFor would move the fake clock while it polls.
 */
export async function untilTrue(condition: () => boolean, timeoutMs = 2000): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!condition() && performance.now() < deadline) await nextTask();
  await nextTask();
  return condition();
}
