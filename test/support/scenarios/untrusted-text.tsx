import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { vodErrorResources } from '../../../src/i18n/all-resources';
import { toastVodError, VodErrorAlert, VodErrorDialog, VodErrorProvider, VodErrorToaster } from '../../../src/react/index';
import type { TestEnvironment } from '../environment';
import { aliyunWithMarkup } from '../envelopes';

const MARKUP = '<img src=x onerror=alert(1)>';

/** Server text is data, never markup. */
export function untrustedTextScenarios(env: TestEnvironment): void {
  describe('server text with HTML', () => {
    it('given a server message with an <img onerror>, should show it as literal text in the dialog', async () => {
      render(
        <VodErrorProvider lng="en-US" resources={vodErrorResources}>
          <VodErrorDialog error={aliyunWithMarkup} defaultOpen />
        </VodErrorProvider>,
      );
      const dialog = await screen.findByRole('dialog');
      expect(within(dialog).getByText(MARKUP)).toBeVisible();
    });

    it('given a server message with an <img onerror>, should create no img element anywhere', async () => {
      const user = env.setupUser();
      render(
        <VodErrorProvider lng="en-US" resources={vodErrorResources}>
          <VodErrorAlert error={aliyunWithMarkup} />
          <VodErrorToaster />
        </VodErrorProvider>,
      );
      act(() => {
        toastVodError(aliyunWithMarkup);
      });
      await screen.findByRole('region', { name: 'Notifications (Alt+T)' });
      await user.click(screen.getAllByRole('button', { name: 'Details' })[0] as HTMLElement);
      await screen.findByRole('dialog');
      expect(document.querySelector('img')).toBeNull();
    });
  });
}
