// Failures around the kit: a clipboard that is missing or refuses, texts that fail to load or are
// missing from a host instance, the kit's own parts throwing, racing and abandoned retries,
// StrictMode, and a storm of 10,000 errors. In each, the user keeps what they need and the host
// app keeps running: the kit must never make a failure worse.
import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import i18next, { type i18n as I18nInstance } from 'i18next';
import { StrictMode, type ReactNode } from 'react';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { vodErrorResources } from '../../src/i18n/all-resources';
import commonEn from '../../locales/en-US/common.json';
import {
  dismissVodToast,
  toastVodError,
  useVodError,
  VodErrorAlert,
  VodErrorDialog,
  VodErrorProvider,
  VodErrorToaster,
  vodToastStore,
} from '../../src/react/index';
import { MAX_KEPT_TOASTS } from '../../src/react/toast-store';
import { watchConsole } from '../support/console';

// Resource loading can be made to fail for one test: the chunk of a provider's texts is gone
// after a deploy, or the network drops while the app is open.
const loading = vi.hoisted(() => ({ fail: false, attempts: 0 }));
vi.mock('../../src/i18n/loaders', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/i18n/loaders')>();
  return {
    ...actual,
    loadBuiltInResource: async (...args: Parameters<typeof actual.loadBuiltInResource>) => {
      loading.attempts++;
      if (loading.fail) throw new TypeError('Failed to fetch dynamically imported module: /assets/aliyun-3f2a.js');
      return actual.loadBuiltInResource(...args);
    },
  };
});

const ALIYUN = {
  RequestId: '8906582E-6722-409A-A6C4-0E7863B733A5',
  HostId: 'vod.cn-shanghai.aliyuncs.com',
  Code: 'InvalidVideo.NotFound',
  Message: 'The video does not exist.',
};
const THROTTLED = { RequestId: 'D4B1A3C2-5E6F-4A7B-8C9D-0E1F2A3B4C5D', HostId: 'vod.cn-shanghai.aliyuncs.com', Code: 'Throttling.User', Message: 'Request was denied due to user flow control.' };
const COPY_FAILED = commonEn.ui.copyFailed;

/** Failures survived, by kind, for the reliability figures. */
const survived: string[] = [];
afterAll(() => console.log(`failure figures: ${survived.length} failures around the kit survived:\n  ${survived.join('\n  ')}`));

/** Text that is a lookup key rather than words: the kit's namespaces or its `a>b` paths. */
function rawKeys(text: string): string[] {
  return [...text.matchAll(/vod-error-kit\/[\w-]*|\b[a-zA-Z]+>[\w.-]+/g)].map((match) => match[0]);
}

function withClipboard(clipboard: unknown): () => void {
  const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
  return () => {
    if (original) Object.defineProperty(navigator, 'clipboard', original);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  };
}

describe('a clipboard that is missing or refuses', () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
    document.getSelection()?.removeAllRanges();
  });

  it.each([
    ['missing (navigator.clipboard undefined, no execCommand)', () => undefined],
    ['denied (writeText rejects)', () => ({ writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) })],
    ['throwing (writeText throws synchronously)', () => ({ writeText: () => { throw new TypeError('Illegal invocation'); } })],
  ])('given a clipboard that is %s, Copy RequestId keeps the RequestId visible, selects it and says so', async (kind, clipboard) => {
    restore = withClipboard(clipboard());
    render(
      <VodErrorProvider lng="en-US" resources={vodErrorResources}>
        <VodErrorAlert error={ALIYUN} />
      </VodErrorProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: /Copy RequestId/ }));
    await waitFor(() => expect(document.getSelection()?.toString()).toBe(ALIYUN.RequestId));
    expect(screen.getByText(ALIYUN.RequestId)).toBeVisible();
    // The selection is made inside copyText; the announcement renders one state update later.
    expect(await screen.findByText(COPY_FAILED)).toHaveAttribute('role', 'status');
    survived.push(`clipboard ${kind}: RequestId selected, failure announced`);
  });

  it('given no clipboard, Copy support report leaves the report selected for the user to copy, as the announcement says', async () => {
    restore = withClipboard(undefined);
    render(
      <VodErrorProvider lng="en-US" resources={vodErrorResources}>
        <VodErrorDialog error={ALIYUN} defaultOpen />
      </VodErrorProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Copy report for support' }));
    await screen.findByText(COPY_FAILED);
    // "The text is selected": it must be, and it must be the report with the RequestId.
    const selected = document.getSelection()?.toString() || selectedInTextField();
    expect(selected).toContain('Video service error report');
    expect(selected).toContain(ALIYUN.RequestId);
    survived.push('clipboard missing for the support report: report selected, failure announced');
  });
});

function selectedInTextField(): string {
  const active = document.activeElement;
  return active instanceof HTMLTextAreaElement ? active.value.slice(active.selectionStart, active.selectionEnd) : '';
}

describe('texts that fail to load or are missing', () => {
  afterEach(() => {
    loading.fail = false;
  });

  it.each(['en-US', 'zh-CN'])('given the provider texts fail to load (%s), shows the category text, never a blank or a key', async (lng) => {
    loading.fail = true;
    const attemptsBefore = loading.attempts;
    render(
      <VodErrorProvider lng={lng}>
        <VodErrorAlert error={ALIYUN} />
      </VodErrorProvider>,
    );
    await waitFor(() => expect(loading.attempts).toBeGreaterThan(attemptsBefore));
    // Let the rejected load settle: nothing may change for the worse.
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
    const alert = screen.getByRole('alert');
    const title = alert.querySelector('[data-vod-part="title"]')?.textContent ?? '';
    const category = (lng === 'zh-CN' ? (await import('../../locales/zh-CN/common.json')).default : commonEn).category['not-found'];
    expect(title).toContain(category.title);
    expect(alert.querySelector('[data-vod-part="remediation"]')?.textContent).toBe(category.remediation);
    expect(rawKeys(alert.textContent ?? '')).toEqual([]);
    expect(screen.getByText(ALIYUN.RequestId)).toBeVisible();
    survived.push(`provider texts failed to load (${lng}): category text shown`);
  });

  it('given the load fails once, tries again for the next error and then shows the provider text', async () => {
    loading.fail = true;
    const view = render(
      <VodErrorProvider lng="en-US">
        <VodErrorAlert error={ALIYUN} />
      </VodErrorProvider>,
    );
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
    loading.fail = false;
    view.rerender(
      <VodErrorProvider lng="en-US">
        <VodErrorAlert error={{ ...ALIYUN, RequestId: 'second-attempt' }} />
      </VodErrorProvider>,
    );
    const aliyunTexts = vodErrorResources['en-US']?.aliyun as Record<string, { title: string }>;
    await screen.findByText(aliyunTexts['InvalidVideo.NotFound']?.title as string, { exact: false });
    survived.push('provider texts failed once: loaded on the next error');
  });

  async function hostInstance(setup: (i18n: I18nInstance) => void = () => undefined, options: Record<string, unknown> = {}): Promise<I18nInstance> {
    const host = i18next.createInstance();
    await host.init({ lng: 'fr', fallbackLng: 'fr', resources: {}, showSupportNotice: false, ...options } as Parameters<I18nInstance['init']>[0]);
    setup(host);
    return host;
  }

  it.each([
    ['that drops every resource the kit adds', (host: I18nInstance) => {
      host.addResourceBundle = () => host;
    }, {}],
    ['with a missing-key handler that invents text', (host: I18nInstance) => {
      host.addResourceBundle = () => host;
    }, { parseMissingKeyHandler: (key: string) => `MISSING ${key}`, saveMissing: true, missingKeyHandler: () => undefined }],
    ['whose app texts are empty strings for the kit keys', (host: I18nInstance) => {
      host.addResourceBundle('en-US', 'vod-error-kit/common', { ui: { copy: '', details: '' }, category: { 'not-found': { title: '', remediation: ' ' } } }, true, true);
    }, { lng: 'en-US', returnEmptyString: true }],
  ])('given a host i18next instance %s, every surface shows words, never a raw key or a blank', async (_name, setup, options) => {
    const host = await hostInstance(setup, options);
    render(
      <VodErrorProvider i18n={host}>
        <VodErrorAlert error={ALIYUN} />
        <VodErrorDialog error={ALIYUN} defaultOpen />
        <VodErrorToaster />
      </VodErrorProvider>,
    );
    act(() => {
      toastVodError(ALIYUN);
    });
    await screen.findByRole('dialog');
    await waitFor(() => expect(document.querySelector('[data-vod-toast]')).not.toBeNull());
    const texts = [...document.querySelectorAll('[data-vod-part="title"], [data-vod-part="remediation"], button, dt')].map((element) => (element.textContent ?? '').trim() || element.getAttribute('aria-label') || '');
    expect(texts.filter((text) => text === '')).toEqual([]);
    expect(rawKeys(document.body.textContent ?? '')).toEqual([]);
    expect(document.body.textContent).not.toContain('MISSING');
    survived.push(`host i18next instance ${_name}: words shown`);
  });
});

describe('the kit failing inside the host app', () => {
  function HostApp({ children }: { children: ReactNode }) {
    return (
      <div>
        <p>Host app content</p>
        {children}
      </div>
    );
  }

  it.each([
    ['an i18n instance whose t throws', async () => {
      const host = i18next.createInstance();
      await host.init({ lng: 'en-US', resources: {}, showSupportNotice: false } as Parameters<I18nInstance['init']>[0]);
      host.t = (() => {
        throw new Error('t exploded');
      }) as unknown as I18nInstance['t'];
      host.exists = (() => {
        throw new Error('exists exploded');
      }) as unknown as I18nInstance['exists'];
      return { i18n: host };
    }],
    ['an i18n instance every member of which throws', async () => {
      const real = i18next.createInstance();
      await real.init({ lng: 'en-US', resources: {}, showSupportNotice: false } as Parameters<I18nInstance['init']>[0]);
      const hostile = new Proxy(real, {
        get: (target, key) => {
          if (key === 'then' || typeof key === 'symbol') return Reflect.get(target, key);
          throw new Error(`i18n.${String(key)} exploded`);
        },
      });
      return { i18n: hostile };
    }],
    ['a resources prop whose getters throw', async () => ({
      resources: {
        'en-US': Object.defineProperty({}, 'common', { enumerable: true, get: () => { throw new Error('getter exploded'); } }),
        get 'zh-CN'(): never {
          throw new Error('getter exploded');
        },
      } as never,
    })],
    ['a resources prop whose Proxy traps throw', async () => ({
      resources: new Proxy({}, { ownKeys: () => { throw new Error('ownKeys exploded'); }, get: () => { throw new Error('get exploded'); } }) as never,
    })],
  ])('given %s, the host app stays mounted and the error is still explained', async (name, make) => {
    const console = watchConsole();
    try {
      const props = await make();
      render(
        <HostApp>
          <VodErrorProvider lng="en-US" {...props}>
            <p>Inside the provider</p>
            <VodErrorAlert error={ALIYUN} />
          </VodErrorProvider>
        </HostApp>,
      );
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 10));
      });
      expect(screen.getByText('Host app content')).toBeInTheDocument();
      expect(screen.getByText('Inside the provider')).toBeInTheDocument();
      const alert = screen.getByRole('alert');
      // Either the full alert or its fallback; both name the error and keep the RequestId.
      expect(alert.textContent).toMatch(/\S/);
      expect(alert.textContent).toContain(ALIYUN.RequestId);
      expect(rawKeys(alert.textContent ?? '')).toEqual([]);
    } finally {
      console.restore();
    }
    survived.push(`${name}: host app mounted, error explained`);
  });
});

describe('racing, abandoned and endless retries (useVodError)', () => {
  afterEach(() => vi.useRealTimers());

  const wrapper = ({ children }: { children: ReactNode }) => (
    <VodErrorProvider lng="en-US" resources={vodErrorResources}>
      {children}
    </VodErrorProvider>
  );

  it('given two runs racing, the latest wins and the earlier one is aborted', async () => {
    const { result } = renderHook(() => useVodError(), { wrapper });
    let rejectFirst!: (reason: unknown) => void;
    let firstSignal: AbortSignal | undefined;
    act(() => {
      void result.current.run((signal) => {
        firstSignal = signal;
        return new Promise((_, reject) => {
          rejectFirst = reject;
        });
      });
    });
    await act(async () => {
      await result.current.run(async () => Promise.reject({ Response: { Error: { Code: 'ResourceNotFound.FileNotExist', Message: 'x' }, RequestId: 'second' } }));
    });
    expect(firstSignal?.aborted).toBe(true);
    // The first settles late with another error: it must not replace the second's.
    await act(async () => {
      rejectFirst(ALIYUN);
      await Promise.resolve();
    });
    expect(result.current.error?.requestId).toBe('second');
    expect(result.current.failureCount).toBe(1);
    survived.push('two runs racing: latest wins');
  });

  it('given an unmount while a retry is scheduled, never runs the task again and updates nothing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const console = watchConsole();
    let calls = 0;
    const { result, unmount } = renderHook(() => useVodError({ autoRetry: 3 }), { wrapper });
    await act(async () => {
      await result.current.run(async () => {
        calls++;
        throw THROTTLED;
      });
    });
    expect(result.current.retryAt).not.toBeNull();
    unmount();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10 * 60 * 1000);
    });
    expect(calls).toBe(1);
    expect(console.messages()).toEqual([]);
    console.restore();
    survived.push('unmount mid-retry: no further run, no late update');
  });

  it('given an unmount while the task is in flight, ignores its late failure', async () => {
    const console = watchConsole();
    const { result, unmount } = renderHook(() => useVodError({ autoRetry: true }), { wrapper });
    let reject!: (reason: unknown) => void;
    let signal: AbortSignal | undefined;
    act(() => {
      void result.current.run((own) => {
        signal = own;
        return new Promise((_, rejectTask) => {
          reject = rejectTask;
        });
      });
    });
    unmount();
    expect(signal?.aborted).toBe(true);
    await act(async () => {
      reject(THROTTLED);
      await Promise.resolve();
    });
    expect(console.messages()).toEqual([]);
    console.restore();
    survived.push('unmount with the task in flight: late failure ignored');
  });

  it('given a task that always fails with a retryable error, retries a bounded number of times however long it runs and however often Retry is pressed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    let calls = 0;
    const { result } = renderHook(() => useVodError({ autoRetry: true, maxRetries: 5 }), { wrapper });
    const failing = async () => {
      calls++;
      throw THROTTLED;
    };
    await act(async () => {
      await result.current.run(failing);
    });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(60 * 60 * 1000);
    });
    const afterAutomatic = calls;
    for (let press = 0; press < 50; press++) {
      await act(async () => {
        const pressed = result.current.retry();
        await vi.advanceTimersByTimeAsync(60 * 1000);
        await pressed;
      });
    }
    expect(afterAutomatic).toBeLessThanOrEqual(1 + 3);
    expect(calls).toBeLessThanOrEqual(1 + 5 + 1);
    survived.push(`endless retryable failure: ${calls} task runs in an hour and 50 presses of Retry`);
  });
});

describe('StrictMode', () => {
  it('reports each error once to onError and shows one toast, with effects run twice', async () => {
    const onError = vi.fn();
    render(
      <StrictMode>
        <VodErrorProvider lng="en-US" resources={vodErrorResources} onError={onError}>
          <VodErrorAlert error={ALIYUN} />
          <VodErrorToaster />
        </VodErrorProvider>
      </StrictMode>,
    );
    act(() => {
      toastVodError(THROTTLED);
    });
    await waitFor(() => expect(document.querySelectorAll('[data-vod-toast]')).toHaveLength(1));
    expect(onError).toHaveBeenCalledTimes(2);
    expect(onError.mock.calls.map(([error]) => error.code).sort()).toEqual(['InvalidVideo.NotFound', 'Throttling.User']);
    survived.push('StrictMode double effects: one report per error, one toast');
  });

  it('runs useVodError in StrictMode without losing the error or running the task twice', async () => {
    let calls = 0;
    const { result } = renderHook(() => useVodError(), {
      wrapper: ({ children }) => (
        <StrictMode>
          <VodErrorProvider lng="en-US" resources={vodErrorResources}>
            {children}
          </VodErrorProvider>
        </StrictMode>
      ),
    });
    await act(async () => {
      await result.current.run(async () => {
        calls++;
        throw ALIYUN;
      });
    });
    expect(calls).toBe(1);
    expect(result.current.error?.code).toBe('InvalidVideo.NotFound');
    survived.push('StrictMode useVodError: one run, error kept');
  });
});

describe('a storm of errors', () => {
  it('given 10,000 errors through toastVodError, shows at most the visible toasts and keeps the store bounded', async () => {
    const VISIBLE = 3;
    render(
      <VodErrorProvider lng="en-US" resources={vodErrorResources}>
        <VodErrorToaster visibleToasts={VISIBLE} />
      </VodErrorProvider>,
    );
    let maxOnScreen = 0;
    let maxKept = 0;
    let firstOnScreen: string[] = [];
    for (let chunk = 0; chunk < 20; chunk++) {
      await act(async () => {
        for (let index = chunk * 500; index < (chunk + 1) * 500; index++) {
          toastVodError(index % 2 === 0 ? THROTTLED : { ...ALIYUN, Code: `InvalidVideo.NotFound${index % 97}`, RequestId: `req-${index}` });
        }
      });
      maxOnScreen = Math.max(maxOnScreen, document.querySelectorAll('[data-vod-toast]').length);
      maxKept = Math.max(maxKept, vodToastStore.getSnapshot().length);
      if (chunk === 0) firstOnScreen = vodToastStore.getSnapshot().slice(0, VISIBLE).map((toast) => toast.id);
    }
    expect(maxOnScreen).toBe(VISIBLE);
    // Overflow dropped queued toasts, never the ones on screen that someone may be reading.
    expect(vodToastStore.getSnapshot().slice(0, VISIBLE).map((toast) => toast.id)).toEqual(firstOnScreen);
    expect(maxKept).toBeLessThanOrEqual(MAX_KEPT_TOASTS);
    // The identical errors coalesced into one toast with a count.
    expect(vodToastStore.getSnapshot().find((toast) => toast.error.code === 'Throttling.User')?.count).toBeGreaterThan(1);
    await act(async () => dismissVodToast());
    expect(document.querySelectorAll('[data-vod-toast]')).toHaveLength(0);
    survived.push(`10,000 toasts: at most ${maxOnScreen} on screen, ${maxKept} kept`);
  }, 30_000);
});
