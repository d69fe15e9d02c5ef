// The palette is written once (src/styles.css); these check that each way of choosing a scheme
// still paints the surfaces it should, in a real style engine.
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { VodErrorAlert, VodErrorProvider } from '../../src/react/index';
import { vodErrorResources } from '../../src/i18n/all-resources';
import { aliyunVideoNotFound } from '../support/envelopes';

function setColorScheme(value: 'light' | 'dark'): Promise<unknown> {
  return cdp().send('Emulation.setEmulatedMedia', {
    features: [
      { name: 'prefers-color-scheme', value },
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ],
  });
}

function renderAlert(theme: 'light' | 'dark' | 'system'): HTMLElement {
  render(
    <VodErrorProvider lng="en-US" resources={vodErrorResources} theme={theme}>
      <VodErrorAlert error={aliyunVideoNotFound} />
    </VodErrorProvider>,
  );
  return screen.getByRole('alert');
}

const LIGHT_ERROR_BG = 'rgb(255, 245, 245)';
const DARK_ERROR_BG = 'rgb(37, 23, 28)';

describe('theme palette', () => {
  afterEach(() => setColorScheme('light'));

  it.each([
    { os: 'light', theme: 'system', expected: LIGHT_ERROR_BG, scheme: 'light' },
    { os: 'dark', theme: 'system', expected: DARK_ERROR_BG, scheme: 'dark' },
    { os: 'light', theme: 'dark', expected: DARK_ERROR_BG, scheme: 'dark' },
    { os: 'dark', theme: 'light', expected: LIGHT_ERROR_BG, scheme: 'light' },
  ] as const)('given an OS in $os mode and theme="$theme", should paint the alert $scheme', async ({ os, theme, expected, scheme }) => {
    await setColorScheme(os);
    const alert = renderAlert(theme);
    const style = getComputedStyle(alert);
    expect({ background: style.backgroundColor, colorScheme: style.colorScheme }).toEqual({ background: expected, colorScheme: scheme });
  });
});
