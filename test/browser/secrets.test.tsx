// Credentials in the caught value and in the page URL, in real Chromium: nothing of them reaches
// the page, the real clipboard ("Copy support report") or the provider's onError hook.
import { act, render } from '@testing-library/react';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VodError } from '../../src/core';
import { vodErrorResources } from '../../src/i18n/all-resources';
import { toastVodError, VodErrorDialog, VodErrorProvider, VodErrorToaster } from '../../src/react/index';
import { SECRET_SHAPES, secretSamples, type SecretSample } from '../fuzz/secret-corpus';
import { leakedPart } from '../fuzz/secret-embedding';

// The shapes most likely to carry credentials into a browser app: bodies relayed by a backend,
// SDK and axios errors, causes and JSON copies. test/fuzz/secrets.test.ts runs every shape.
const BROWSER_SHAPES = SECRET_SHAPES.filter(([name]) =>
  ['Alibaba body Message', 'Tencent API 3.0 body Message', 'Huawei body error_msg', 'pop-core error (message, url, data)', 'axios error (config.url, config.headers, response)', 'nested cause', 'JSON copy of an axios error'].includes(name),
);

let secretsTried = 0;
let combinations = 0;
let originalUrl = '';

beforeEach(() => {
  originalUrl = location.href;
});

afterEach(() => {
  // The test page's own address, as it was: the runner reads it.
  history.replaceState(history.state, '', originalUrl);
});

afterAll(() => {
  console.log(`secrets figures (Chromium): ${combinations} credential × shape combinations, ${secretsTried} secret values checked in the page, the clipboard and onError`);
});

function leaksIn(where: Record<string, string>, secrets: readonly string[]): string[] {
  const leaks: string[] = [];
  for (const secret of secrets) {
    for (const [name, text] of Object.entries(where)) {
      const leak = leakedPart(text, secret);
      if (leak !== undefined) leaks.push(`${name} shows "${leak}"`);
    }
  }
  return leaks;
}

/** Clicks "Copy support report" and reads what reached the real clipboard. */
async function copySupportReport(): Promise<string> {
  const button = document.querySelector<HTMLButtonElement>('[data-vod-dialog] [data-vod-part="copy-report"]');
  if (button === null) throw new Error('no Copy support report button in the dialog');
  const sentinel = `nothing copied yet ${Math.random()}`;
  await navigator.clipboard.writeText(sentinel);
  button.click();
  const deadline = performance.now() + 5000;
  for (;;) {
    const text = await navigator.clipboard.readText();
    if (text !== sentinel) return text;
    if (performance.now() > deadline) throw new Error(`nothing was copied; the button says ${button.getAttribute('data-state')}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('credentials in Chromium: page, clipboard and onError', () => {
  it('none reaches the dialog, the copied support report, toasts or the onError payload, with tokens in the page URL', async () => {
    const reported: VodError[] = [];
    const onError = (error: VodError) => reported.push(error);
    const samples = secretSamples();
    const page = samples.find((sample) => sample.name.startsWith('page URL')) as SecretSample;
    // The page the error happens on carries tokens in its query and fragment, as OAuth callbacks do.
    history.replaceState(history.state, '', `${location.pathname}${page.text.slice(page.text.indexOf('?'))}`);
    expect(location.href).toContain(page.secrets[0]);

    const tree = (error: unknown) => (
      <VodErrorProvider lng="en-US" resources={vodErrorResources} onError={onError}>
        <VodErrorDialog error={error} open />
        <VodErrorToaster visibleToasts={3} />
      </VodErrorProvider>
    );
    const view = render(tree(null));
    const leaks: string[] = [];
    for (const sample of samples) {
      for (const [shapeName, build] of BROWSER_SHAPES) {
        const input = build(sample.text);
        view.rerender(tree(input));
        await act(async () => {
          toastVodError(build(sample.text));
        });
        const clipboard = await copySupportReport();
        const secrets = [...sample.secrets, ...page.secrets];
        const where = {
          'the page': document.documentElement.outerHTML,
          'the copied report': clipboard,
          'the onError payloads': JSON.stringify(reported),
        };
        for (const leak of leaksIn(where, secrets)) leaks.push(`${sample.name} as ${shapeName}: ${leak}`);
        expect(clipboard.split('\n')[0]).toBe('Video service error report');
        // The page line is there, with its tokens redacted and its fragment gone.
        expect(clipboard).toMatch(/\nPage: \S*\?token=\[REDACTED\]&auth_key=\[REDACTED\]&lang=zh-CN\n/);
        secretsTried += secrets.length;
        combinations++;
      }
    }
    view.unmount();
    expect(leaks).toEqual([]);
    // onError saw every error (the dialog's and the toast's), never the raw value.
    expect(reported.length).toBeGreaterThanOrEqual(combinations);
    expect(reported.every((error) => !('cause' in error))).toBe(true);
    expect(combinations).toBe(samples.length * BROWSER_SHAPES.length);
    expect(secretsTried).toBeGreaterThanOrEqual(combinations * 3);
  }, 120_000);
});
