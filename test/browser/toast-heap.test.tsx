// A storm of 10,000 errors through toastVodError in real Chromium: the page shows at most the
// visible toasts, the store stays bounded, and once they are dismissed the JS heap is back
// where it started. Garbage collection is forced and the heap read through the DevTools
// protocol (HeapProfiler.collectGarbage, Runtime.getHeapUsage), so the figure is exact.
import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { vodErrorResources } from '../../src/i18n/all-resources';
import { dismissVodToast, toastVodError, vodToastStore, VodErrorProvider, VodErrorToaster } from '../../src/react/index';
import { MAX_KEPT_TOASTS } from '../../src/react/toast-store';

const STORM = 10_000;
const VISIBLE = 3;
const ONE_MB = 1024 * 1024;

interface HeapUsage {
  usedSize: number;
  totalSize: number;
}

/** Used JS heap after full garbage collections (several: weak maps and finalizers settle late). */
async function usedHeapAfterGc(): Promise<number> {
  const session = cdp();
  let used = Infinity;
  for (let round = 0; round < 4; round++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await session.send('HeapProfiler.collectGarbage');
    const usage = (await session.send('Runtime.getHeapUsage')) as HeapUsage;
    used = Math.min(used, usage.usedSize);
  }
  return used;
}

/** Errors as a storm brings them: a few codes repeating, and a long tail of distinct ones. */
function stormError(index: number): unknown {
  switch (index % 4) {
    case 0:
      return { RequestId: `8906582E-6722-409A-A6C4-${String(index).padStart(12, '0')}`, HostId: 'vod.cn-shanghai.aliyuncs.com', Code: 'Throttling.User', Message: 'Request was denied due to user flow control.' };
    case 1:
      return { Response: { Error: { Code: `InvalidParameterValue.Field${index}`, Message: `Invalid value ${index}` }, RequestId: `ed93f3cb-f35e-473f-b9f3-${String(index).padStart(12, '0')}` } };
    case 2:
      return { status: 503, headers: { 'X-Request-Id': `req-${index}` }, body: { error_code: `VOD.${10_000 + (index % 500)}`, error_msg: 'Service busy' } };
    default:
      return new TypeError('Failed to fetch');
  }
}

describe('a storm of 10,000 toasts in Chromium', () => {
  it('shows at most the visible toasts, keeps the store bounded, and returns the heap to within 1 MB of where it started', async () => {
    render(
      <VodErrorProvider lng="en-US" resources={vodErrorResources}>
        <VodErrorToaster visibleToasts={VISIBLE} />
      </VodErrorProvider>,
    );
    // Warm up: code, locale texts and caches the first toasts load stay loaded by design.
    for (let round = 0; round < 3; round++) {
      await act(async () => {
        for (let index = 0; index < 400; index++) toastVodError(stormError(index));
      });
      await act(async () => dismissVodToast());
    }
    const baseline = await usedHeapAfterGc();

    let maxOnScreen = 0;
    let maxKept = 0;
    const CHUNK = 500;
    for (let start = 0; start < STORM; start += CHUNK) {
      await act(async () => {
        for (let index = start; index < start + CHUNK; index++) toastVodError(stormError(index));
      });
      maxOnScreen = Math.max(maxOnScreen, document.querySelectorAll('[data-vod-toast]').length);
      maxKept = Math.max(maxKept, vodToastStore.getSnapshot().length);
    }
    const during = ((await cdp().send('Runtime.getHeapUsage')) as HeapUsage).usedSize;
    await act(async () => dismissVodToast());
    expect(document.querySelectorAll('[data-vod-toast]')).toHaveLength(0);
    const after = await usedHeapAfterGc();

    console.log(
      `toast heap figures: ${STORM} errors; at most ${maxOnScreen} toasts on screen and ${maxKept} kept; ` +
        `heap baseline ${(baseline / ONE_MB).toFixed(2)} MB, during ${(during / ONE_MB).toFixed(2)} MB, after dismissing ${(after / ONE_MB).toFixed(2)} MB ` +
        `(difference ${((after - baseline) / 1024).toFixed(0)} KB)`,
    );
    expect(maxOnScreen).toBe(VISIBLE);
    expect(maxKept).toBeLessThanOrEqual(MAX_KEPT_TOASTS);
    expect(Math.abs(after - baseline)).toBeLessThan(ONE_MB);
  }, 120_000);
});
