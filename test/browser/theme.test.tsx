// The default theme follows the page the kit lands in, never the OS alone: a dark OS must not
// paint dark alerts on a light page, and a dark page must not get light ones.
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { vodErrorResources } from '../../src/i18n/all-resources';
import { VodErrorAlert, VodErrorProvider, type VodTheme } from '../../src/react/index';
import { aliyunVideoNotFound } from '../support/envelopes';

function emulateOs(scheme: 'light' | 'dark'): Promise<unknown> {
  return cdp().send('Emulation.setEmulatedMedia', {
    features: [
      { name: 'prefers-color-scheme', value: scheme },
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ],
  });
}

function alertBackground(theme?: VodTheme): string {
  render(
    <VodErrorProvider lng="en-US" resources={vodErrorResources} theme={theme}>
      <VodErrorAlert error={aliyunVideoNotFound} />
    </VodErrorProvider>,
  );
  return getComputedStyle(screen.getByRole('alert')).backgroundColor;
}

const LIGHT = 'rgb(255, 245, 245)';
const DARK = 'rgb(37, 23, 28)';
const html = document.documentElement;

describe('theme follows the host page', () => {
  afterEach(async () => {
    html.style.colorScheme = '';
    html.classList.remove('dark');
    html.removeAttribute('data-theme');
    await emulateOs('light');
  });

  it('given a dark OS and a page that declares no colour scheme, should paint the alert light', async () => {
    await emulateOs('dark');
    expect(alertBackground()).toBe(LIGHT);
  });

  it('given a page with color-scheme: dark, should paint the alert dark', async () => {
    html.style.colorScheme = 'dark';
    expect(alertBackground()).toBe(DARK);
  });

  it('given a page with color-scheme: light dark on a dark OS, should follow the OS as the page does', async () => {
    await emulateOs('dark');
    html.style.colorScheme = 'light dark';
    expect(alertBackground()).toBe(DARK);
  });

  it.each([
    { how: 'a dark class', mark: () => html.classList.add('dark') },
    { how: 'data-theme="dark"', mark: () => html.setAttribute('data-theme', 'dark') },
  ])('given $how on <html>, should paint the alert dark', ({ mark }) => {
    mark();
    expect(alertBackground()).toBe(DARK);
  });

  it('given a dark page and theme="light", should paint the alert light: the app\'s choice wins', () => {
    html.classList.add('dark');
    html.style.colorScheme = 'dark';
    expect(alertBackground('light')).toBe(LIGHT);
  });

  it('given a light page, a dark OS and theme="system", should paint the alert dark: the app asked for the OS', async () => {
    await emulateOs('dark');
    expect(alertBackground('system')).toBe(DARK);
  });
});
