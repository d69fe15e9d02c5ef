// The toast-storm protocol, identical for every library: the page passes how to fire one
// error, how to dismiss all, and how its toasts look in the DOM.
import { makeErrors } from './errors.js';
import { nextFrame, sleep, untilSettled, watchMutations } from './frames.js';

export function installStormHarness({ library, fire, dismissAll, toastSelector }) {
  const countToasts = () => document.querySelectorAll(toastSelector).length;

  async function dismissEverything() {
    dismissAll();
    const started = performance.now();
    while (countToasts() > 0 && performance.now() - started < 10_000) await nextFrame();
    await sleep(300);
  }

  window.bench = {
    library,
    /** Loads everything a first error loads (code, texts), then clears: the storm is measured warm. */
    async warmUp() {
      const mutations = watchMutations();
      for (const error of makeErrors(10, 10_000)) fire(error);
      await untilSettled({}, mutations);
      mutations.stop();
      await sleep(500);
      await dismissEverything();
    },
    /** Fires `count` errors in one task; resolves once the DOM is quiet. */
    async storm(count, timeoutMs) {
      const errors = makeErrors(count);
      const longTasks = [];
      const taskObserver = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
      });
      taskObserver.observe({ type: 'longtask' });
      const mutations = watchMutations();
      const started = performance.now();
      for (let i = 0; i < errors.length; i++) fire(errors[i]);
      const callsMs = performance.now() - started;
      const { settledAt, timedOut } = await untilSettled({ timeoutMs }, mutations);
      mutations.stop();
      await sleep(50);
      taskObserver.disconnect();
      const inWindow = longTasks.filter((task) => task.start >= started - 1 && task.start <= settledAt);
      return {
        settleMs: settledAt - started,
        callsMs,
        timedOut,
        longTaskMs: inWindow.reduce((total, task) => total + task.duration, 0),
        longTasks: inWindow.length,
        domToasts: countToasts(),
        domNodes: document.getElementsByTagName('*').length,
      };
    },
    dismissEverything,
    countToasts,
  };
}
