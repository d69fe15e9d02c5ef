import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toastVodError, VodErrorAlert, VodErrorDialog, VodErrorToaster } from '../../../src/react/index';
import type { TestEnvironment } from '../environment';
import { aliyunWithMarkup } from '../envelopes';
import { renderInKit } from '../render-in-kit';

const MARKUP = '<img src=x onerror=alert(1)>';

/** Server text is data, never markup. */
export function untrustedTextScenarios(env: TestEnvironment): void {
  describe('server text with HTML', () => {
    it('given a server message with an <img onerror>, should show it as literal text in the dialog', async () => {
      renderInKit(<VodErrorDialog error={aliyunWithMarkup} defaultOpen />);
      const dialog = await screen.findByRole('dialog');
      expect(within(dialog).getByText(MARKUP)).toBeVisible();
    });

    it('given a server message with an <img onerror>, should create no img element anywhere', async () => {
      const user = env.setupUser();
      renderInKit(
        <>
          <VodErrorAlert error={aliyunWithMarkup} />
          <VodErrorToaster />
        </>,
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
