import { act, render, screen, within } from '@testing-library/react';
import type { i18n as I18nInstance } from 'i18next';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVodErrorI18n } from '../../../src/i18n/create-instance';
import { vodErrorResources } from '../../../src/i18n/all-resources';
import { toastVodError, VodErrorAlert, VodErrorDialog, VodErrorProvider, VodErrorToaster } from '../../../src/react/index';
import { VodToastStore } from '../../../src/react/toast-store';
import { watchConsole, type ConsoleWatch } from '../console';
import type { TestEnvironment } from '../environment';
import { aliyunRequestId, aliyunVideoNotFound, tencentFileNotFound } from '../envelopes';
import { renderInKit } from '../render-in-kit';

function HostApp({ children }: { readonly children: ReactNode }) {
  return (
    <div>
      <h1>Video library</h1>
      <button type="button">Upload video</button>
      {children}
    </div>
  );
}

/** An i18next instance where every translation call throws, as a broken host setup might. */
function throwingI18n(): I18nInstance {
  const i18n = createVodErrorI18n({ lng: 'en-US', resources: vodErrorResources });
  const explode = () => {
    throw new Error('t exploded');
  };
  return Object.assign(i18n, { t: explode, exists: explode });
}

/**
 * A failure inside the kit's own rendering must stay inside the kit. `breakTranslation` makes
 * the kit's text lookup throw (the calling test file mocks the module to allow it).
 */
export function kitBoundaryScenarios(_env: TestEnvironment, breakTranslation: (broken: boolean) => void): void {
  describe('kit failures stay in the kit', () => {
    let consoleWatch: ConsoleWatch;
    beforeEach(() => {
      consoleWatch = watchConsole();
    });
    afterEach(() => {
      breakTranslation(false);
      consoleWatch.restore();
    });

    it('given an alert that throws while rendering, should keep the host app mounted', () => {
      breakTranslation(true);
      renderInKit(
        <HostApp>
          <VodErrorAlert error={aliyunVideoNotFound} />
        </HostApp>,
      );
      expect(screen.getByRole('heading', { name: 'Video library' })).toBeVisible();
      expect(screen.getByRole('button', { name: 'Upload video' })).toBeVisible();
    });

    it('given an alert that throws while rendering, should fall back to the code and RequestId', () => {
      breakTranslation(true);
      renderInKit(<VodErrorAlert error={aliyunVideoNotFound} />);
      expect(screen.getByRole('alert')).toHaveTextContent(`InvalidVideo.NotFound · RequestId ${aliyunRequestId}`);
    });

    it('given an alert that throws while rendering, should tell developers on the console', () => {
      breakTranslation(true);
      renderInKit(<VodErrorAlert error={aliyunVideoNotFound} />);
      expect(consoleWatch.messages().some((message) => message.includes('[vod-error-kit] a kit component failed to render'))).toBe(true);
    });

    it('given a toast that throws while rendering, should keep the host app and show the code in the toast', async () => {
      renderInKit(
        <HostApp>
          <VodErrorToaster />
        </HostApp>,
      );
      breakTranslation(true);
      act(() => {
        toastVodError(tencentFileNotFound);
      });
      const [toast] = await within(await screen.findByRole('region', { name: 'Notifications (Alt+T)' })).findAllByRole('listitem');
      await act(async () => undefined);
      expect(screen.getByRole('heading', { name: 'Video library' })).toBeVisible();
      expect(toast).toBeInTheDocument();
      expect(toast).toHaveTextContent('ResourceNotFound.FileNotExist');
    });

    it('given a toast store that fails, should keep the host app mounted', () => {
      const brokenStore = Object.assign(new VodToastStore(), {
        getSnapshot: () => {
          throw new Error('store exploded');
        },
      });
      renderInKit(
        <HostApp>
          <VodErrorToaster store={brokenStore} />
        </HostApp>,
      );
      expect(screen.getByRole('heading', { name: 'Video library' })).toBeVisible();
    });

    it('given a dialog body that throws while rendering, should keep a dialog named by the code', async () => {
      breakTranslation(true);
      renderInKit(
        <HostApp>
          <VodErrorDialog error={tencentFileNotFound} defaultOpen />
        </HostApp>,
      );
      expect(await screen.findByRole('dialog', { name: 'ResourceNotFound.FileNotExist' })).toBeInTheDocument();
    });

    it('given a host i18n instance whose t throws, should still explain the error with the bundled texts', () => {
      render(
        <VodErrorProvider i18n={throwingI18n()}>
          <HostApp>
            <VodErrorAlert error={aliyunVideoNotFound} />
          </HostApp>
        </VodErrorProvider>,
      );
      expect(within(screen.getByRole('alert')).getByText('Item not found')).toBeVisible();
      expect(screen.getByRole('button', { name: 'Details' })).toBeVisible();
      expect(screen.getByRole('heading', { name: 'Video library' })).toBeVisible();
    });
  });
}
