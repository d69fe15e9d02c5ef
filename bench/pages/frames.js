export const nextFrame = () => new Promise((done) => requestAnimationFrame(() => done(performance.now())));
export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Resolves when the DOM has been quiet for `quietFrames` frames. `settledAt` is the time of the
 * second animation frame after the last DOM mutation: the frame that showed the last change
 * has been produced. Mutations are seen through a MutationObserver on <body>.
 */
export function untilSettled({ quietFrames = 12, timeoutMs = 20_000 } = {}, observer) {
  return new Promise((resolve) => {
    const started = performance.now();
    let seen = observer.count;
    let framesSince = 0;
    let settledAt = started;
    const frame = () => {
      const now = performance.now();
      if (observer.count !== seen) {
        seen = observer.count;
        framesSince = 0;
      } else {
        framesSince++;
        if (framesSince === 1) settledAt = now;
      }
      if ((framesSince >= quietFrames && seen > 0) || now - started > timeoutMs) resolve({ settledAt, timedOut: now - started > timeoutMs });
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

export function watchMutations() {
  const state = { count: 0, last: 0 };
  const observer = new MutationObserver((records) => {
    state.count += records.length;
    state.last = performance.now();
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  state.stop = () => observer.disconnect();
  return state;
}
